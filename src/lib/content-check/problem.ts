/** One thing wrong with a content file, phrased for the person who has to fix it. */
export interface ContentProblem {
  severity: 'error' | 'warning';
  /** Path from the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file, when the problem has a place. */
  line?: number | undefined;
  /** Dotted path of the field, such as `cover.alt` or `providers[1]`; absent for whole-file problems. */
  field?: string | undefined;
  /** What is wrong and what was expected. */
  message: string;
  /** What to do about it: every problem says. */
  fix: string;
}

/**
 * Formats a problem as one line an editor can act on, with the file and line first so that
 * terminals and CI logs make it clickable.
 *
 * @example
 * formatProblem({ severity: 'error', file: 'content/stories/a/index.md', line: 4, field: 'cover.alt', message: 'Expected alt text.' })
 * // → 'content/stories/a/index.md:4  cover.alt  Expected alt text.'
 */
export function formatProblem(problem: ContentProblem): string {
  const place = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? `  ${problem.field}` : '';
  const fix = ` Fix: ${problem.fix}`;
  return `${place}${field}  ${problem.message}${fix}`;
}

/** The field path as people write it: `speakers[0].name`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}
