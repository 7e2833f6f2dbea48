/**
 * Fills `{placeholders}` in a template. A placeholder without a value is left visible so that the
 * mistake shows. Kept apart from the dictionary so browser scripts can use it without bundling it:
 * they receive their templates, already translated, from the page.
 *
 * @example
 * fill('{count} risultati', { count: 3 }) // → '3 risultati'
 */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
