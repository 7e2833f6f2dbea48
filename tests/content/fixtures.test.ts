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
  it('returns warnings, not errors, for a sheet not reviewed in 12 months, a consent over 2 years old and a story hard to read', () => {
    const root = contentTreeWith();
    cpSync(join(fixturesDir, 'content-warnings/content'), join(root, 'content'), { recursive: true });
    const { problems } = checkContent({ root, today });
    rmSync(root, { recursive: true });
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    const warnings = problems.filter((p) => p.severity === 'warning');
    expect(warnings.map((p) => [p.file, p.field, p.line])).toEqual([
      ['content/services/scheda-vecchia.md', 'reviewedAt', 10],
      ['content/stories/consenso-vecchio/index.md', 'consent.date', 10],
      ['content/stories/storia-difficile/index.md', 'body', 8],
      ['content/stories/storia-difficile/index.md', 'body', 10],
    ]);
    expect(warnings[0]?.message).toMatch(/last reviewed on 2025-06-01, more than 12 months ago/);
    expect(warnings[1]?.message).toMatch(/consent for this story dates from 2024-01-10, more than 2 years ago/);
    // the index, with the longest sentence quoted; then the sentence over 25 words, on its own line
    expect(warnings[2]?.message).toMatch(/^The text has a Gulpease index of 9\.9, below 60: .* Its longest sentence has 28 words: «L’implementazione sistematica .* complessiva\.»\.$/);
    expect(warnings[3]?.message).toMatch(/^A sentence has 28 words, more than 25: «L’implementazione sistematica .* complessiva\.»\.$/);
  });

  it('returns an error for text below the frontmatter of an easy-to-read text, which no page would show', () => {
    const root = contentTreeWith();
    const text = join(root, 'content/facile/che-cos-e-una-rete/index.md');
    writeFileSync(text, `${readFileSync(text, 'utf8')}\nUn testo che nessuno vedrebbe.\n`);
    const { problems } = checkContent({ root, today });
    rmSync(root, { recursive: true });
    expect(problems.map((p) => [p.severity, p.file, p.field, p.message])).toEqual([
      ['error', 'content/facile/che-cos-e-una-rete/index.md', 'body', 'Entries of «Facile da leggere» have no text below the frontmatter: no page would show it.'],
    ]);
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
