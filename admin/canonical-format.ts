import type { CmsCollection } from 'decap-cms-core';
import type { Formatter } from './cms-formats';

/** Top-level keys in the order the CMS writes them: the order of the collection's fields. */
export function sortedKeysOf(collection: CmsCollection): string[] {
  const fields = collection.fields ?? collection.files?.[0]?.fields ?? [];
  return fields.map((field) => field.name);
}

/**
 * The text the CMS would write for this file if an editor opened and saved it: same key order at
 * every depth, quoting and line folding, through the formatter the CMS itself uses
 * (admin/cms-formats.ts). Content kept in this form gives clean diffs when an editor changes one field.
 */
export function canonicalText(text: string, formatter: Formatter, sortedKeys: string[]): string {
  return formatter.toFile(formatter.fromFile(text), sortedKeys);
}
