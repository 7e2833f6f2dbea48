import { z } from 'astro/zod';
import type { CmsCollection, CmsField } from 'decap-cms-core';
import { describe, expect, it } from 'vitest';
import { buildCmsConfig, cmsCollections, previewedCollections } from '../../admin/cms-config';
import { toCmsField } from '../../admin/cms-fields';
import { withoutEmptyValues } from '../../admin/validate-before-save';
import { describeCollection } from '../../src/lib/schema-fields';
import { collectionDefinitions, type CollectionDefinition, type CollectionName } from '../../src/schemas';
import { standInContext } from '../../src/schemas/context';
import { contractProblems, formatWith } from '../support/cms-contract';
import { completeEntries } from '../support/cms-samples';

/*
 * The contract between the zod schemas and the Decap config. The config is generated from the
 * schemas through src/lib/schema-fields.ts; tests/support/cms-contract.ts checks it against zod
 * itself, field by field: required flags (zod refuses the entry without the field), enum options
 * and labels, length and number limits (zod's verdict on each length), relation targets (the
 * collection zod accepts a reference to), list shapes and sizes, image plus alt, date formats
 * (zod accepts what the CMS writes), defaults, Italian labels and hints.
 */
const collections = cmsCollections();
const definitions = (Object.entries(collectionDefinitions) as [CollectionName, CollectionDefinition][]).filter(([, definition]) => definition.cms !== false);
const collectionNamed = (name: CollectionName) => collections.find((c) => c.name === name) as CmsCollection;

type AnyField = CmsField & Record<string, unknown>;

/** A copy of a collection with one field changed, as a bug in the generator would change it. */
function broken(name: CollectionName, path: string[], change: (field: AnyField) => void): CmsCollection {
  const copy = structuredClone(collectionNamed(name));
  let fields = (copy.fields ?? copy.files?.[0]?.fields ?? []) as AnyField[];
  let field: AnyField | undefined;
  for (const key of path) {
    field = fields.find((f) => f.name === key);
    fields = ((field?.['fields'] as AnyField[] | undefined) ?? []) as AnyField[];
  }
  if (!field) throw new Error(`no field ${path.join('.')}`);
  change(field);
  return copy;
}

describe('the collections kept out of the CMS', () => {
  it('are the MDX guides and their translations, and only they: MDX is code, edited through Git with review', () => {
    const outside = (Object.entries(collectionDefinitions) as [CollectionName, CollectionDefinition][]).filter(([, definition]) => definition.cms === false);
    expect(outside.map(([name]) => name)).toEqual(['guides', 'guidesEn']);
    expect(collections.map((collection) => collection.name)).not.toContain('guides');
  });
});

describe.each(definitions)('the CMS collection %s', (name, definition) => {
  const collection = collectionNamed(name);

  it('agrees with the zod schema on every field', () => {
    expect(contractProblems(name, collection, completeEntries[name])).toEqual([]);
  });

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
      expect(collection.slug).toBe(`{{${definition.slugField ?? definition.displayField}}}`);
    }
  });
});

describe('the contract test', () => {
  // Each row is a bug the generator could have; the contract must name the field it breaks.
  it.each([
    [
      'a required field made optional',
      'services',
      ['title'],
      (f: AnyField): void => {
        f.required = false;
      },
      /^title: required/,
    ],
    [
      'an optional field made required',
      'members',
      ['website'],
      (f: AnyField): void => {
        f.required = true;
      },
      /^website: required/,
    ],
    [
      'an enum option lost',
      'services',
      ['category'],
      (f: AnyField): void => {
        f['options'] = (f['options'] as unknown[]).slice(1);
      },
      /^category: options/,
    ],
    [
      'a length limit off by one',
      'stories',
      ['title'],
      (f: AnyField): void => {
        f['pattern'] = ['^[\\s\\S]{3,121}$', 'x'];
      },
      /^title: the CMS pattern/,
    ],
    [
      'a relation to the wrong collection',
      'stories',
      ['members'],
      (f: AnyField): void => {
        f['collection'] = 'services';
      },
      /^members: relation target/,
    ],
    [
      'a date written in another format',
      'news',
      ['date'],
      (f: AnyField): void => {
        f['format'] = 'DD/MM/YYYY';
      },
      /^date: the CMS writes 28\/10\/2025/,
    ],
    [
      'an image turned into text',
      'members',
      ['logo', 'src'],
      (f: AnyField): void => {
        f.widget = 'string';
      },
      /^logo\.src: the CMS pattern/,
    ],
    [
      'a decimal taken for a whole number',
      'rules',
      ['esoneroPerDay', 'value'],
      (f: AnyField): void => {
        f['value_type'] = 'int';
      },
      /value_type/,
    ],
    [
      'a list size dropped',
      'services',
      ['audience'],
      (f: AnyField): void => {
        f['max'] = 1;
      },
      /^audience: number of items/,
    ],
    [
      'a nested field dropped',
      'pages',
      ['faq'],
      (f: AnyField): void => {
        f['fields'] = (f['fields'] as AnyField[]).slice(0, 1);
      },
      /^faq\.0: fields/,
    ],
    [
      'a UTC label on a calendar date',
      'services',
      ['reviewedAt'],
      (f: AnyField): void => {
        f['picker_utc'] = true;
      },
      /UTC/,
    ],
  ] as const)('fails on %s', (_bug, name, path, change, message) => {
    const problems = contractProblems(name, broken(name, [...path], change), completeEntries[name]);
    expect(
      problems.some((problem) => message.test(problem)),
      problems.join('\n'),
    ).toBe(true);
  });
});

