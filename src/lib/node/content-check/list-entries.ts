import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionDefinition, CollectionName } from '../../../schemas';
import type { EntryFile } from '../../content-check/entries';
import { classifyCollectionFile } from '../../content-check/entry-files';
import type { ContentProblem } from '../../content-check/problem';

/**
 * Lists a collection's folder: its entry files, and a problem for every file that is no part of
 * an entry (what each file is: entry-files.ts). A missing folder, or the missing file of a
 * single-file collection (the settings), is a problem too.
 */
export function listEntries(
  root: string,
  collection: CollectionName,
  definition: CollectionDefinition,
  toRelative: (absolute: string) => string,
): { problems: ContentProblem[]; entries: EntryFile[] } {
  const folder = join(root, definition.folder);
  const problems: ContentProblem[] = [];
  const entries: EntryFile[] = [];
  if (!existsSync(folder)) {
    return {
      problems: [
        { severity: 'error', file: definition.folder, message: `The folder of ${definition.label} is missing.`, fix: 'Restore it from version control.' },
      ],
      entries,
    };
  }
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
    const absolute = join(folder, name);
    if (statSync(absolute).isDirectory()) continue;
    const file = toRelative(absolute);
    const found = classifyCollectionFile(definition, name.split(/[\\/]/));
    if (found.kind === 'entry') entries.push({ collection, id: found.id, absolute, file });
    else if (found.kind === 'problem') problems.push({ severity: 'error', file, ...found.problem });
  }
  // Reported only when nothing else in the folder explains it, such as a misnamed file.
  if (definition.layout === 'single-yaml' && entries.length === 0 && problems.length === 0) {
    problems.push({
      severity: 'error',
      file: `${definition.folder}/${definition.file}.yaml`,
      message: `The ${definition.label} file is missing.`,
      fix: 'Restore it from version control.',
    });
  }
  return { problems, entries };
}
