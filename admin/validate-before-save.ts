import type { CMS } from 'decap-cms-core';
import { fromJS } from 'immutable';
import { schemaIssues } from '../src/lib/content-check/schema-issues';
import { fieldPath } from '../src/lib/content-check/problem';
import { collectionDefinitions, type CollectionName } from '../src/schemas';

interface EntryLike {
  get(key: 'collection' | 'data'): unknown;
}

/**
 * Drops what an editor emptied: a cleared field is written as "" by the editor, which the schema
 * would read as a wrong value rather than as no value.
 */
export function withoutEmptyValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyValues).filter((item) => item !== undefined);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .map(([key, child]) => [key, withoutEmptyValues(child)] as const)
      .filter(([, child]) => child !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value === '' || value === null ? undefined : value;
}

/**
 * Before every save, drops emptied fields and runs the entry through the same zod schema the
 * build uses. Decap's own
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
      const { body, ...frontmatter } = (withoutEmptyValues(data.toJS()) ?? {}) as Record<string, unknown>;
      const issues = schemaIssues(definition, frontmatter);
      if (issues.length > 0) {
        throw new Error(issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`).join(' · '));
      }
      return fromJS({ ...frontmatter, ...(body === undefined ? {} : { body }) });
    },
  });
}
