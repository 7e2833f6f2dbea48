import { createHash } from 'node:crypto';

interface Keyed {
  collection: string;
  id: string;
  digest?: string | number | undefined;
  data: unknown;
}

/**
 * The key under which an incremental build may reuse a page: it changes whenever anything the page
 * shows changes. `entries` are all the content entries the page reads (the entry itself and the
 * ones it lists or links by name); `shared` is data every page shows, such as the footer's counts.
 *
 * The data is hashed, not only the file's digest: it holds the hashed URLs of processed images, so
 * replacing an image under the same name changes the key too.
 * @see https://docs.astro.build/en/reference/experimental-flags/incremental-build/
 */
export function pageCacheKey(entries: readonly Keyed[], shared: string): string {
  const hash = createHash('sha1');
  hash.update(shared);
  for (const entry of entries) {
    hash.update(`\u0000${entry.collection}/${entry.id}\u0000${String(entry.digest ?? '')}\u0000${JSON.stringify(entry.data)}`);
  }
  return hash.digest('hex');
}
