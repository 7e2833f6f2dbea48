/**
 * The local CMS for tooling and tests: a throwaway copy of content/ in a Git repository of its
 * own, the real decap-server over it, and the admin opened and logged in. Used by the CMS tests
 * (tests/e2e/cms.test.ts) and the README's screenshots (scripts/cms-screenshots.ts).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from './project-root';

/** A port nobody is listening on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * A throwaway copy of content/ in a git repository of its own, so tests can diff what the CMS
 * wrote and the real repository is never touched.
 */
export function contentWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jpn-cms-'));
  cpSync(join(projectRoot, 'content'), join(dir, 'content'), { recursive: true });
  const git = (...args: string[]) => spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.invalid', 'commit', '-qm', 'start');
  return dir;
}

/** Starts the real decap-server over a workspace, bound to 127.0.0.1, and waits until it listens. */
export async function startDecapServer(workspace: string): Promise<{ port: number; stop: () => void }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(projectRoot, 'node_modules/decap-server/dist/index.js')], {
    cwd: workspace,
    // MODE is set explicitly: vitest exports MODE=test, which decap-server would read as its own.
    env: { ...process.env, MODE: 'fs', PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: workspace, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`decap-server did not start:\n${output}`)), 20_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', listen);
    child.on('exit', (code) => reject(new Error(`decap-server exited with ${code}:\n${output}`)));
  });
  return { port, stop: () => child.kill('SIGTERM') };
}

/** Opens the admin against a decap-server and logs in (the local backend needs one click). */
export async function openAdmin(page: Page, baseUrl: string, port: number): Promise<(hash: string) => Promise<void>> {
  const admin = `${baseUrl}/admin/?decap_port=${port}`;
  await page.goto(admin);
  await page.getByRole('button', { name: /Accedi/ }).click();
  await page.getByText('Raccolte').first().waitFor();
  return async (hash: string) => {
    await page.goto(`${admin}#${hash}`);
  };
}

/** Publishes the entry open in the editor and waits until the CMS says it is saved. */
export async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Pubblica' }).first().click();
  await page.getByText('Pubblica ora').first().click();
  await page.getByText('Voce salvata').first().waitFor({ timeout: 15_000 });
}
