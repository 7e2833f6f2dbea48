import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { describeCollection, describeField, forEachValueOfKind, UnsupportedSchemaError } from '../../src/lib/schema-fields';
import { standInContext } from '../../src/schemas/context';
import { storySchema } from '../../src/schemas/story';
import { isoDate } from '../../src/schemas/shared';

describe('describeField', () => {
  it.each([
    // strings keep their length limits, label and hint
    [
      z.string().min(2).max(10).meta({ title: 'Nome', description: 'Aiuto' }),
      { kind: 'string', required: true, label: 'Nome', hint: 'Aiuto', minLength: 2, maxLength: 10 },
    ],
    // optional and default make a field not required; the default is kept
    [z.boolean().default(false), { kind: 'boolean', required: false, default: false }],
    [z.number().int().min(0).optional(), { kind: 'number', required: false, integer: true, min: 0 }],
    // dates are recognised through their marker, not their zod shape
    [isoDate(), { kind: 'date', required: true }],
    // stand-ins become image and relation fields
    [standInContext.image(), { kind: 'image', required: true }],
    [standInContext.reference('members'), { kind: 'relation', required: true, collection: 'members' }],
  ])('returns the field model of %#', (schema, expected) => {
    expect(describeField(schema)).toEqual(expected);
  });

  it('returns select options with their labels', () => {
    expect(describeField(z.enum(['a', 'b']).meta({ optionLabels: { a: 'A', b: 'B' } }))).toEqual({
      kind: 'select',
      required: true,
      options: ['a', 'b'],
      optionLabels: { a: 'A', b: 'B' },
    });
  });

  it('throws for a zod type the CMS cannot represent', () => {
    expect(() => describeField(z.object({ x: z.map(z.string(), z.string()) }))).toThrow(UnsupportedSchemaError);
  });
});

describe('forEachValueOfKind', () => {
  it('returns every relation value with its path', () => {
    const fields = describeCollection(storySchema(standInContext));
    const seen: string[] = [];
    forEachValueOfKind(fields, { members: ['a', 'b'], services: ['c'] }, 'relation', (value, path) => seen.push(`${path.join('.')}=${String(value)}`));
    expect(seen).toEqual(['members.0=a', 'members.1=b', 'services.0=c']);
  });
});
