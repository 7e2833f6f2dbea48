import type { CMS } from 'decap-cms-core';
import { fromJS } from 'immutable';
import { editorIssues } from '../src/lib/content-check/editor-issues';
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
 * Decap shows a failed save as «Salvataggio della voce non riuscito: {details}», with the thrown
 * value turned into text: this error reads as its message alone, without "Error:".
 */
export class EditorMessage extends Error {
  override toString(): string {
    return this.message;
  }
}

/**
 * Before every save, drops emptied fields and runs the entry through the same zod schema the
 * build uses. Decap's own checks cannot see rules that span fields (a consent is required when a
 * story names people) or fields inside optional groups, which Decap only checks while they are
 * open. Throwing here stops the save, and Decap shows the message to the editor: in Italian, with
 * the fields named by their labels (src/lib/content-check/editor-issues.ts).
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
      const issues = editorIssues(definition, frontmatter);
      if (issues.length > 0) throw new EditorMessage(issues.join(' '));
      return fromJS({ ...frontmatter, ...(body === undefined ? {} : { body }) });
    },
  });
}
