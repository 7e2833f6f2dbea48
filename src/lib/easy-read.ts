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
