import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/node/content-check/check-content';
import { formatProblem } from '../../src/lib/content-check/problem';
import { contentTreeWith, fixturesDir, listBadCases } from '../support/fixtures';

const today = new Date('2026-11-25T12:00:00Z');

describe('checkContent on the good fixtures', () => {
  it('returns no problems and every entry', () => {
    const root = contentTreeWith();
    const report = checkContent({ root, today });
    rmSync(root, { recursive: true });
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.entries.map((e) => `${e.collection}/${e.id}`)).toContain('stories/storia-con-consenso');
  });
});

describe('checkContent on the bad fixtures', () => {
  // One row per folder in tests/fixtures/content-bad: each names the file, field, line and message it must produce.
  it.each(listBadCases())('reports $name with its file, field and what was expected', (badCase) => {
    const root = contentTreeWith(badCase);
    const { problems } = checkContent({ root, today });
    rmSync(root, { recursive: true });
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.length, errors.map(formatProblem).join('\n')).toBeGreaterThan(0);
    const match = errors.find((p) => p.file === badCase.file && (badCase.field === undefined || p.field === badCase.field));
    expect(match, `no error for ${badCase.file} ${badCase.field ?? ''} in:\n${errors.map(formatProblem).join('\n')}`).toBeDefined();
    expect(match?.message).toMatch(new RegExp(badCase.message));
    if (badCase.line !== undefined) expect(match?.line).toBe(badCase.line);
    expect(formatProblem(match!)).toContain(badCase.file);
    expect(match?.fix, 'every problem says how to fix it').toBeTruthy();
  });
});

describe('checkContent on content that needs a person, not a fix', () => {
  it('returns warnings, not errors, for a sheet not reviewed in 12 months and a consent over 2 years old', () => {
    const root = contentTreeWith();
    cpSync(join(fixturesDir, 'content-warnings/content'), join(root, 'content'), { recursive: true });
    const { problems } = checkContent({ root, today });
    rmSync(root, { recursive: true });
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    const warnings = problems.filter((p) => p.severity === 'warning');
    expect(warnings.map((p) => [p.file, p.field])).toEqual([
      ['content/services/scheda-vecchia.md', 'reviewedAt'],
      ['content/stories/consenso-vecchio/index.md', 'consent.date'],
    ]);
    expect(warnings[0]?.message).toMatch(/last reviewed on 2025-06-01, more than 12 months ago/);
    expect(warnings[1]?.message).toMatch(/consent for this story dates from 2024-01-10, more than 2 years ago/);
  });

  it('returns one warning listing the illustrative sheets never checked, and an error for a verified sheet without a date', () => {
    const root = contentTreeWith();
    const sheet = join(root, 'content/services/data-entry.md');
    const text = readFileSync(sheet, 'utf8').replace(/\nreviewedAt: .*\n/, '\n');
    writeFileSync(sheet, text.replace('illustrative: false', 'illustrative: true'));
    const { problems } = checkContent({ root, today });
    expect(problems.filter((p) => p.file === 'content/services/').map((p) => [p.severity, p.message])).toEqual([
      ['warning', '1 illustrative service sheets have never been checked with the cooperatives: data-entry.md.'],
    ]);
    writeFileSync(sheet, text.replace('illustrative: true', 'illustrative: false'));
    const unverified = checkContent({ root, today }).problems.find((p) => p.file === 'content/services/data-entry.md');
    rmSync(root, { recursive: true });
    expect(unverified?.message).toMatch(/Expected the date the sheet was checked with the cooperatives/);
  });

  it('returns an error for a story that names people without a consent', () => {
    const root = contentTreeWith();
    const story = join(root, 'content/stories/storia-con-consenso/index.md');
    writeFileSync(story, readFileSync(story, 'utf8').replace(/consent:[\s\S]*?reference: LIB-TEST-1\n/, ''));
    const { problems } = checkContent({ root, today });
    rmSync(root, { recursive: true });
    expect(problems.find((p) => p.field === 'consent')?.message).toMatch(/Expected a consent record with given: true/);
  });
});
