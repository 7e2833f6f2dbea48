import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/*
 * The publishing workflow cannot run here (it needs GitHub and Cloudflare), so its contract is
 * checked instead: it runs the project's tests before publishing, builds with the real build, publishes
 * dist/, and every secret and variable it reads is documented in the README's one-time setup.
 */
const root = join(import.meta.dirname, '../..');
const source = readFileSync(join(root, '.github/workflows/deploy.yml'), 'utf8');
const workflow = parse(source) as { on: Record<string, unknown>; jobs: Record<string, { needs?: string; steps: { run?: string; uses?: string }[] }> };
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const runs = (job: string) => (workflow.jobs[job]?.steps ?? []).map((step) => step.run ?? '').join('\n');

describe('the publishing workflow', () => {
  it('runs on pushes to main and on pull requests', () => {
    expect(workflow.on).toHaveProperty('push');
    expect(workflow.on).toHaveProperty('pull_request');
  });

  it('runs the tests with .ci/run, and publishes only after them', () => {
    expect(runs('test')).toContain('bash .ci/run');
    expect(workflow.jobs['publish']?.needs).toBe('test');
  });

  it('sets SITE_URL for the branch, builds with npm run build and publishes dist/ to Cloudflare Pages', () => {
    const publish = runs('publish');
    expect(publish).toMatch(/scripts\/deploy-site-url\.ts >> "\$GITHUB_ENV"/);
    expect(existsSync(join(root, 'scripts/deploy-site-url.ts'))).toBe(true);
    expect(publish.indexOf('npm run build')).toBeGreaterThan(publish.indexOf('deploy-site-url'));
    expect(publish).toMatch(/wrangler@\d+ pages deploy dist /);
  });

  it.each([...new Set([...source.matchAll(/\b(?:secrets|vars)\.([A-Z_]+)/g)].map((m) => m[1] ?? ''))])('documents %s in the README', (name) => {
    const documented = name.startsWith('PUBLIC_CMS_') ? readme.includes(`\`${name}\``) && readme.includes('`PUBLIC_CMS_*`') : readme.includes(`\`${name}\``);
    expect(documented).toBe(true);
  });
});
