import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { contentCheck } from '../../src/integrations/content-check';
import { contentTreeWith, listBadCases } from '../support/fixtures';

/**
 * The content check as `astro build` runs it (the integration's `astro:config:setup` hook), on
 * every bad fixture: it must stop the build with a message naming the file and the field, with
 * the fix. What the build prints is this message; that the real build then exits non-zero and
 * publishes nothing is proven once by tests/build/bad-content-builds.test.ts, which builds one
 * bad fixture and the unsafe content for real.
 */
function buildCheck(root: string): string {
  const hook = contentCheck().hooks['astro:config:setup'];
  const logger = { info: () => {}, warn: () => {}, error: () => {} } as unknown as AstroIntegrationLogger;
  try {
    // The hook reads only the command, the root and the logger.
    void hook?.({ command: 'build', config: { root: pathToFileURL(`${root}/`) }, logger } as never);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe.each(listBadCases())('the content check of a build with the bad fixture $name', (badCase) => {
  it('stops the build, naming the file and field with the fix', () => {
    const root = contentTreeWith(badCase);
    try {
      const output = buildCheck(root);
      expect(output, 'the build was not stopped').toMatch(/^The content has \d+ problem\(s\); nothing was built\./);
      expect(output).toContain(badCase.file);
      if (badCase.field) expect(output).toContain(`  ${badCase.field}  `);
      expect(output).toMatch(new RegExp(badCase.message));
      expect(output).toMatch(new RegExp(`${badCase.file.replace(/[.]/g, '\\.')}[^\\n]*Fix: `));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the content check of a build with the good fixtures', () => {
  it('lets the build go on', () => {
    const root = contentTreeWith();
    try {
      expect(buildCheck(root)).toBe('');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
