import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the built site. */
    distDir: string;
    /** Origin of a static server over `distDir`. */
    baseUrl: string;
    /** Seconds the real `astro build` took. */
    buildSeconds: number;
  }
}

/**
 * Builds the real site once, with the real build (`npm run build`), into a temporary folder, and serves it
 * like a static host for the duration of the `site` tests.
 */
export default async function setup(project: TestProject) {
  const distDir = mkdtempSync(join(tmpdir(), 'jpn-dist-'));
  const started = performance.now();
  // The same command as `npm run build`: Astro, then the search index, published only if both succeed.
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
    // A cache of its own: the tests check a full build, never pages reused from another one.
    // The admin under test saves through decap-server on this machine (tests/e2e/cms.test.ts), so
    // the build is made for it: its page and its CSP allow that server, as a deployed one allows its Git host.
    env: { ...process.env, JPN_OUT_DIR: distDir, JPN_CACHE_DIR: `${distDir}-cache`, ASTRO_TELEMETRY_DISABLED: '1', PUBLIC_CMS_BACKEND: 'local' },
    encoding: 'utf8',
    stdio: 'pipe',
  });
  if (result.status !== 0) {
    throw new Error(`The build failed:\n${result.stdout}\n${result.stderr}`);
  }
  const server = await serveStatic(distDir);
  project.provide('distDir', distDir);
  project.provide('baseUrl', server.url);
  project.provide('buildSeconds', (performance.now() - started) / 1000);
  return async () => {
    await server.close();
    rmSync(distDir, { recursive: true, force: true });
    rmSync(`${distDir}-cache`, { recursive: true, force: true });
  };
}
