import { z } from 'astro/zod';

/**
 * A content schema described as the fields an editor fills in. The CMS config (admin/) is
 * generated from this description and the content checker walks it to find references and
 * images, so both always agree with src/schemas.
 */
export type FieldModel =
  | (ScalarField<'string' | 'text'> & { pattern?: RegExp; patternMessage?: string; format?: StringFormat; minLength?: number; maxLength?: number })
  | (ScalarField<'number'> & { integer: boolean; min?: number; max?: number })
  | ScalarField<'boolean'>
  | ScalarField<'date' | 'datetime'>
  | ScalarField<'image'>
  | (ScalarField<'select'> & { options: readonly string[]; optionLabels: Record<string, string> })
  | (ScalarField<'relation'> & { collection: string })
  | (ScalarField<'object'> & { fields: NamedField[] })
  | (ScalarField<'list'> & { item: FieldModel; minItems?: number; maxItems?: number });

interface ScalarField<K extends string> {
  kind: K;
  required: boolean;
  label?: string;
  hint?: string;
  default?: unknown;
}

export type NamedField = FieldModel & { name: string };

/** What a patterned string holds, so messages can say what is expected in words. */
export type StringFormat = 'email' | 'url';

/** Extra keys the schemas put in `.meta()`, next to zod's own `title` and `description`. */
interface FieldMeta {
  title?: string;
  description?: string;
  /** `text` for multi-line strings; `image-with-alt` marks the shared image object. */
  widget?: 'text' | 'image-with-alt';
  /** Set by the stand-in context and by isoDate()/romeDateTime(). */
  fieldKind?: 'image' | 'relation' | 'date' | 'datetime';
  collection?: string;
  optionLabels?: Record<string, string>;
  /** Set by email() and httpsUrl() in src/schemas/shared.ts. */
  format?: StringFormat;
}

type AnyZod = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string; checks?: Array<{ _zod: { def: Record<string, unknown> } }> } } };

const metaOf = (schema: AnyZod): FieldMeta => (z.globalRegistry.get(schema) as FieldMeta | undefined) ?? {};

/** Thrown when a schema uses a zod construct the CMS cannot represent, so nobody adds one unnoticed. */
export class UnsupportedSchemaError extends Error {
  constructor(path: string, type: string) {
    super(`The schema field "${path}" uses zod type "${type}", which the CMS config generator does not support. Extend src/lib/schema-fields.ts.`);
  }
}

/**
 * Describes one zod schema as a field model. Wrappers (optional, default, pipe) are peeled off
 * and their metadata merged, outermost first.
 *
 * @example
 * describeField(z.string().max(10).meta({ title: 'Nome' }), 'name')
 * // → { kind: 'string', required: true, label: 'Nome', maxLength: 10 }
 */
