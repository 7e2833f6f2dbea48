import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';

export interface E2E {
  readonly browser: Browser;
  readonly baseUrl: string;
  /**
   * A new page in a browser context shared by every page opened with the same options. Opening
   * a context costs about a second of CPU (a new renderer, cold caches); a page in a warm one
   * costs a third of that. A test that watches the network, cookies or storage opens a context of
   * its own instead: a shared context's cache hides requests, and its storage outlives the test.
   */
  page(options?: BrowserContextOptions): Promise<Page>;
}

/**
 * The set-up every end-to-end file shares: the system Chromium (scripts/lib/chromium.ts),
 * launched before the file's tests and closed after them, and the address of the built site
 * that tests/support/build-site.ts serves. Call it once, at the top of the file.
 *
 * @example
 * const e2e = useBrowser();
 * it('…', async () => {
 *   const page = await e2e.page();
 *   await page.goto(e2e.baseUrl + '/');
 * });
 */
export function useBrowser(): E2E {
  let browser: Browser | undefined;
  const contexts = new Map<string, Promise<BrowserContext>>();
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const e2e: E2E = {
    baseUrl: inject('baseUrl'),
    get browser(): Browser {
      if (!browser) throw new Error('The browser starts before the first test: use it inside a test or a hook.');
      return browser;
    },
    async page(options = {}) {
      const key = JSON.stringify(options);
      let context = contexts.get(key);
      if (!context) {
        context = e2e.browser.newContext(options);
        contexts.set(key, context);
      }
      return (await context).newPage();
    },
  };
  return e2e;
}
