/**
 * Text out of HTML that this site rendered itself (attributes written by Astro, answers rendered
 * from guides): not a general HTML parser, so it is never given HTML from elsewhere.
 */

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'", '#x27': "'" };

/**
 * Decodes the character references Astro writes.
 *
 * @example
 * decodeEntities('L&#39;azienda &amp; la cooperativa') // → "L'azienda & la cooperativa"
 */
export function decodeEntities(value: string): string {
  return value.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (match, name: string) => {
    const known = entities[name.toLowerCase()];
    if (known !== undefined) return known;
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return match;
  });
}

/**
 * The text of a fragment of HTML, as a reader would say it: tags dropped, block ends as spaces,
 * character references decoded, whitespace collapsed.
 *
 * @example
 * htmlToText('<p>Quanto <strong>dura</strong>?</p><p>12&nbsp;mesi.</p>') // → 'Quanto dura? 12 mesi.'
 */
export function htmlToText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .trim();
}

/** What Astro writes for each character it escapes in text. */
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The length of a text as Astro writes it into HTML, its escapes included: what a validator
 * measures (html-validate's `long-title`).
 *
 * @example
 * escapedLength("Che cos'è") // → 13
 */
export function escapedLength(text: string): number {
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character).length;
}
