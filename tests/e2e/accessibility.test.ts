import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { describeViolations, preloadAxe, runAxe } from '../support/axe';
import { useBrowser } from '../support/browser';
import { pathInLanguage } from '../../src/lib/urls';

/*
 * Every URL of the sitemap, and the page that answers a missing address in each language, at a
 * desktop and a phone width: axe-core with the WCAG 2.0, 2.1 and 2.2 A/AA rules and axe's best
 * practices (no rule is switched off), the HTTP status, an empty console, and no sideways
 * scrolling on the phone.
 */
const distDir = inject('distDir');
const sitemap = [...readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
const missing = ['/pagina-che-non-esiste/', pathInLanguage('/pagina-che-non-esiste/', 'en') ?? ''];

/**
 * The two widths, as device emulation: the same calls Playwright makes for a context's viewport,
 * `isMobile` and `hasTouch`. Switching them on a loaded page lays it out again as a phone shows
 * it, where loading it a second time cost as much as the check itself. The phone is 320 px wide,
 * the width at which WCAG 1.4.10 (Reflow) asks that nothing scroll sideways.
 */
const widths = [
  { name: 'desktop', metrics: { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false }, touch: false },
  { name: 'phone', metrics: { width: 320, height: 740, deviceScaleFactor: 1, mobile: true }, touch: true },
] as const;

async function emulate(cdp: CDPSession, width: (typeof widths)[number]): Promise<void> {
  await cdp.send('Emulation.setDeviceMetricsOverride', width.metrics);
  await cdp.send('Emulation.setTouchEmulationEnabled', width.touch ? { enabled: true, maxTouchPoints: 1 } : { enabled: false });
}

const e2e = useBrowser();

/**
 * One page for the whole sweep, one check at a time: on two cores, parallel pages only queue
 * for the same CPU (measured: 419 ms a check alone, 463 ms two at a time).
 */
let page: Page;
let cdp: CDPSession;
let consoleErrors: string[] = [];
beforeAll(async () => {
  // bypassCSP only so that axe itself can be injected; the CSP is tested on its own.
  const context = await e2e.browser.newContext({ bypassCSP: true });
  await preloadAxe(context);
  page = await context.newPage();
  cdp = await context.newCDPSession(page);
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});

describe('every page at a desktop and a phone width', () => {
  it('finds the sitemap', () => {
    expect(sitemap.length).toBeGreaterThan(80);
  });

  it.each([...sitemap, ...missing])('%s answers, logs no error and has no axe violation', async (path) => {
    const isMissing = missing.includes(path);
    await emulate(cdp, widths[0]);
    consoleErrors = [];
    const response = await page.goto(e2e.baseUrl + path);
    expect(response?.status()).toBe(isMissing ? 404 : 200);
    // The browser reports the 404 answer itself as an error: that one is expected.
    const unexpected = () => consoleErrors.filter((text) => !(isMissing && text.includes('404')));
    for (const width of widths) {
      if (width !== widths[0]) await emulate(cdp, width);
      // The page is laid out at this width, with a touch screen on the phone. A phone widens its
      // viewport to fit a page wider than the screen, so this also fails a page that scrolls sideways.
      expect(await page.evaluate(() => [window.innerWidth, matchMedia('(pointer: coarse)').matches])).toEqual([width.metrics.width, width.touch]);
      const violations = await runAxe(page);
      expect.soft(violations, `${width.name}:\n${describeViolations(violations)}`).toEqual([]);
      expect.soft(unexpected(), `console at ${width.name} width`).toEqual([]);
    }
  });
});
