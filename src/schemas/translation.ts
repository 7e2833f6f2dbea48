import { z } from 'astro/zod';

/**
 * What an English translation of an entry holds: the paths of the Italian schema's fields that
 * are words (titles, summaries, alt texts, definitions…), and the keys that tell list items apart
 * (`facts[].id`). Everything else (dates, relations, images, flags, settings) stays in the Italian
 * entry alone, so a translator never re-enters it and saving a translation never touches it.
 * A list without a key (`event.speakers[]`) is translated item by item, in the same order.
 */
export const translatedPaths = {
  members: { fields: ['description', 'sectors', 'logo.alt'] },
  services: { fields: ['title', 'summary'] },
  stories: { fields: ['title', 'summary', 'cover.alt'] },
  news: { fields: ['title', 'summary', 'cover.alt', 'event.venue', 'event.programme', 'event.moderator.role', 'event.speakers[].role'] },
  pages: { fields: ['title', 'summary', 'faq[].question', 'faq[].answer'] },
  glossary: { fields: ['term', 'definition', 'note'] },
  guides: { fields: ['title', 'summary'] },
  settings: { fields: ['impact.source'] },
  rules: {
    fields: [
      'title',
      'quotaBands.note',
      'art14Shares.note',
      'esoneroPerDay.note',
      'esoneroMaxShare.note',
      'exclusions.value',
      'facts[].claim',
      'facts[].note',
      'facts[].items',
      'facts[].text',
      'unknowns[].question',
      'acts[].subject',
      'acts[].note',
    ],
    keys: ['facts[].id', 'unknowns[].id', 'acts[].name'],
  },
} as const satisfies Record<string, { fields: readonly string[]; keys?: readonly string[] }>;

export type TranslatedCollection = keyof typeof translatedPaths;

type AnyZod = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };

/** A schema without its optional/default wrappers, and whether it had one. */
function unwrap(schema: z.ZodType): { core: AnyZod; optional: boolean } {
  let current = schema as AnyZod;
  let optional = false;
  for (;;) {
    const def = current._zod.def;
    if (def.type === 'optional' || def.type === 'default') {
      optional = true;
      current = def['innerType'] as AnyZod;
    } else if (def.type === 'pipe') current = def['in'] as AnyZod;
    else return { core: current, optional };
  }
}

/**
 * A rebuilt field keeps the Italian field's title and help (its `.meta()`): the CMS shows them
 * to the translator, and the contract test checks every field has them.
 */
function withMetaOf(original: z.ZodType, rebuilt: z.ZodType): z.ZodType {
  const meta = z.globalRegistry.get(original) ?? z.globalRegistry.get(unwrap(original).core);
  return meta ? rebuilt.meta(meta) : rebuilt;
}

/** A path as a tree: `event.speakers[].role` → { event: { speakers[]: { role: true } } }. */
type PathTree = { [segment: string]: PathTree | true };

function treeOf(paths: readonly string[]): PathTree {
  const tree: PathTree = {};
  for (const path of paths) {
    let node = tree;
    const parts = path.split('.');
    parts.forEach((part, index) => {
      if (index === parts.length - 1) node[part] = true;
      else node = (node[part] ??= {}) as PathTree;
    });
  }
  return tree;
}

function pick(schema: z.ZodType, tree: PathTree, keyTree: PathTree, where: string): z.ZodType {
  const { core } = unwrap(schema);
  if (core._zod.def.type !== 'object') throw new Error(`Translated path ${where}: expected an object in the Italian schema.`);
  const shape = core._zod.def['shape'] as Record<string, z.ZodType>;
  const picked: Record<string, z.ZodType> = {};
  const wanted = { ...keyTree, ...tree };
  // In the Italian schema's order, so a translation's file reads in the order of the Italian one.
  const segments = Object.keys(wanted).sort((a, b) => order(a) - order(b));
  function order(segment: string) {
    const index = Object.keys(shape).indexOf(segment.replace(/\[\]$/, ''));
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  }
  for (const segment of segments) {
    const sub = wanted[segment] as PathTree | true;
    const list = segment.endsWith('[]');
    const name = list ? segment.slice(0, -2) : segment;
    const field = shape[name];
    if (!field) throw new Error(`Translated path ${where}${name}: the Italian schema has no such field.`);
    const isKey = keyTree[segment] === true;
    if (sub === true) {
      // A translated leaf keeps the Italian validation (lengths, patterns) and is required where
      // the Italian is, so no Italian words show on an English page. A default is dropped: a
      // translation that leaves a list out must not replace the Italian one with an empty list.
      const { core: leaf, optional } = unwrap(field);
      picked[name] = isKey || !optional ? field : withMetaOf(field, leaf.optional());
      continue;
    }
    const { core: inner } = unwrap(field);
    if (list) {
      if (inner._zod.def.type !== 'array') throw new Error(`Translated path ${where}${name}[]: expected a list in the Italian schema.`);
      const item = pick(inner._zod.def['element'] as z.ZodType, sub, (keyTree[segment] as PathTree | undefined) ?? {}, `${where}${name}[].`);
      picked[name] = withMetaOf(field, z.array(item).optional());
    } else {
      const object = pick(field, sub, (keyTree[segment] as PathTree | undefined) ?? {}, `${where}${name}.`);
      // A group is optional in a translation: its translated words may all be optional ones.
      picked[name] = withMetaOf(field, object.optional());
    }
  }
  return z.strictObject(picked);
}

/**
 * The schema of an entry's English translation, derived from the Italian schema: only the
 * translated paths and the list keys, with the Italian validation of each.
 *
 * @example
 * translationSchemaOf(storySchema(ctx), translatedPaths.stories).parse({ title: 'Out of the blue', cover: { alt: 'Blue waves' } })
 */
export function translationSchemaOf(schema: z.ZodType, paths: { fields: readonly string[]; keys?: readonly string[] }): z.ZodType {
  const keyTree = treeOf(paths.keys ?? []);
  const tree = treeOf(paths.fields);
  return pick(schema, tree, keyTree, '');
}
