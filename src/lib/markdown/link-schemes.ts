/** Schemes a link in content may use. Anything else (javascript:, data:, vbscript:, file:…) is refused. */
export const allowedLinkSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * A link's scheme, as a browser reads it: browsers ignore control characters and whitespace
 * inside a scheme (`java\tscript:`), so this does too.
 *
 * @example
 * schemeOf('java\tscript:alert(1)') // → 'javascript:'
 * schemeOf('/servizi/') // → undefined
 */
export function schemeOf(url: string): string | undefined {
  // Control characters (U+0000 to U+001F, U+007F) and spaces, dropped wherever they are.
  const compact = Array.from(url)
    .filter((character) => {
      const code = character.codePointAt(0) ?? 0;
      return code > 0x20 && code !== 0x7f;
    })
    .join('')
    .toLowerCase();
  const match = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  return match ? `${match[1]}:` : undefined;
}
