import { z } from 'astro/zod';

/** Names of the collections that other entries can point to. */
export type ReferencableCollection = 'members' | 'services' | 'partners';

/**
 * What a schema factory receives. Astro passes the real `image()` and `reference()`; the
 * content checker and the CMS config generator pass stand-ins with the same shape, so every
 * consumer reads the same schema (Starlight's `schemas/` do the same with `image()`).
 */
export interface SchemaContext {
  image: () => z.ZodType;
  reference: (collection: ReferencableCollection) => z.ZodType;
}

/**
 * The context used outside Astro (content checker, CMS config): an image is the path string the
 * editor wrote and a reference is the id of the target entry. Their `fieldKind` tells
 * schema-fields.ts what they are.
 */
export const standInContext: SchemaContext = {
  image: () => z.string().min(1, 'Expected the path of an image file next to the entry.').meta({ fieldKind: 'image' }),
  reference: (collection) => z.string().min(1, `Expected the id of an entry in ${collection}.`).meta({ fieldKind: 'relation', collection }),
};
