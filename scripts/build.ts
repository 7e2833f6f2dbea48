/**
 * `npm run build`: the whole site, or nothing. Astro builds into a staging folder, Pagefind
 * indexes it, and only when both have succeeded does the staging folder replace dist/. A failed
 * build (bad content, a broken page, an index error) leaves the previous dist/ as it was, so a
 * half-built site can never be published.
 *
 * Pagefind runs after Astro has exited, not inside it: the two never hold their memory at once.
 * JPN_OUT_DIR chooses the output folder (tests build into a temporary one).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { indexSite } from '../src/lib/build/pagefind-index';

const root = join(import.meta.dirname, '..');
const out = resolve(root, process.env['JPN_OUT_DIR'] ?? 'dist');
const staging = `${out}.staging-${process.pid}`;

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n${message}\nNothing was published: ${out} is unchanged.`);
  process.exit(1);
}

const astro = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, JPN_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) fail('The Astro build failed.');

try {
  const indexed = await indexSite(staging);
  console.log(`Search index: ${indexed.pages} pages in ${indexed.seconds.toFixed(1)} s.`);
} catch (error) {
  fail(`The search index could not be built: ${(error as Error).message}`);
}

if (!existsSync(join(staging, 'index.html'))) fail('The built site has no home page.');
rmSync(out, { recursive: true, force: true });
renameSync(staging, out);
console.log(`Published the build in ${out}.`);
