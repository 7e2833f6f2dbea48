import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');
export const goodContentRoot = join(fixturesDir, 'content-good');
export const badCasesDir = join(fixturesDir, 'content-bad');

/** What a bad fixture must produce: the checker's problem for its file, field and line. */
export interface BadCase {
  name: string;
  file: string;
  field?: string;
  line?: number;
  /** A regular expression the message must match. */
  message: string;
  /** Files of the case, relative to the project root, laid over the good tree. */
  dir: string;
}

export function listBadCases(): BadCase[] {
  return readdirSync(badCasesDir)
    .sort()
    .map((name) => ({
      name,
      dir: join(badCasesDir, name),
      ...(JSON.parse(readFileSync(join(badCasesDir, name, 'case.json'), 'utf8')) as Omit<BadCase, 'name' | 'dir'>),
    }));
}

/** A fresh copy of the good content tree, with the files of a bad case laid over it. */
export function contentTreeWith(badCase?: BadCase): string {
  const root = mkdtempSync(join(tmpdir(), 'jpn-content-'));
  cpSync(goodContentRoot, root, { recursive: true });
  if (badCase) cpSync(join(badCase.dir, 'content'), join(root, 'content'), { recursive: true });
  return root;
}
