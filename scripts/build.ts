/**
 * `npm run build`: the whole site, or nothing. Astro builds into a staging folder; then Pagefind
 * indexes it while the social cards are drawn beside it, and only when all have succeeded does
 * the staging folder replace dist/. A failed build (bad content, a broken page, an index or card
 * error) leaves the previous dist/ as it was, so a half-built site can never be published.
 *
 * Pagefind and the cards run after Astro has exited, not inside it: Astro's memory is given back
 * first, and the two share the machine's cores with each other rather than with Astro.
 * JPN_OUT_DIR chooses the output folder (tests build into a temporary one); JPN_CACHE_DIR the
 * build cache, where drawn cards are kept for the next build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { indexSite } from '../src/lib/node/build/pagefind-index';
import { writeSocialCards } from '../src/lib/node/build/social-cards';

const root = join(import.meta.dirname, '..');
const out = resolve(root, process.env['JPN_OUT_DIR'] ?? 'dist');
// A fixed name, not one per run: Astro's astro:assets module holds the output folder, and a
// name that changed each build would change every page's dependency hash and so disable the
// incremental build.
const staging = `${out}.staging`;
// The same folder astro.config.mjs gives Astro as its cache.
const cacheDir = resolve(root, process.env['JPN_CACHE_DIR'] ?? 'node_modules/.astro');

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n${message}\nNothing was published: ${out} is unchanged.`);
  process.exit(1);
}

rmSync(staging, { recursive: true, force: true });
const started = performance.now();
const astro = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, JPN_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) fail('The Astro build failed.');
console.log(`Astro: ${((performance.now() - started) / 1000).toFixed(1)} s.`);

const [indexed, cards] = await Promise.allSettled([indexSite(staging), writeSocialCards(staging, join(cacheDir, 'og-cards'))]);
if (indexed.status === 'rejected') fail(`The search index could not be built: ${(indexed.reason as Error).message}`);
if (cards.status === 'rejected') fail(`The social cards could not be drawn: ${(cards.reason as Error).message}`);
console.log(`Search index: ${indexed.value.pages} pages in ${indexed.value.seconds.toFixed(1)} s.`);
const report = cards.value;
console.log(
  `Social cards for ${report.pages} pages: ${report.cards} cards, ${report.rendered} drawn and ${report.reused} from the cache, in ${report.seconds.toFixed(1)} s.`,
);

if (!existsSync(join(staging, 'index.html'))) fail('The built site has no home page.');
rmSync(out, { recursive: true, force: true });
renameSync(staging, out);
console.log(`Published the build in ${out}, ${((performance.now() - started) / 1000).toFixed(1)} s in all.`);
