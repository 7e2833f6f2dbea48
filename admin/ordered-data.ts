import type { FieldModel, NamedField } from '../src/lib/schema-fields';

/**
 * A copy of an entry's data with every object's keys in the order of its fields, at every depth.
 * Decap keeps an entry as an Immutable `Map`, which keeps insertion order only up to 8 keys: a
 * nested object with more (a fact of the rules, an event) came back from the CMS with its keys
 * shuffled, so saving one figure rewrote unrelated lines. Decap's formatters sort only the top
 * level; this sorts the rest. Keys the fields do not know keep their place, after the known ones.
 *
 * @example
 * orderedLike({ b: 1, a: { d: 2, c: 3 } }, fields) // → { a: { c: 3, d: 2 }, b: 1 } for fields a{c, d}, b
 */
export function orderedLike(value: unknown, fields: readonly NamedField[]): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const data = value as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const field of fields) if (Object.hasOwn(data, field.name)) ordered[field.name] = orderedValue(data[field.name], field);
  for (const [key, inner] of Object.entries(data)) if (!Object.hasOwn(ordered, key)) ordered[key] = inner;
  return ordered;
}

function orderedValue(value: unknown, field: FieldModel): unknown {
  if (field.kind === 'object') return orderedLike(value, field.fields);
  if (field.kind === 'list' && Array.isArray(value)) return value.map((item) => orderedValue(item, field.item));
  return value;
}
