import type { z } from 'astro/zod';
import type { CollectionDefinition } from '../../schemas';
import { standInContext } from '../../schemas/context';
import { describeCollection, type FieldModel, type NamedField } from '../schema-fields';

export interface SchemaIssue {
  path: PropertyKey[];
  /** What is wrong and what was expected. */
  message: string;
  /** What to do about it. */
  fix: string;
}

/** The schema's verdict on an entry: zod's output, or every issue phrased for a developer. */
export type SchemaVerdict = { success: true; data: Record<string, unknown> } | { success: false; issues: SchemaIssue[] };

/**
 * Validates one entry's data against its collection schema. On success it returns what zod made
 * of the data (dates as Dates, defaults filled in), which the checker keeps on the entry; on
 * failure it phrases each issue: what is wrong and what was expected, with the field's CMS label.
 * No file system here: the checker runs it at build.
 */
export function validateEntry(definition: CollectionDefinition, data: unknown): SchemaVerdict {
  const { schema, fields } = compiledSchema(definition);
  const result = schema.safeParse(data);
  if (result.success) return { success: true, data: result.data as Record<string, unknown> };
  return { success: false, issues: result.error.issues.map((issue) => ({ path: issue.path, ...describeIssue(issue, fields) })) };
}

const compiled = new WeakMap<CollectionDefinition, { schema: z.ZodType; fields: NamedField[] }>();

/**
 * A collection's schema (with the stand-in context) and its field model, built once: building a
 * zod schema costs far more than using it, and the checker validates thousands of entries.
 */
export function compiledSchema(definition: CollectionDefinition): { schema: z.ZodType; fields: NamedField[] } {
  let entry = compiled.get(definition);
  if (!entry) {
    const schema = definition.schema(standInContext);
    entry = { schema, fields: describeCollection(schema) };
    compiled.set(definition, entry);
  }
  return entry;
}

function describeIssue(issue: z.core.$ZodIssue, fields: readonly NamedField[]): { message: string; fix: string } {
  const field = fieldAt(fields, issue.path);
  const where = field?.label ? `«${field.label}»` : 'this field';
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) {
    return { message: `This field is required. Expected ${describeExpected(field)}.`, fix: `Fill in ${where} in the CMS, or add it to the file.` };
  }
  if (issue.code === 'invalid_value' && field?.kind === 'select') {
    return { message: `Expected one of: ${field.options.join(', ')}.`, fix: `Choose ${where} from the list in the CMS.` };
  }
  if (issue.code === 'invalid_type') {
    return {
      message: `Expected ${describeExpected(field)}; ${issue.message.replace(/^Invalid input: /, '')}.`,
      fix: `Write ${describeExpected(field)} in ${where}.`,
    };
  }
  if (issue.code === 'unrecognized_keys') {
    return {
      message: `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}. Expected only: ${fields.map((f) => f.name).join(', ')}.`,
      fix: 'Remove it, or correct its spelling.',
    };
  }
  return { message: issue.message, fix: `Correct ${where}: the CMS checks it as you type.` };
}

/** The field model at a path of the data. */
export function fieldAt(fields: readonly NamedField[], path: readonly PropertyKey[]): FieldModel | undefined {
  let current: FieldModel | undefined = { kind: 'object', required: true, fields: [...fields] };
  for (const key of path) {
    if (current?.kind === 'object') current = current.fields.find((f) => f.name === key);
    else if (current?.kind === 'list') current = current.item;
    else return current;
  }
  return current;
}

function describeExpected(field: FieldModel | undefined): string {
  if (!field) return 'a value';
  const label = field.label ? ` («${field.label}»)` : '';
  switch (field.kind) {
    case 'string':
    case 'text':
      return `text${label}`;
    case 'number':
      return `a number${label}`;
    case 'boolean':
      return `true or false${label}`;
    case 'date':
      return `a date written as YYYY-MM-DD${label}`;
    case 'datetime':
      return `a date and time written as YYYY-MM-DDTHH:mm${label}`;
    case 'image':
      return `the path of an image file${label}`;
    case 'select':
      return `one of: ${field.options.join(', ')}`;
    case 'relation':
      return `the id of an entry in ${field.collection}${label}`;
    case 'object':
      return `a group of fields${label}`;
    case 'list':
      return `a list${label}`;
  }
}
