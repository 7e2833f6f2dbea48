import { readability, type Readability } from './readability';

/**
 * Easy-to-read texts are written one sentence per line, as Inclusion Europe's «Information for
 * all» asks: each line is a paragraph of its own on the page, in the CMS preview and for the
 * readability measure, so a line without a full stop still ends its sentence.
 *
 * @example
 * ideaLines('Una rete è un gruppo.\n\nLavora insieme.  ') // → ['Una rete è un gruppo.', 'Lavora insieme.']
 */
export function ideaLines(testo: string): string[] {
  return testo
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The ideas of an easy-to-read entry as their lines, with their positions; malformed ones are the schema's to report. */
export function ideasOf(data: unknown): { n: number; lines: string[] }[] {
  const ideas = (data as { ideas?: unknown } | null)?.ideas;
  if (!Array.isArray(ideas)) return [];
  return ideas.flatMap((idea: unknown, n) => {
    const testo = (idea as { testo?: unknown } | null)?.testo;
    return typeof testo === 'string' ? [{ n, lines: ideaLines(testo) }] : [];
  });
}

/**
 * The idea with the lowest index: where to start when the whole text is too hard. The target
 * applies to the whole text, as the Gulpease index is meant for a text: an idea of one plain
 * sentence with two long words («Una cooperativa sociale lavora per le persone e per la
 * comunità.», 68) would fail alone.
 */
export function hardestIdea(ideas: readonly { n: number; lines: string[] }[]): { n: number; measured: Readability } | undefined {
  return ideas
    .map(({ n, lines }) => ({ n, measured: readability(lines) }))
    .filter(({ measured }) => measured.words > 0)
    .reduce<{ n: number; measured: Readability } | undefined>(
      (worst, idea) => (!worst || idea.measured.gulpease < worst.measured.gulpease ? idea : worst),
      undefined,
    );
}
