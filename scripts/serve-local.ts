/**
 * Runs the site on this machine with its CMS: decap-server (the local backend the admin saves
 * through, bound to 127.0.0.1) and the Astro dev server. Used by `npm start`, `npm run dev` and
 * `npm run dev:workflow`.
 *
 *   --build-first  build the whole site once first, search index included (scripts/build.ts), so
 *                  that search works from the start; the dev server then serves that index
 *   --workflow     decap-server in git mode on a scratch clone (.cms-workflow/), to try the
 *                  editorial workflow (draft → in review → ready → published) without touching
 *                  this working tree; see README, "Trying the editorial workflow"
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const node = process.execPath;
const cmsPort = process.env['DECAP_PORT'] ?? '8081';
const sitePort = process.env['PORT'] ?? '4321';

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(node, [join(root, command), ...commandArgs], { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
}

if (args.has('--build-first')) {
  // The complete build, not `astro build` alone: that would empty dist/ and leave no search index.
  const build = spawnSync(node, ['--import', 'tsx', join(root, 'scripts/build.ts')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const cmsEnv: NodeJS.ProcessEnv = { MODE: 'fs', PORT: cmsPort, BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
if (args.has('--workflow')) {
  const clone = join(root, '.cms-workflow');
  if (!existsSync(clone)) {
    const cloned = spawnSync('git', ['clone', '--quiet', '--no-hardlinks', root, clone], { stdio: 'inherit' });
    if (cloned.status !== 0) process.exit(1);
    spawnSync('git', ['-C', clone, 'checkout', '-B', 'main'], { stdio: 'inherit' });
  }
  Object.assign(cmsEnv, { MODE: 'git', GIT_REPO_DIRECTORY: clone });
}

const children = [
  run('node_modules/decap-server/dist/index.js', [], cmsEnv),
  run('node_modules/astro/bin/astro.mjs', ['dev', '--host', '127.0.0.1', '--port', sitePort]),
];

console.log(
  `\n  Sito:       http://127.0.0.1:${sitePort}/\n  Redazione:  http://127.0.0.1:${sitePort}/admin/${args.has('--workflow') ? '   (flusso editoriale, clone in .cms-workflow/)' : ''}\n`,
);

const stop = (code: number) => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
