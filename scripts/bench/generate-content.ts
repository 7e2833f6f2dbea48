/**
 * Synthetic Italian content for the benchmark: services, stories and news in a realistic mix,
 * written in the same Markdown, frontmatter and content blocks as real entries, so the build does
 * the same work per entry. Deterministic: the same size gives the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serviceCategories } from '../../src/schemas/service';

/** Of every 20 entries: 4 services, 9 stories, 7 news items. */
const mix = { services: 4, stories: 9, news: 7 } as const;

const words =
  'lavoro inclusione cooperativa azienda commessa persona percorso servizio territorio pulizie manutenzione verde logistica magazzino consegne archivio dati sportello accoglienza formazione tutor inserimento contratto competenze squadra progetto comunità rete consorzio impresa sociale qualità sicurezza ambiente riciclo laboratorio assemblaggio confezionamento grafica comunicazione cucina mensa catering portineria ufficio sede cliente fornitura calendario turno orario obiettivo risultato esperienza autonomia fiducia relazione futuro'.split(
    ' ',
  );

/** A small deterministic generator, so runs are comparable. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(next: () => number, length: number): string {
  const picked = Array.from({ length }, () => words[Math.floor(next() * words.length)] ?? 'lavoro');
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number): string {
  return Array.from({ length: 4 }, () => sentence(next, 10 + Math.floor(next() * 8))).join(' ');
}

function body(next: () => number): string {
  return [
    paragraph(next),
    '## Il percorso',
    paragraph(next),
    `:::callout{tipo="nota"}\n${sentence(next, 14)}\n:::`,
    paragraph(next),
    '## I risultati',
    `- ${sentence(next, 6)}\n- ${sentence(next, 7)}\n- ${sentence(next, 5)}`,
    paragraph(next),
  ].join('\n\n');
}

const members = ['alveare', 'arca', 'betania-travel', 'consorzio-sir', 'il-grappolo', 'millemani'];

/** Writes `count` entries into a content folder that already holds the real content. */
export function generateContent(contentDir: string, count: number): { services: number; stories: number; news: number } {
  const next = random(count);
  const made = { services: 0, stories: 0, news: 0 };
  for (let i = 0; i < count; i += 1) {
    const slot = i % 20;
    const kind = slot < mix.services ? 'services' : slot < mix.services + mix.stories ? 'stories' : 'news';
    const id = `bench-${kind}-${i}`;
    const title = sentence(next, 5).slice(0, -1);
    const summary = sentence(next, 14).slice(0, 150);
    const day = `20${20 + (i % 6)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    if (kind === 'services') {
      const category = serviceCategories[i % serviceCategories.length];
      writeFileSync(
        join(contentDir, 'services', `${id}.md`),
        `---\ntitle: ${title}\nsummary: ${summary}\ncategory: ${category}\nproviders:\n  - ${members[i % members.length]}\naudience:\n  - aziende\nareas:\n  - MI\n  - MB\nart14: ${i % 3 !== 0}\nillustrative: true\nreviewedAt: 2026-11-01\n---\n\n${body(next)}\n`,
      );
    } else {
      const dir = join(contentDir, kind, id);
      mkdirSync(dir, { recursive: true });
      const related = kind === 'stories' ? `members:\n  - ${members[i % members.length]}\nnamedPeople: false\n` : '';
      writeFileSync(join(dir, 'index.md'), `---\ntitle: ${title}\ndate: ${day}\nsummary: ${summary}\n${related}---\n\n${body(next)}\n`);
    }
    made[kind] += 1;
  }
  return made;
}
