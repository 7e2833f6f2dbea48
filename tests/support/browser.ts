import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';

/**
 * The set-up every end-to-end file shares: the system Chromium (scripts/lib/chromium.ts),
 * launched before the file's tests and closed after them, and the address of the built site
 * that tests/support/build-site.ts serves. Call it once, at the top of the file.
 *
 * @example
 * const e2e = useBrowser();
 * it('…', async () => {
 *   const page = await e2e.browser.newPage();
 *   await page.goto(e2e.baseUrl + '/');
 * });
 */
export function useBrowser(): { readonly browser: Browser; readonly baseUrl: string } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    baseUrl: inject('baseUrl'),
    get browser(): Browser {
      if (!browser) throw new Error('The browser starts before the first test: use it inside a test or a hook.');
      return browser;
    },
  };
}
