import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import { cmsCollections } from '../../admin/cms-config';
import { canonicalText, sortedKeysOf } from '../../admin/canonical-format';
import { orderedFormatter } from '../../admin/cms-formats';
import { collectionDefinitions, type CollectionName } from '../../src/schemas';

export interface FormatIssue {
  file: string;
  canonical: string;
}

/** Every content file whose text differs from what the CMS would write for it. */
export function contentFormatIssues(root: string): FormatIssue[] {
  const issues: FormatIssue[] = [];
  for (const collection of cmsCollections()) {
    const sortedKeys = sortedKeysOf(collection);
    const files = collection.files
      ? collection.files.map((f) => f.file)
      : readdirSync(join(root, collection.folder ?? ''), { recursive: true, encoding: 'utf8' })
          .filter((name) => name.endsWith(`.${collection.extension}`))
          .map((name) => posix.join(collection.folder ?? '', name.split(sep).join(posix.sep)));
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      const canonical = canonicalText(text, orderedFormatter(collectionDefinitions[collection.name as CollectionName]), sortedKeys);
      if (canonical !== text) issues.push({ file, canonical });
    }
  }
  return issues;
}
