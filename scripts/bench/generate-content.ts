/**
 * Synthetic Italian content for the benchmark: services, stories and news in a realistic mix,
 * written in the same Markdown, frontmatter and content blocks as real entries, so the build does
 * the same work per entry. Deterministic: the same size gives the same files.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serviceCategories } from '../../src/schemas/service';

/** Of every 20 entries: 4 services, 9 stories, 7 news items. */
const mix = { services: 4, stories: 9, news: 7 } as const;

/**
 * The words of the generated text: the vocabulary of the real content, each drawn as often as it
 * occurs there. A small fixed list would put every word on every page, which makes each word's
 * entry in Pagefind's index (and the bytes of a query) far larger than real prose does.
 */
function realVocabulary(contentDir: string): { words: string[]; cumulative: number[] } {
  const counts = new Map<string, number>();
  for (const name of readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!/\.(md|mdx)$/.test(name)) continue;
    // The prose only: not the frontmatter's keys, nor the imports and tags of MDX pages.
    const text = readFileSync(join(contentDir, name), 'utf8')
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .replace(/^(?:import|export) .*$|<[^>]+>/gm, '')
      .toLowerCase();
    for (const [word] of text.matchAll(/\p{L}{3,}/gu)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const words = [...counts.keys()].sort();
  let total = 0;
  const cumulative = words.map((word) => (total += counts.get(word) ?? 0));
  if (words.length < 100) throw new Error(`The real content in ${contentDir} has only ${words.length} distinct words: not enough to generate text from.`);
  return { words, cumulative: cumulative.map((sum) => sum / total) };
}

type Vocabulary = ReturnType<typeof realVocabulary>;

/** A small deterministic generator, so runs are comparable. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick(vocabulary: Vocabulary, draw: number): string {
  let low = 0;
  let high = vocabulary.cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((vocabulary.cumulative[middle] ?? 1) < draw) low = middle + 1;
    else high = middle;
  }
  return vocabulary.words[low] ?? 'lavoro';
}

function sentence(next: () => number, length: number, vocabulary: Vocabulary): string {
  const text = Array.from({ length }, () => pick(vocabulary, next())).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number, vocabulary: Vocabulary): string {
  return Array.from({ length: 4 }, () => sentence(next, 10 + Math.floor(next() * 8), vocabulary)).join(' ');
}

function body(next: () => number, vocabulary: Vocabulary): string {
  return [
    paragraph(next, vocabulary),
    '## Il percorso',
    paragraph(next, vocabulary),
    `:::callout{tipo="nota"}\n${sentence(next, 14, vocabulary)}\n:::`,
    paragraph(next, vocabulary),
    '## I risultati',
    `- ${sentence(next, 6, vocabulary)}\n- ${sentence(next, 7, vocabulary)}\n- ${sentence(next, 5, vocabulary)}`,
    paragraph(next, vocabulary),
  ].join('\n\n');
}

const members = ['alveare', 'arca', 'betania-travel', 'consorzio-sir', 'il-grappolo', 'millemani'];

/** Writes `count` entries into a content folder that already holds the real content. */
export function generateContent(contentDir: string, count: number): { services: number; stories: number; news: number } {
  const next = random(count);
  const vocabulary = realVocabulary(contentDir);
  const made = { services: 0, stories: 0, news: 0 };
  for (let i = 0; i < count; i += 1) {
    const slot = i % 20;
    const kind = slot < mix.services ? 'services' : slot < mix.services + mix.stories ? 'stories' : 'news';
    const id = `bench-${kind}-${i}`;
    const title = sentence(next, 5, vocabulary).slice(0, -1);
    const summary = sentence(next, 14, vocabulary).slice(0, 150);
    const day = `20${20 + (i % 6)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    if (kind === 'services') {
      const category = serviceCategories[i % serviceCategories.length];
      writeFileSync(
        join(contentDir, 'services', `${id}.md`),
        `---\ntitle: ${title}\nsummary: ${summary}\ncategory: ${category}\nproviders:\n  - ${members[i % members.length]}\naudience:\n  - aziende\nareas:\n  - MI\n  - MB\nart14: ${i % 3 !== 0}\nillustrative: true\nreviewedAt: 2026-11-01\n---\n\n${body(next, vocabulary)}\n`,
      );
    } else {
      const dir = join(contentDir, kind, id);
      mkdirSync(dir, { recursive: true });
      const related = kind === 'stories' ? `members:\n  - ${members[i % members.length]}\nnamedPeople: false\n` : '';
      writeFileSync(join(dir, 'index.md'), `---\ntitle: ${title}\ndate: ${day}\nsummary: ${summary}\n${related}---\n\n${body(next, vocabulary)}\n`);
    }
    made[kind] += 1;
  }
  return made;
}
