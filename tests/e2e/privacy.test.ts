import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';

/*
 * Every page type, loaded and used in Chromium with every request intercepted: nothing may leave
 * the site's origin, no cookie may be set, and nothing may be written to the browser's storage.
 */
const e2e = useBrowser();

const pageTypes = [
  '/',
  '/rete/',
  '/rete/alveare/',
  '/servizi/',
  '/servizi/data-entry/',
  '/servizi/categoria/pulizie/',
  '/servizi/territorio/mi/',
  '/storie/',
  '/storie/out-of-the-blue/',
  '/notizie/',
  '/notizie/convegno-nuovi-spazi-di-economia-civile/',
  '/aziende/',
  '/aziende/calcolatore/',
  '/aziende/richiesta/?servizi=data-entry',
  '/chi-siamo/',
  '/contatti/',
  '/partner/',
  '/privacy/',
  '/facile/',
  '/facile/cos-e-job-placement-network/',
  '/cerca/?q=pulizie&tipo=servizio',
  '/pagina-inesistente/',
  // The English pages that differ from their Italian twin in what they load: the calculator, the request, the search.
  '/en/',
  '/en/companies/calculator/',
  '/en/companies/request/?servizi=data-entry',
  '/en/search/?q=cleaning',
  '/en/page-that-does-not-exist/',
];

/**
 * One context for every check, its requests routed: whatever leaves the site's origin is
 * refused and recorded. Routing also turns the context's cache off, so every request passes
 * here. Cookies, storage and the record are the context's: whatever one page left or asked for
 * fails every later check too, never none.
 */
let context: BrowserContext;
const foreign: string[] = [];
beforeAll(async () => {
  context = await e2e.browser.newContext();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(e2e.baseUrl) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
});

// Several pages at once: most of a check is waiting for the network to go quiet.
describe.concurrent.each(pageTypes)('privacy of %s', (path) => {
  it('requests nothing from another origin, sets no cookie and stores nothing', async () => {
    const page = await context.newPage();
    await page.goto(e2e.baseUrl + path);
    await page.waitForLoadState('networkidle');
    // Use the page a little: the search box, the filters, the menu.
    await page.getByRole('searchbox').first().fill('verde');
    const box = page.locator('input[type="checkbox"]').first();
    if (await box.isVisible()) await box.check();
    await page.waitForLoadState('networkidle');
    const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(storage).toEqual({ local: 0, session: 0, cookie: '' });
    await page.close();
  });
});