describe('formatWith', () => {
  it.each([
    ['YYYY-MM-DD', '2025-10-28'],
    ['YYYY-MM-DDTHH:mm', '2025-10-28T14:05'],
    ['DD/MM/YYYY', '28/10/2025'],
    ['YYYY-MM-DD[Z]', '2025-10-28Z'],
  ])('returns the date in the Decap format %s', (format, expected) => {
    expect(formatWith(new Date(Date.UTC(2025, 9, 28, 14, 5)), format)).toBe(expected);
  });
});

describe('buildCmsConfig', () => {
  it('returns an Italian config on the editorial workflow that saves through decap-server only on this machine', () => {
    const local = buildCmsConfig({ kind: 'local', url: 'http://127.0.0.1:8081/api/v1' });
    expect(local.locale).toBe('it');
    expect(local.publish_mode).toBe('editorial_workflow');
    expect(local.backend).toMatchObject({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1' });
    expect(local.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1', allowed_hosts: ['localhost', '127.0.0.1'] });
  });

  it.each([
    // GitHub: its API, an OAuth server of its own, the editorial workflow, no PKCE
    [
      { kind: 'git', name: 'github', repo: 'jpn/sito', branch: 'main', apiRoot: 'https://api.github.com', baseUrl: 'https://oauth.example.org' },
      { name: 'github', repo: 'jpn/sito', api_root: 'https://api.github.com', base_url: 'https://oauth.example.org' },
      'editorial_workflow',
    ],
    // a self-hosted GitLab: its own host for the API and for PKCE
    [
      {
        kind: 'git',
        name: 'gitlab',
        repo: 'jpn/sito',
        branch: 'main',
        apiRoot: 'https://git.example.org/api/v4',
        baseUrl: 'https://git.example.org',
        appId: 'a1',
      },
      { name: 'gitlab', api_root: 'https://git.example.org/api/v4', base_url: 'https://git.example.org', app_id: 'a1', auth_type: 'pkce' },
      'editorial_workflow',
    ],
    // Gitea: Decap's Gitea backend refuses the editorial workflow
    [
      {
        kind: 'git',
        name: 'gitea',
        repo: 'jpn/sito',
        branch: 'main',
        apiRoot: 'https://git.example.org/api/v1',
        baseUrl: 'https://git.example.org',
        appId: 'a1',
      },
      { name: 'gitea', api_root: 'https://git.example.org/api/v1', base_url: 'https://git.example.org', app_id: 'a1' },
      'simple',
    ],
  ] as const)('returns the Git backend of %o', (backend, expected, publishMode) => {
    const config = buildCmsConfig({ kind: 'git', backend });
    expect(config.backend).toMatchObject(expected);
    expect(config.publish_mode).toBe(publishMode);
    expect(config.local_backend).toBeUndefined();
  });

  it('throws when a schema gains a field the CMS cannot represent', () => {
    const extended = collectionDefinitions.members.schema(standInContext).extend({ nuovo: z.map(z.string(), z.string()) });
    expect(() => describeCollection(extended).map((field) => toCmsField(field))).toThrow(/does not support/);
  });

  it('lets images go only into media folders beside the entries', () => {
    for (const collection of collections) {
      const fields = JSON.stringify(collection.fields ?? []);
      if (fields.includes('"widget":"image"')) expect(collection.media_folder, collection.name).toBe('media');
      else expect(collection.media_folder, collection.name).toBeUndefined();
    }
  });

  it('shows a preview pane only for collections with a preview in the site’s look', () => {
    for (const collection of collections) {
      const previewed = (previewedCollections as readonly string[]).includes(collection.name);
      expect(collection.editor, collection.name).toEqual(previewed ? undefined : { preview: false });
    }
  });

  it('shows the items of a list open, and names a closed one by its values', () => {
    const fields = (name: CollectionName) => collectionNamed(name).fields as AnyField[];
    expect(fields('members').find((f) => f.name === 'sectors')).toMatchObject({ collapsed: false, summary: '{{fields.item}}' });
    const event = fields('news').find((f) => f.name === 'event')?.['fields'] as AnyField[];
    expect(event.find((f) => f.name === 'speakers')).toMatchObject({ collapsed: false, summary: '{{fields.name}} · {{fields.role}}' });
  });

  it('names rule versions by the day they apply from, and lists them with it', () => {
    const rules = collectionNamed('rules');
    expect(rules.slug).toBe('{{validFrom}}');
    expect(rules.summary).toBe('{{validFrom}} · {{title}}');
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
