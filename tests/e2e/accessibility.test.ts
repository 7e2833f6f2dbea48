import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { describeViolations, runAxe } from '../support/axe';
import { useBrowser } from '../support/browser';

/*
 * axe-core on every URL of the sitemap, at a desktop and a phone width, with the WCAG 2.0, 2.1
 * and 2.2 A/AA rules and axe's best practices. No rule is switched off.
 */
const distDir = inject('distDir');
const paths = [...readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);

const widths = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'mobile', viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true },
] as const;

const e2e = useBrowser();
const contexts = new Map<string, BrowserContext>();
beforeAll(async () => {
  for (const width of widths) {
    // bypassCSP only so that axe itself can be injected; the CSP is tested on its own.
    contexts.set(width.name, await e2e.browser.newContext({ ...width, bypassCSP: true }));
  }
});

describe.each(widths)('axe at $name width', ({ name }) => {
  it('finds the sitemap', () => {
    expect(paths.length).toBeGreaterThan(80);
  });
  it.concurrent.each(paths)(`finds no violation on %s`, async (path) => {
    const page = await contexts.get(name)!.newPage();
    await page.goto(e2e.baseUrl + path);
    const violations = await runAxe(page);
    await page.close();
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
