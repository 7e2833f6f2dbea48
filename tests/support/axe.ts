import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG levels the site is held to, plus axe's best practices. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string | undefined }[];
}

/**
 * Loads axe-core into every page of a context before the page's own scripts, so that `runAxe`
 * finds it there: the browser gets its 500 kB once, where injecting it into each page took longer
 * than the check itself. The context must bypass the CSP, as for `runAxe`.
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeSource });
}

type AxeRunner = { run: (context: Document, options: unknown) => Promise<{ violations: AxeViolation[] }> };

/**
 * Runs axe-core in the page, injecting it first unless the context preloads it (`preloadAxe`).
 * The page's context must allow script injection (`bypassCSP: true`), because the site's CSP
 * rightly refuses inline scripts. The check runs without building CSS selectors for the elements
 * it looks at, which saves a tenth of its time; only a page with violations runs it again with
 * them, to name the elements at fault.
 */
export async function runAxe(page: Page, tags: string[] = wcagTags): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const run = (runTags: string[], selectors: boolean) =>
    page.evaluate(
      async ({ runTags, selectors }) => {
        const axe = (window as unknown as { axe: AxeRunner }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: runTags }, resultTypes: ['violations'], selectors });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
        }));
      },
      { runTags, selectors },
    );
  const violations = await run(tags, false);
  return violations.length === 0 ? violations : run(tags, true);
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
}
