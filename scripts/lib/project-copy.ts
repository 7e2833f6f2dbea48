/**
 * The real build on other content: a temporary copy of the project with another content folder.
 * Used by the benchmark (scripts/bench.ts) and by the tests that build bad or changed content.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './project-root';

/** What a build needs besides content/. */
const projectFiles = ['src', 'admin', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

/**
 * A temporary copy of the project with another content folder, sharing node_modules, so the real
 * `astro build` can run on test content without touching the repository.
 */
export function projectWithContent(contentDir: string): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'jpn-project-'));
  for (const file of projectFiles) cpSync(join(projectRoot, file), join(root, file), { recursive: true });
  cpSync(contentDir, join(root, 'content'), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Runs the real build (`npm run build`) in a project folder; returns its exit status and output. */
export function buildProject(root: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build.ts')], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', JPN_CACHE_DIR: join(root, '.astro-cache'), ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
