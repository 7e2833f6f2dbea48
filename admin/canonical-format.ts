// Decap's own formatters, so content written by hand or by scripts matches what the CMS writes.
import { frontmatterYAML } from 'decap-cms-core/dist/esm/formats/frontmatter.js';
import yamlFormatter from 'decap-cms-core/dist/esm/formats/yaml.js';
import type { CmsCollection } from 'decap-cms-core';

/** Top-level keys in the order the CMS writes them: the order of the collection's fields. */
export function sortedKeysOf(collection: CmsCollection): string[] {
  const fields = collection.fields ?? collection.files?.[0]?.fields ?? [];
  return fields.map((field) => field.name);
}

/**
 * The text the CMS would write for this file if an editor opened and saved it: same key order,
 * quoting and line folding. Content kept in this form gives clean diffs when an editor changes
 * one field.
 */
export function canonicalText(text: string, format: 'frontmatter' | 'yaml', sortedKeys: string[]): string {
  if (format === 'yaml') return yamlFormatter.toFile(yamlFormatter.fromFile(text), sortedKeys);
  const formatter = frontmatterYAML();
  return formatter.toFile(formatter.fromFile(text), sortedKeys);
}
