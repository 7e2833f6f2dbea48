import type { Graph, Thing } from 'schema-dts';

/**
 * A page's structured data as one JSON-LD graph: every node shares the schema.org context, and
 * nodes point at each other by `@id` (the network, its members).
 *
 * @example
 * jsonLdGraph([{ '@type': 'Thing', name: 'x' }]) // → { '@context': 'https://schema.org', '@graph': [...] }
 */
export function jsonLdGraph(nodes: readonly Thing[]): Graph {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/** Characters that could end the script element or break it in old parsers, and their JSON escapes. */
const unsafe: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for a `<script type="application/ld+json">`. Editors write the titles and summaries that
 * end up here, so `<` is escaped (as are `>`, `&` and the JavaScript line separators): a title such
 * as `</script><script>…` stays text inside the JSON and can never close the element. The escapes
 * are valid JSON, so the parsed data is unchanged.
 * @see https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements
 *
 * @example
 * serializeJsonLd({ name: '</script>' }) // → '{"name":"\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => unsafe[char] ?? char);
}
