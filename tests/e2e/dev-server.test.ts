import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/decap';
import { projectWithContent } from '../../scripts/lib/project-copy';
import { projectRoot } from '../support/site';

/*
 * The real `astro dev` on a copy of the project: an editor saving from the CMS (or editing a file)
 * learns about a problem in the terminal at once, not from the next build.
 */
describe('the dev server', () => {
  it('checks the content again when a file changes, and names the problem or says all is well', async () => {
    const project = projectWithContent(join(projectRoot, 'content'));
    const port = await freePort();
    const child = spawn(process.execPath, [join(project.root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: project.root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const wait = (pattern: RegExp) => expect.poll(() => output, { timeout: 90_000, interval: 250 }).toMatch(pattern);
    try {
      await wait(/ready in/);
      const file = join(project.root, 'content/services/data-entry.md');
      const original = readFileSync(file, 'utf8');
      writeFileSync(file, original.replace('category: amministrativi', 'category: giardinaggio'));
      await wait(/content\/services\/data-entry\.md changed: 1 content problem\(s\)[^]*content\/services\/data-entry\.md:\d+\s+category\s+Expected one of/);
      writeFileSync(file, original);
      await wait(/content\/services\/data-entry\.md changed: \d+ content entries checked again, no errors\./);
    } finally {
      child.kill('SIGTERM');
      project.remove();
    }
  }, 180_000);
});
