import type { CollectionDefinition, CollectionName } from '../../schemas';
import { forEachValueOfKind } from '../schema-fields';
import type { EntryFile, ReadEntry } from './entries';
import { fieldPath, type ContentProblem } from './problem';
import { compiledSchema } from './schema-issues';

/**
 * Every reference to an entry that does not exist. `entries` are all the entries that were read,
 * valid or not, so a broken reference is reported even beside other mistakes; `existing` counts
 * every entry file, even one with errors, so a broken target is reported once, not twice.
 */
export function danglingReferences(
  entries: readonly ReadEntry[],
  existing: readonly Pick<EntryFile, 'collection' | 'id'>[],
  definitions: Record<CollectionName, CollectionDefinition>,
): ContentProblem[] {
  const ids = new Map<string, Set<string>>();
  for (const entry of existing) {
    if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
    ids.get(entry.collection)?.add(entry.id);
  }
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const { fields } = compiledSchema(definitions[entry.collection]);
    forEachValueOfKind(fields, entry.raw, 'relation', (value, path, field) => {
      const known = ids.get(field.collection) ?? new Set<string>();
      if (typeof value === 'string' && !known.has(value)) {
        problems.push({
          severity: 'error',
          file: entry.file,
          line: entry.lineOf(path),
          field: fieldPath(path),
          message: `No entry "${value}" in ${field.collection}. Expected one of: ${[...known].sort().join(', ') || '(none yet)'}.`,
          fix: 'Choose an existing entry in the CMS, or create the missing one first.',
        });
      }
    });
  }
  return problems;
}
