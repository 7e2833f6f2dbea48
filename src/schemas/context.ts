import type { ImageFunction } from 'astro/content/config';
import { z } from 'astro/zod';

/** Names of the collections that other entries can point to. */
export type ReferencableCollection = 'members' | 'services' | 'partners' | 'glossary' | 'pages';

/**
 * What a schema factory receives. Astro passes the real `image()` and `reference()`; the
 * content checker and the CMS config generator pass stand-ins with the same shape, so every
 * consumer reads the same schema (Starlight's `schemas/` do the same with `image()`).
 */
export interface SchemaContext {
  image: ImageFunction;
  reference: <C extends ReferencableCollection>(collection: C) => z.ZodType<{ id: string; collection: C }>;
}

/**
 * The context used outside Astro (content checker, CMS config): an image is the path string the
 * editor wrote and a reference is the id of the target entry. Their `fieldKind` tells
 * schema-fields.ts what they are.
 */
export const standInContext: SchemaContext = {
  // The casts are the point of a stand-in: outside Astro, an image is the path the editor wrote and
  // a reference is the target's id; the types stay those Astro gives the site.
  image: (() => z.string().min(1, 'Expected the path of an image file in the entry’s media folder.').meta({ fieldKind: 'image' })) as unknown as ImageFunction,
  reference: <C extends ReferencableCollection>(collection: C) =>
    z.string().min(1, `Expected the id of an entry in ${collection}.`).meta({ fieldKind: 'relation', collection }) as unknown as z.ZodType<{
      id: string;
      collection: C;
    }>,
};

/**
 * Builds the fields of a schema that do not depend on the entry once per `reference` function.
 * Astro calls a schema factory for every entry (its `image()` is tied to the entry's file), and
 * building zod schemas costs far more than using them: at thousands of entries this was seconds
 * of every build. Only the image fields are then made per entry.
 */
export function onceForReference<T>(build: (reference: SchemaContext['reference']) => T): (ctx: SchemaContext) => T {
  const cache = new WeakMap<SchemaContext['reference'], T>();
  return (ctx) => {
    let value = cache.get(ctx.reference);
    if (value === undefined) {
      value = build(ctx.reference);
      cache.set(ctx.reference, value);
    }
    return value;
  };
}
