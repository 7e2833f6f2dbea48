import * as pagefind from 'pagefind';

/** Pagefind's writer can hang forever on an I/O error instead of failing; never wait that long. */
const writeTimeoutMs = 180_000;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Pagefind did not finish ${what} within ${writeTimeoutMs / 1000} s.`)), writeTimeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Indexes a built site with Pagefind into its pagefind/ folder, served from the site's own origin.
 * Only the main content of each page is indexed (`data-pagefind-body`, set by BaseLayout); Italian
 * stemming comes from `<html lang="it">`.
 *
 * Pagefind reports most problems in returned arrays rather than by throwing, and reports a wrong
 * folder as zero pages: both become errors here.
 * @see https://pagefind.app/docs/node-api/
 */
export async function indexSite(siteDir: string): Promise<{ pages: number; seconds: number }> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages in ${siteDir}.`);
    const written = await withTimeout(index.writeFiles({ outputPath: `${siteDir}/pagefind` }), 'writing the index');
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}
