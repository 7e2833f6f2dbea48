import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check-content';
import { formatProblem } from '../../src/lib/content-check/problem';
import { contentTreeWith, listBadCases } from '../support/fixtures';

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