export function describeField(schema: z.ZodType, path = ''): FieldModel {
  let current = schema as AnyZod;
  let required = true;
  let defaultValue: unknown;
  const meta: FieldMeta = {};
  const absorb = (s: AnyZod) => {
    for (const [key, value] of Object.entries(metaOf(s))) if (!(key in meta)) (meta as Record<string, unknown>)[key] = value;
  };

  for (;;) {
    absorb(current);
    const def = current._zod.def;
    if (meta.fieldKind) break;
    if (def.type === 'optional') {
      required = false;
      current = def['innerType'] as AnyZod;
    } else if (def.type === 'default') {
      required = false;
      const raw = def['defaultValue'];
      defaultValue = typeof raw === 'function' ? (raw as () => unknown)() : raw;
      current = def['innerType'] as AnyZod;
    } else if (def.type === 'pipe') {
      current = def['in'] as AnyZod;
    } else break;
  }

  const base = {
    required,
    ...(meta.title ? { label: meta.title } : {}),
    ...(meta.description ? { hint: meta.description } : {}),
    ...(defaultValue !== undefined ? { default: defaultValue } : {}),
  };

  if (meta.fieldKind === 'image') return { ...base, kind: 'image' };
  if (meta.fieldKind === 'date' || meta.fieldKind === 'datetime') return { ...base, kind: meta.fieldKind };
  if (meta.fieldKind === 'relation') return { ...base, kind: 'relation', collection: String(meta.collection) };

  const def = current._zod.def;
  const checks = (def.checks ?? []).map((check) => check._zod.def as unknown as Record<string, unknown>);
  switch (def.type) {
    case 'string': {
      const field: FieldModel = { ...base, kind: meta.widget === 'text' ? 'text' : 'string', ...(meta.format ? { format: meta.format } : {}) };
      for (const check of checks) {
        if (check['check'] === 'min_length') field.minLength = check['minimum'] as number;
        if (check['check'] === 'max_length') field.maxLength = check['maximum'] as number;
        if (check['check'] === 'string_format' && check['format'] === 'regex') {
          field.pattern = check['pattern'] as RegExp;
          if (typeof check['error'] === 'function') {
            const message = (check['error'] as (issue: unknown) => unknown)({});
            if (typeof message === 'string') field.patternMessage = message;
          }
        }
      }
      return field;
    }
    case 'number': {
      const field: FieldModel = { ...base, kind: 'number', integer: checks.some((c) => c['format'] === 'safeint') };
      for (const check of checks) {
        if (check['check'] === 'greater_than') field.min = check['value'] as number;
        if (check['check'] === 'less_than') field.max = check['value'] as number;
      }
      return field;
    }
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'enum': {
      const options = Object.values(def['entries'] as Record<string, string>);
      return { ...base, kind: 'select', options, optionLabels: meta.optionLabels ?? Object.fromEntries(options.map((o) => [o, o])) };
    }
    case 'array': {
      const described = describeField(def['element'] as AnyZod, `${path}[]`);
      // A list of choices carries the labels of its options (`z.array(z.enum(…)).meta({ optionLabels })`).
      const item = described.kind === 'select' && meta.optionLabels ? { ...described, optionLabels: meta.optionLabels } : described;
      const field: FieldModel = { ...base, kind: 'list', item };
      for (const check of checks) {
        if (check['check'] === 'min_length') field.minItems = check['minimum'] as number;
        if (check['check'] === 'max_length') field.maxItems = check['maximum'] as number;
      }
      return field;
    }
    case 'object': {
      const shape = def['shape'] as Record<string, AnyZod>;
      const fields = Object.entries(shape).map(([name, child]) => ({ name, ...describeField(child, path ? `${path}.${name}` : name) }));
      return { ...base, kind: 'object', fields };
    }
    default:
      throw new UnsupportedSchemaError(path || '(root)', def.type);
  }
}

/** Describes a collection schema: its top-level fields, in schema order. */
export function describeCollection(schema: z.ZodType): NamedField[] {
  const model = describeField(schema);
  if (model.kind !== 'object') throw new Error('A collection schema must be a zod object.');
  return model.fields;
}

/**
 * Calls `visit` for every value in `data` that sits under a field of the given kind, with its path.
 *
 * @example
 * forEachValueOfKind(fields, { members: ['alveare'] }, 'relation', (value, path, field) => …)
 * // visits ('alveare', ['members', 0], { kind: 'relation', collection: 'members', … })
 */
export function forEachValueOfKind<K extends FieldModel['kind']>(
  fields: readonly NamedField[],
  data: unknown,
  kind: K,
  visit: (value: unknown, path: PropertyKey[], field: Extract<FieldModel, { kind: K }>) => void,
  path: PropertyKey[] = [],
): void {
  if (typeof data !== 'object' || data === null) return;
  const record = data as Record<string, unknown>;
  for (const field of fields) {
    walkValue(field, record[field.name], kind, visit, [...path, field.name]);
  }
}

function walkValue<K extends FieldModel['kind']>(
  field: FieldModel,
  value: unknown,
  kind: K,
  visit: (value: unknown, path: PropertyKey[], field: Extract<FieldModel, { kind: K }>) => void,
  path: PropertyKey[],
) {
  if (value === undefined || value === null) return;
  if (field.kind === kind) visit(value, path, field as Extract<FieldModel, { kind: K }>);
  if (field.kind === 'object') forEachValueOfKind(field.fields, value, kind, visit, path);
  if (field.kind === 'list' && Array.isArray(value)) value.forEach((item, index) => walkValue(field.item, item, kind, visit, [...path, index]));
}
