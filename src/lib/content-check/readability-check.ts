import { hardestIdea, ideasOf } from '../easy-read';
import { textBlocks } from '../markdown/plain-text';
import { readability, readabilityTargets, sentencesOver, type ReadabilityTarget } from '../readability';
import type { ContentProblem } from './problem';

/**
 * How each measured collection is read: a Markdown body, an MDX guide, or the ideas of an
 * easy-to-read text. Prose below its target is a warning, because a person must rewrite it and the
 * site can still be published; an easy-to-read text below its own is an error, because a page that
 * calls itself easy to read and is not would mislead the very readers it is for.
 */
export const measuredCollections = {
  stories: 'markdown',
  news: 'markdown',
  pages: 'markdown',
  guides: 'mdx',
  facile: 'ideas',
} as const;

export interface ReadableEntry {
  collection: string;
  file: string;
  /** The Markdown or MDX after the frontmatter. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  data: unknown;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

const index = (value: number) => value.toFixed(1);

/**
 * The readability problems of one entry, measured with src/lib/readability.ts on the text a reader
 * reads (src/lib/markdown/plain-text.ts): for prose, a warning when the Gulpease index is below
 * `readabilityTargets.prose` or a sentence is too long; for an easy-to-read text, an error when
 * its ideas together are below `readabilityTargets.easyRead`, naming the hardest idea, and one for
 * each sentence too long. Every problem quotes the sentence to shorten.
 *
 * @example
 * readabilityProblems({ collection: 'stories', file: 'content/stories/a/index.md', body: 'Una frase.', bodyLine: 8, data: {}, lineOf: () => 1 }) // → []
 */
export function readabilityProblems(entry: ReadableEntry): ContentProblem[] {
  const how = measuredCollections[entry.collection as keyof typeof measuredCollections];
  if (how === undefined) return [];
  if (how === 'ideas') return ideaProblems(entry);
  return proseProblems(entry, how === 'mdx');
}

function proseProblems(entry: ReadableEntry, mdx: boolean): ContentProblem[] {
  const target = readabilityTargets.prose;
  const blocks = textBlocks(entry.body, { mdx });
  const measured = readability(blocks);
  if (measured.words === 0) return [];
  const problems: ContentProblem[] = [];
  const base = { severity: 'warning' as const, file: entry.file, field: 'body' };
  if (measured.gulpease < target.minGulpease) {
    problems.push({
      ...base,
      line:
        entry.bodyLine +
        Math.max(
          0,
          entry.body.split('\n').findIndex((line) => line.trim() !== ''),
        ),
      message: `The text has a Gulpease index of ${index(measured.gulpease)}, below ${target.minGulpease}: it is hard to read for people with middle schooling. Its longest sentence has ${measured.longest.words} words: «${measured.longest.text}».`,
      fix: 'Split long sentences, one idea each, and prefer short, common words.',
    });
  }
  for (const sentence of sentencesOver(blocks, target.maxSentenceWords)) {
    problems.push({
      ...base,
      line: entry.bodyLine + (lineOfSentence(entry.body, sentence.text, mdx) ?? 1) - 1,
      message: `A sentence has ${sentence.words} words, more than ${target.maxSentenceWords}: «${sentence.text}».`,
      fix: 'Split it into shorter sentences, one idea each.',
    });
  }
  return problems;
}

function ideaProblems(entry: ReadableEntry): ContentProblem[] {
  const target: ReadabilityTarget = readabilityTargets.easyRead;
  const ideas = ideasOf(entry.data);
  const problems: ContentProblem[] = [];
  const place = (n: number) => ({ severity: 'error' as const, file: entry.file, line: entry.lineOf(['ideas', n, 'testo']), field: `ideas[${n}].testo` });
  const whole = readability(ideas.flatMap((idea) => idea.lines));
  const hardest = hardestIdea(ideas);
  if (whole.words > 0 && whole.gulpease < target.minGulpease && hardest) {
    problems.push({
      ...place(hardest.n),
      message: `The ideas have a Gulpease index of ${index(whole.gulpease)}, below ${target.minGulpease}, the least an easy-to-read text may have. The hardest is idea ${hardest.n + 1} (${index(hardest.measured.gulpease)}); its longest sentence: «${hardest.measured.longest.text}».`,
      fix: 'Use shorter, common words and short sentences; explain every hard word in a sentence of its own.',
    });
  }
  for (const { n, lines } of ideas) {
    for (const sentence of sentencesOver(lines, target.maxSentenceWords)) {
      problems.push({
        ...place(n),
        message: `A sentence of idea ${n + 1} has ${sentence.words} words, more than ${target.maxSentenceWords}: «${sentence.text}».`,
        fix: 'Split it into two sentences, one idea each, on lines of their own.',
      });
    }
  }
  return problems;
}

/**
 * The 1-based body line where a sentence starts, found by its first words (fewer if the sentence
 * wraps early); undefined if markup hides them.
 */
function lineOfSentence(body: string, sentence: string, mdx: boolean): number | undefined {
  const lines = body.split('\n').map((line) => textBlocks(line, { mdx }).join(' '));
  for (const count of [8, 5, 3]) {
    const start = sentence.split(' ').slice(0, count).join(' ');
    const index = lines.findIndex((line) => line.includes(start));
    if (index !== -1) return index + 1;
  }
  return undefined;
}
