import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTreeWith, fixturesDir, listBadCases } from '../support/fixtures';
import { buildProject, projectWithContent } from '../../scripts/lib/project-copy';

/*
 * The real build (`npm run build`) against bad content: it must stop, say where and what, and
 * publish nothing. A case is a folder of tests/fixtures/content-bad laid over the good fixtures.
 * Two real builds prove that the build refuses bad content: one bad fixture, and content that
 * tries to run code. That every other bad fixture stops the build with its file, field and fix is
 * proven in milliseconds by tests/content/build-refusal.test.ts, through the same integration.
 */

/** The fixture built for real: a reference to an entry that does not exist, which Astro itself only logs. */
const builtCase = 'dangling-reference';
function buildWith(contentRoot: string, env: Record<string, string> = {}) {
  const project = projectWithContent(join(contentRoot, 'content'));
  const out = join(tmpdir(), `jpn-bad-out-${process.pid}-${Math.random().toString(36).slice(2)}`);
  try {
    const result = buildProject(project.root, { JPN_OUT_DIR: out, ...env });
    const leftovers = readdirSync(tmpdir()).filter((name) => name.startsWith(`${out.split('/').pop()}`));
    return { ...result, published: existsSync(out), leftovers, root: project.root };
  } finally {
    project.remove();
    rmSync(out, { recursive: true, force: true });
  }
}

const builtCases = listBadCases().filter((badCase) => badCase.name === builtCase);
if (builtCases.length !== 1) throw new Error(`No bad fixture called ${builtCase} in tests/fixtures/content-bad.`);

describe.each(builtCases)('the build with the bad fixture $name', (badCase) => {
  it('exits non-zero, names the file and field with the fix, and publishes nothing', () => {
    const root = contentTreeWith(badCase);
    try {
      const build = buildWith(root);
      expect(build.status, build.output.slice(-2000)).not.toBe(0);
      expect(build.output).toContain(badCase.file);
      if (badCase.field) expect(build.output).toContain(`  ${badCase.field}  `);
      expect(build.output).toMatch(new RegExp(badCase.message));
      expect(build.output).toMatch(new RegExp(`${badCase.file.replace(/[.]/g, '\\.')}[^\\n]*Fix: `));
      expect(build.output).toMatch(/Nothing was published/);
      expect(build.published).toBe(false);
      expect(build.leftovers).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the build with content that tries to run code', () => {
  it('fails on every attempt, in CMS Markdown and in an MDX guide, with the line of each, and the secret appears nowhere', () => {
    const secret = `jpn-secret-${Math.random().toString(36).slice(2)}`;
    const expected = JSON.parse(readFileSync(join(fixturesDir, 'content-unsafe/expected.json'), 'utf8')) as {
      file: string;
      messages: string[];
      guideFile: string;
      guideMessages: string[];
    };
    const root = contentTreeWith();
    try {
      cpSync(join(fixturesDir, 'content-unsafe/content'), join(root, 'content'), { recursive: true });
      const build = buildWith(root, { JPN_TEST_SECRET: secret });
      expect(build.status).not.toBe(0);
      for (const message of expected.messages) expect(build.output, message).toContain(message);
      expect(build.output).toMatch(new RegExp(`${expected.file}:\\d+  body  `));
      // an MDX guide may run no code either: no import but the guide components, no export, no expression
      for (const message of expected.guideMessages) expect(build.output, message).toContain(message);
      expect(build.output).toMatch(new RegExp(`${expected.guideFile}:\\d+  body  `));
      expect(build.output).not.toContain(secret);
      expect(build.published).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
