import type { CMS } from 'decap-cms-core';
import { schemaIssues } from '../src/lib/content-check/schema-issues';
import { fieldPath } from '../src/lib/content-check/problem';
import { collectionDefinitions, type CollectionName } from '../src/schemas';

interface EntryLike {
  get(key: 'collection' | 'data'): unknown;
}

/**
 * Before every save, runs the entry through the same zod schema the build uses. Decap's own
 * checks cannot see rules that span fields (a consent is required when a story names people) or
 * fields inside optional groups, which Decap only checks while they are open. Throwing here stops
 * the save, and Decap shows the message to the editor.
 */
export function registerValidationBeforeSave(cms: CMS): void {
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }: { entry: EntryLike }) => {
      const collection = entry.get('collection') as CollectionName;
      const definition = collectionDefinitions[collection];
      if (!definition) return undefined;
      const data = entry.get('data') as { toJS(): Record<string, unknown> };
      const { body: _body, ...frontmatter } = data.toJS();
      const issues = schemaIssues(definition, frontmatter);
      if (issues.length > 0) {
        throw new Error(issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`).join(' · '));
      }
      return undefined;
    },
  });
}
