import type { z } from 'astro/zod';
import { t, tPlural, type UiKey } from '../../i18n/t';
import { dictionaries } from '../../i18n/dictionaries';
import type { CollectionDefinition } from '../../schemas';
import type { FieldModel, NamedField } from '../schema-fields';
import { compiledSchema } from './schema-issues';

/**
 * The schema's verdict on an entry, in Italian, for the person editing it in the CMS
 * (admin/validate-before-save.ts): one message per problem, naming the field by its label, its
 * group and its position in a list, and saying what to do. The messages are made from zod's issue
 * codes and the field model, never from zod's English text; a rule of the schema's own
 * (refine) names its message in `params.editorMessage`. The content checker keeps its developer
 * messages (schema-issues.ts).
 *
 * @example
 * editorIssues(collectionDefinitions.stories, { date: '2025-10-28', summary: '…' })
 * // → ['Compila «Titolo»: è obbligatorio.']
 */
export function editorIssues(definition: CollectionDefinition, data: unknown): string[] {
  const { schema, fields } = compiledSchema(definition);
  const result = schema.safeParse(data);
  if (result.success) return [];
  return [...new Set(result.error.issues.map((issue) => editorMessage(issue, fields, data)))];
}

/** One zod issue as a sentence for the editor. */
export function editorMessage(issue: z.core.$ZodIssue, fields: readonly NamedField[], data: unknown): string {
  const { field, model } = placeOf(fields, issue.path);
  const value = valueAt(data, issue.path);
  const hint = model?.hint ?? '';

  if (issue.code === 'unrecognized_keys') return t('cms.issue.unknownField', { keys: issue.keys.join(', ') });
  if (issue.code === 'invalid_type' && value === undefined) {
    // A switch left untouched has no value; Decap cannot require one, so say how to give it.
    return t(model?.kind === 'boolean' ? 'cms.issue.switchRequired' : 'cms.issue.required', { field });
  }
  if (issue.code === 'custom') {
    const key = issue.params?.['editorMessage'];
    if (isUiKey(key)) return t(key, { field });
    // A rule of the schema's own that finds the field empty: the field is needed here.
    if (value === undefined) return t('cms.issue.required', { field });
  }
  // Dates, images and relations are picked with a widget: whatever is wrong, say what to pick.
  if (model?.kind === 'date' || model?.kind === 'datetime') return t(model.kind === 'date' ? 'cms.issue.date' : 'cms.issue.datetime', { field });
  if (model?.kind === 'image') return t('cms.issue.image', { field });
  if (model?.kind === 'relation') return t('cms.issue.relation', { field });

  switch (issue.code) {
    case 'too_small':
      return tooSmall(issue, field, value);
    case 'too_big':
      return tooBig(issue, field, value);
    case 'invalid_format':
      if (model?.kind === 'string' || model?.kind === 'text') {
        if (model.format === 'email') return t('cms.issue.email', { field });
        if (model.format === 'url') return t('cms.issue.url', { field });
      }
      return t('cms.issue.format', { field, hint }).trim();
    case 'invalid_value':
      return t('cms.issue.option', { field, options: issue.values.map((v) => optionLabel(model, String(v))).join(', ') });
    case 'invalid_type':
      return wrongType(issue.expected, model, field);
    default:
      return t('cms.issue.invalid', { field, hint }).trim();
  }
}

function tooSmall(issue: z.core.$ZodIssueTooSmall, field: string, value: unknown): string {
  const min = Number(issue.minimum);
  if (issue.origin === 'string') {
    // zod trims before counting, and a field of blanks is an empty field.
    const length = typeof value === 'string' ? value.trim().length : 0;
    return min <= 1 || length === 0 ? t('cms.issue.required', { field }) : t('cms.issue.tooShort', { field, min, length });
  }
  if (issue.origin === 'array') return tPlural('cms.issue.tooFewItems', min, { field, min });
  return issue.inclusive ? t('cms.issue.numberMin', { field, min }) : t('cms.issue.numberAbove', { field, min });
}

function tooBig(issue: z.core.$ZodIssueTooBig, field: string, value: unknown): string {
  const max = Number(issue.maximum);
  if (issue.origin === 'string') return t('cms.issue.tooLong', { field, max, length: typeof value === 'string' ? value.trim().length : 0 });
  if (issue.origin === 'array') return t('cms.issue.tooManyItems', { field, max });
  return issue.inclusive ? t('cms.issue.numberMax', { field, max }) : t('cms.issue.numberBelow', { field, max });
}

function wrongType(expected: string, model: FieldModel | undefined, field: string): string {
  if (expected === 'int') return t('cms.issue.integer', { field });
  switch (model?.kind) {
    case 'number':
      return t('cms.issue.number', { field });
    case 'string':
    case 'text':
      return t('cms.issue.text', { field });
    case 'boolean':
      return t('cms.issue.switch', { field });
    case 'list':
      return t('cms.issue.list', { field });
    case 'object':
      return t('cms.issue.group', { field });
    case 'select':
      return t('cms.issue.option', { field, options: model.options.map((o) => optionLabel(model, o)).join(', ') });
    default:
      return t('cms.issue.invalid', { field, hint: model?.hint ?? '' }).trim();
  }
}

/**
 * The field at a path, named as the editor sees it: «Evento» › «Relatori» n. 2 › «Nome e cognome».
 * A key the schema does not know is named as written.
 */
export function placeOf(fields: readonly NamedField[], path: readonly PropertyKey[]): { field: string; model?: FieldModel } {
  let model: FieldModel | undefined = { kind: 'object', required: true, fields: [...fields] };
  let field: string | undefined;
  for (const key of path) {
    if (typeof key === 'number' && model?.kind === 'list') {
      field = t('cms.issue.item', { field: field ?? '', n: key + 1 });
      model = model.item;
      continue;
    }
    const child: NamedField | undefined = model?.kind === 'object' ? model.fields.find((f) => f.name === key) : undefined;
    const label = `«${child?.label ?? String(key)}»`;
    field = field ? t('cms.issue.fieldPath', { parent: field, field: label }) : label;
    model = child;
  }
  return field ? { field, ...(model ? { model } : {}) } : { field: t('cms.issue.entry') };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function optionLabel(model: FieldModel | undefined, value: string): string {
  const select = model?.kind === 'list' ? model.item : model;
  return select?.kind === 'select' ? (select.optionLabels[value] ?? value) : value;
}

function isUiKey(key: unknown): key is UiKey {
  return typeof key === 'string' && key in dictionaries.it;
}
