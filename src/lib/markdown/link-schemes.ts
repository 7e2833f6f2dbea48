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
  const compact = url.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
  const match = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  return match ? `${match[1]}:` : undefined;
}
