import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { installCardDrawer } from '../lib/og/card-queue';

/**
 * Draws the social cards while Astro renders the pages: each page hands its card over as it
 * renders (src/lib/og/card-queue.ts) and a worker thread draws it into the build cache on the
 * other core. Once the pages are done the build waits for the last cards; scripts/build.ts then
 * puts every page's card in place from the cache, drawing any that are missing. A card already
 * in the cache from an earlier build is not drawn again.
 */
export function socialCards(): AstroIntegration {
  let cacheDir = '';
  let workerFile: URL | undefined;
  let worker: Worker | undefined;
  let uninstall: (() => void) | undefined;
  let requested = 0;
  let finished: Promise<number> | undefined;
  return {
    name: 'jpn:social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('og-cards/', config.cacheDir));
        workerFile = new URL('src/lib/og/card-worker.ts', config.root);
      },
      'astro:build:start': () => {
        if (!workerFile) throw new Error('jpn:social-cards: astro:config:done did not run.');
        // The worker runs the TypeScript sources as they are, through tsx like the build scripts.
        worker = new Worker(workerFile, { workerData: { cacheDir }, execArgv: ['--import', 'tsx'] });
        const active = worker;
        finished = new Promise((resolve, reject) => {
          active.on('message', (message: { drawn?: number; error?: string }) => {
            if (message.error) reject(new Error(`A social card could not be drawn: ${message.error}`));
            else if (message.drawn !== undefined) resolve(message.drawn);
          });
          active.on('error', reject);
        });
        const seen = new Set<string>();
        uninstall = installCardDrawer((fileName, spec) => {
          if (seen.has(fileName)) return;
          seen.add(fileName);
          requested += 1;
          active.postMessage({ fileName, spec });
        });
      },
      'astro:build:done': async ({ logger }) => {
        uninstall?.();
        if (!worker || !finished) return;
        const started = performance.now();
        worker.postMessage('done');
        try {
          const drawn = await finished;
          logger.info(
            `Social cards: ${requested} asked by the pages, ${drawn} drawn; waited ${((performance.now() - started) / 1000).toFixed(1)} s for the last ones.`,
          );
        } finally {
          await worker.terminate();
        }
      },
    },
  };
}
