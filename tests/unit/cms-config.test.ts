import { z } from 'astro/zod';
import type { CmsCollection, CmsField } from 'decap-cms-core';
import { describe, expect, it } from 'vitest';
import { buildCmsConfig } from '../../admin/cms-config';
import { toCmsField } from '../../admin/cms-fields';
import { withoutEmptyValues } from '../../admin/validate-before-save';
import { describeCollection, type NamedField } from '../../src/lib/schema-fields';
import { collectionDefinitions, type CollectionDefinition, type CollectionName } from '../../src/schemas';
import { standInContext } from '../../src/schemas/context';

/*
 * The contract between the zod schemas and the Decap config. The config is generated from the
 * schemas, and this test reads both independently and proves, field by field, that they agree:
 * names and order, required flags, widgets, enum options, relation targets, list shapes, image
 * plus alt, date formats, and that the CMS patterns accept exactly what zod accepts.
 */
const config = buildCmsConfig({ name: 'github', repo: 'owner/repo' });
const collections = Object.entries(collectionDefinitions) as [CollectionName, CollectionDefinition][];

type AnyField = CmsField & Record<string, unknown>;

/** The zod schema of a named field inside an object schema, wrappers peeled off. */
function child(schema: z.ZodType, name: string): z.ZodType {
  let current = schema as z.ZodType & { _zod: { def: Record<string, unknown> } };
  while (['optional', 'default', 'pipe'].includes(current._zod.def['type'] as string)) {
    const def = current._zod.def;
    current = (def['innerType'] ?? def['in']) as typeof current;
  }
  if (current._zod.def['type'] === 'array') current = current._zod.def['element'] as typeof current;
  while (['optional', 'default', 'pipe'].includes(current._zod.def['type'] as string)) {
    const def = current._zod.def;
    current = (def['innerType'] ?? def['in']) as typeof current;
  }
  const shape = current._zod.def['shape'] as Record<string, z.ZodType>;
  const found = shape[name];
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

/** Strings that exercise lengths and formats. */
const samples = [
  'a',
  'ab',
  'Un testo di prova',
  'x'.repeat(20),
  'x'.repeat(119),
  'x'.repeat(121),
  'x'.repeat(160),
  'x'.repeat(161),
  'x'.repeat(200),
  'x'.repeat(201),
  'x'.repeat(251),
  'x'.repeat(301),
  'info@example.org',
  'non è una email',
  'https://www.example.org',
  'http://example.org/pagina',
  'ftp://example.org',
  '2025-10-28',
  '2025-10-28T14:00',
];

function expectSameField(model: NamedField, field: AnyField, schema: z.ZodType, insideOptionalGroup: boolean, path: string) {
  expect(field.name, path).toBe(model.name);
  expect(field.label, path).toBe(model.label ?? model.name);
  if (model.hint) expect(field.hint, path).toContain(model.hint);
  const required = model.required && model.kind !== 'boolean' && !insideOptionalGroup;
  expect(field.required, `${path}: required`).toBe(required);
  if (insideOptionalGroup && model.required && model.kind !== 'boolean')
    expect(field.hint, `${path}: says when it is required`).toMatch(/Obbligatorio se compili/);

  switch (model.kind) {
    case 'string':
    case 'text': {
      expect(field.widget, path).toBe(model.kind);
      const pattern = field.pattern as [string, string] | undefined;
      const regex = pattern ? new RegExp(pattern[0]) : undefined;
      for (const sample of samples) {
        // Decap leaves empty values to the required check; zod trims, so samples have no outer spaces.
        const zodAccepts = schema.safeParse(sample).success;
        const cmsAccepts = regex ? regex.test(sample) : true;
        expect(cmsAccepts, `${path}: CMS and schema disagree on ${JSON.stringify(sample.length > 30 ? `${sample.length} chars` : sample)}`).toBe(zodAccepts);
      }
      break;
    }
    case 'number':
      expect(field).toMatchObject({ widget: 'number', value_type: model.integer ? 'int' : 'float' });
      if (model.min !== undefined) expect(field['min'], path).toBe(model.min);
      break;
    case 'boolean':
      expect(field.widget, path).toBe('boolean');
      break;
    case 'date':
      expect(field, path).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
      expect(schema.safeParse('2025-10-28').success).toBe(true);
      break;
    case 'datetime':
      expect(field, path).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', picker_utc: false });
      expect(schema.safeParse('2025-10-28T14:00').success).toBe(true);
      break;
    case 'image':
      expect(field.widget, path).toBe('image');
      break;
    case 'select':
      expect(field.widget, path).toBe('select');
      expect(field['options'], path).toEqual(model.options.map((value) => ({ value, label: model.optionLabels[value] })));
      break;
    case 'relation':
      expect(field, path).toMatchObject({ widget: 'relation', collection: model.collection, value_field: '{{slug}}' });
      expect(field['display_fields'], path).toEqual([collectionDefinitions[model.collection as CollectionName].displayField]);
      break;
    case 'object': {
      expect(field.widget, path).toBe('object');
      const fields = field['fields'] as AnyField[];
      expect(
        fields.map((f) => f.name),
        path,
      ).toEqual(model.fields.map((f) => f.name));
      model.fields.forEach((sub, index) =>
        expectSameField(sub, fields[index]!, child(schema, sub.name), insideOptionalGroup || !model.required, `${path}.${sub.name}`),
      );
      break;
    }
    case 'list': {
      const item = model.item;
      if (item.kind === 'select' || item.kind === 'relation') {
        expect(field['multiple'], `${path}: one multi-select`).toBe(true);
        expectSameField(
          { ...item, name: model.name, label: model.label, hint: model.hint, required: model.required } as NamedField,
          { ...field, multiple: undefined } as AnyField,
          schema,
          insideOptionalGroup,
          path,
        );
      } else if (item.kind === 'object') {
        expect(field.widget, path).toBe('list');
        const fields = field['fields'] as AnyField[];
        expect(
          fields.map((f) => f.name),
          path,
        ).toEqual(item.fields.map((f) => f.name));
        item.fields.forEach((sub, index) => expectSameField(sub, fields[index]!, child(schema, sub.name), insideOptionalGroup, `${path}[].${sub.name}`));
      } else {
        expect(field.widget, path).toBe('list');
        expect((field['field'] as AnyField).widget, path).toBe(item.kind);
      }
      if (model.minItems !== undefined) expect(field['min'], path).toBe(model.minItems);
      break;
    }
  }
}

describe.each(collections)('the CMS collection %s', (name, definition) => {
  const collection = config.collections.find((c) => c.name === name) as CmsCollection;
  const schema = definition.schema(standInContext);
  const models = describeCollection(schema);

  it('exists, with Italian labels and the storage of the schema registry', () => {
    expect(collection).toBeDefined();
    expect(collection.label).toBe(definition.label);
    if (definition.layout === 'single-yaml') {
      expect(collection.files?.[0]?.file).toBe(`${definition.folder}/${definition.file}.yaml`);
    } else {
      expect(collection.folder).toBe(definition.folder);
      expect(collection.path).toBe(definition.layout === 'entry-folders' ? '{{slug}}/index' : undefined);
      expect(collection.extension).toBe(definition.layout === 'yaml-files' ? 'yaml' : 'md');
      expect(collection.media_folder).toBe(definition.media === 'none' ? undefined : 'media');
    }
  });

  it('has every schema field, in order, and nothing else but the body', () => {
    const fields = (collection.fields ?? collection.files?.[0]?.fields ?? []) as AnyField[];
    const hasBody = definition.layout === 'entry-folders' || definition.layout === 'markdown-files';
    expect(fields.map((f) => f.name)).toEqual([...models.map((m) => m.name), ...(hasBody ? ['body'] : [])]);
  });

  it.each(models.map((model) => [model.name, model] as const))('mirrors the field %s', (fieldName, model) => {
    const fields = (collection.fields ?? collection.files?.[0]?.fields ?? []) as AnyField[];
    expectSameField(
      model,
      fields.find((f) => f.name === fieldName)!,
      child(schema, fieldName),
      false,
      `${name}.${fieldName}`,
    );
  });
});

describe('the CMS config', () => {
  it('is in Italian, uses the editorial workflow, and talks to decap-server only from this machine', () => {
    const local = buildCmsConfig({ localBackendUrl: 'http://127.0.0.1:8081/api/v1' });
    expect(config.locale).toBe('it');
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.local_backend).toBeUndefined();
    expect(local.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1', allowed_hosts: ['localhost', '127.0.0.1'] });
  });

  it('throws when a schema gains a field the CMS cannot represent', () => {
    const extended = collectionDefinitions.members.schema(standInContext).extend({ nuovo: z.map(z.string(), z.string()) });
    expect(() => describeCollection(extended).map((field) => toCmsField(field))).toThrow(/does not support/);
  });

  it('lets images go only into media folders beside the entries', () => {
    for (const collection of config.collections) {
      const fields = JSON.stringify(collection.fields ?? []);
      if (fields.includes('"widget":"image"')) expect(collection.media_folder, collection.name).toBe('media');
    }
  });
});

describe('withoutEmptyValues', () => {
  it('returns the data without the fields an editor emptied', () => {
    expect(withoutEmptyValues({ name: 'Arca', website: '', logo: { src: '', alt: '' }, areas: [], sectors: ['', 'Pulizie'], n: 0, ok: false })).toEqual({
      name: 'Arca',
      areas: [],
      sectors: ['Pulizie'],
      n: 0,
      ok: false,
    });
  });
});
