import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { describeViolations, preloadAxe, runAxe } from '../support/axe';
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

/**
 * Two pages per width, reused from test to test: opening a page costs more than loading another
 * URL in it, and two checks at a time keep both cores of a CI machine busy.
 */
const pagesPerWidth = 2;
const pools = new Map<string, { idle: Page[]; waiting: ((page: Page) => void)[] }>();
beforeAll(async () => {
  for (const width of widths) {
    // bypassCSP only so that axe itself can be injected; the CSP is tested on its own.
    const context = await e2e.browser.newContext({ ...width, bypassCSP: true });
    await preloadAxe(context);
    pools.set(width.name, { idle: await Promise.all(Array.from({ length: pagesPerWidth }, () => context.newPage())), waiting: [] });
  }
});

/** Runs `check` in an idle page of the width's pool, waiting for one if all are busy. */
async function inPageOf<T>(width: string, check: (page: Page) => Promise<T>): Promise<T> {
  const pool = pools.get(width);
  if (!pool) throw new Error(`No pages at the width ${width}.`);
  const page = pool.idle.pop() ?? (await new Promise<Page>((resolve) => pool.waiting.push(resolve)));
  try {
    return await check(page);
  } finally {
    const next = pool.waiting.shift();
    if (next) next(page);
    else pool.idle.push(page);
  }
}

describe.each(widths)('axe at $name width', ({ name }) => {
  it('finds the sitemap', () => {
    expect(paths.length).toBeGreaterThan(80);
  });
  it.concurrent.each(paths)(`finds no violation on %s`, async (path) => {
    const violations = await inPageOf(name, async (page) => {
      await page.goto(e2e.baseUrl + path);
      return runAxe(page);
    });
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
