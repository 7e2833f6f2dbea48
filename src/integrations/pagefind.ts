import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Pagefind's writer can hang forever on an I/O error instead of failing; never wait that long. */
const writeTimeoutMs = 120_000;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Pagefind did not finish ${what} within ${writeTimeoutMs / 1000} s.`)), writeTimeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Indexes the built site with Pagefind after every `astro build`, into dist/pagefind/, served
 * from the site's own origin. Only the main content of each page is indexed (`data-pagefind-body`,
 * set by BaseLayout); Italian stemming comes from `<html lang="it">`.
 *
 * Pagefind reports most problems in returned arrays rather than by throwing, and reports a wrong
 * folder as zero pages: both are turned into build failures here.
 * @see https://pagefind.app/docs/node-api/
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'jpn:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error(`Pagefind found no pages in ${outDir}.`);
          const written = await withTimeout(index.writeFiles({ outputPath: `${outDir}/pagefind` }), 'writing the index');
          if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
