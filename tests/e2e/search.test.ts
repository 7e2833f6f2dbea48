import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeViolations, runAxe } from '../support/axe';
import { launchChromium } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function openPage(path: string, options: { bypassCSP?: boolean } = {}): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: options.bypassCSP ?? false });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(baseUrl + path);
  return { page, requests };
}

/** The number of results the page announces. */
async function resultCount(page: Page): Promise<number> {
  const status = await page.locator('[data-search-status]').textContent();
  return Number(/^(\d+) risultat/.exec(status ?? '')?.[1] ?? 0);
}

async function resultUrls(page: Page): Promise<string[]> {
  await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/risultat|Nessun/);
  return page.locator('.search__result h3 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search queries', () => {
  // Each row: what an HR manager types, and a page that must be among the first results.
  it.each([
    // stemming: the singular finds the plural and back
    ['pulizia', '/servizi/pulizia-uffici/', 5],
    ['manutenzioni', '/servizi/piccole-manutenzioni/', 5],
    ['manutenzione', '/servizi/piccole-manutenzioni/', 5],
    // the company's own words
    ['data entry', '/servizi/data-entry/', 3],
    ['pulizie Monza', '/servizi/pulizia-uffici/', 6],
    // accents typed or not
    ['qualità dei dati', '/servizi/data-entry/', 5],
    ['qualita dei dati', '/servizi/data-entry/', 5],
    // a provider's name
    ['Consorzio SiR', '/rete/consorzio-sir/', 1],
    // a category name
    ['Logistica e magazzino', '/servizi/categoria/logistica/', 3],
    // a story and an event
    ['Out of the blue', '/storie/out-of-the-blue/', 1],
    ['convegno Università Cattolica', '/notizie/convegno-nuovi-spazi-di-economia-civile/', 2],
  ])('returns for «%s» the page %s among the first %i results', async (query, expected, top) => {
    const { page } = await openPage(`/cerca/?q=${encodeURIComponent(query)}`);
    const urls = await resultUrls(page);
    expect(urls.slice(0, top), urls.join('\n')).toContain(expected);
    await page.context().close();
  });

  it('never returns the 404 page, the search page or the admin', async () => {
    const { page } = await openPage(`/cerca/?q=${encodeURIComponent('pagina non trovata redazione cerca')}`);
    const urls = await resultUrls(page);
    expect(urls.filter((url) => /404|\/cerca\/|\/admin\//.test(url))).toEqual([]);
    await page.context().close();
  });

  it('marks the matched words in the excerpt', async () => {
    const { page } = await openPage('/cerca/?q=sanificazione');
    await resultUrls(page);
    expect(await page.locator('.search__result mark').first().textContent()).toMatch(/sanificazion/i);
    await page.context().close();
  });
});

describe('filters on /cerca/', () => {
  it('narrow the results, OR within a facet and AND across facets, with counts', async () => {
    const { page } = await openPage('/cerca/?q=pulizia');
    await resultUrls(page);
    const all = await resultCount(page);
    await page.getByRole('checkbox', { name: /^Servizi \(\d+\)/ }).check();
    await expect.poll(() => page.url()).toContain('tipo=servizio');
    await expect.poll(() => resultCount(page)).toBeLessThan(all);
    expect((await resultUrls(page)).every((url) => url.startsWith('/servizi/'))).toBe(true);

    await page.getByRole('checkbox', { name: /^Pulizie e sanificazione/ }).check();
    await expect.poll(() => resultCount(page)).toBe(5);
    await page.getByRole('checkbox', { name: /^Verde e ambiente/ }).check();
    await expect.poll(() => resultCount(page)).toBeGreaterThan(5);
    // the count of a value says what ticking it gives
    expect(await page.getByRole('checkbox', { name: /^Pulizie e sanificazione/ }).getAttribute('name')).toBe('categoria');
    expect(await page.locator('#cerca-categoria-pulizie + label [data-count]').textContent()).toBe('(5)');
    await page.context().close();
  });

  it('can be browsed with no query at all', async () => {
    const { page } = await openPage('/cerca/?categoria=logistica');
    const urls = await resultUrls(page);
    expect(urls.length).toBe(4);
    expect(urls.every((url) => url.startsWith('/servizi/'))).toBe(true);
    await page.context().close();
  });

  it('restores a view from its URL, and the back button restores the previous one', async () => {
    const { page } = await openPage('/cerca/?q=pulizie&categoria=pulizie');
    expect(await page.getByLabel('Cosa cerchi?').inputValue()).toBe('pulizie');
    expect(await page.getByRole('checkbox', { name: /^Pulizie e sanificazione/ }).isChecked()).toBe(true);
    const first = await resultUrls(page);
    await page.getByRole('checkbox', { name: /^Pulizie e sanificazione/ }).uncheck();
    await expect.poll(() => page.url()).not.toContain('categoria=');
    await page.goBack();
    await expect.poll(() => page.url()).toContain('categoria=pulizie');
    expect(await page.getByRole('checkbox', { name: /^Pulizie e sanificazione/ }).isChecked()).toBe(true);
    expect(await resultUrls(page)).toEqual(first);
    await page.context().close();
  });
});

describe('searching by keyboard only', () => {
  it('types a query, reaches a result and opens it', async () => {
    const { page } = await openPage('/cerca/');
    await page.getByLabel('Cosa cerchi?').focus();
    await page.keyboard.type('data entry');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-results-title');
    expect(await page.locator('[data-search-status]').getAttribute('role')).toBe('status');
    let focused = '';
    for (let i = 0; i < 5 && !focused.includes('/servizi/data-entry/'); i += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
    }
    expect(focused).toContain('/servizi/data-entry/');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/servizi/data-entry/');
    await page.context().close();
  });

  it('works from the header search form on any page', async () => {
    const { page } = await openPage('/storie/out-of-the-blue/');
    await page.getByRole('searchbox', { name: 'Cerca nel sito' }).first().fill('verde');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/cerca/?q=verde');
    expect(await resultUrls(page)).toContain('/servizi/manutenzione-del-verde/');
    await page.context().close();
  });
});

describe('the service finder on /servizi/', () => {
  it('filters the catalogue instantly and keeps the state in the URL', async () => {
    const { page } = await openPage('/servizi/');
    const visible = () => page.locator('[data-facets]:visible').count();
    expect(await visible()).toBeGreaterThan(45);
    await page.getByRole('checkbox', { name: /^Logistica e magazzino/ }).check();
    await expect.poll(visible).toBe(4);
    await expect.poll(() => page.url()).toContain('categoria=logistica');
    await page.getByRole('checkbox', { name: /^Enti pubblici/ }).check();
    await expect.poll(visible).toBe(2);
    expect(await page.locator('[data-finder-status]').textContent()).toBe('2 servizi');
    await page.goBack();
    await expect.poll(visible).toBe(4);
    await page.context().close();
  });

  it('restores a filtered view from its URL', async () => {
    const { page } = await openPage('/servizi/?art14=no');
    await expect.poll(() => page.locator('[data-facets]:visible').count()).toBe(8);
    await page.context().close();
  });

  it('leads from a need in the company’s words to its category', async () => {
    const { page } = await openPage('/servizi/');
    await page.getByRole('link', { name: 'Inserire dati, digitalizzare e archiviare documenti' }).click();
    await page.waitForURL('**/servizi/categoria/amministrativi/');
    await page.context().close();
  });
});

describe('accessibility and privacy of search', () => {
  it('has no axe violation on /cerca/ with results and filters', async () => {
    const { page } = await openPage('/cerca/?q=pulizie&tipo=servizio', { bypassCSP: true });
    await resultUrls(page);
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.context().close();
  });

  it('has no axe violation on /servizi/ with filters applied', async () => {
    const { page } = await openPage('/servizi/?territorio=MB&art14=si', { bypassCSP: true });
    await expect.poll(() => page.locator('[data-finder-status]').textContent()).toMatch(/servizi/);
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.context().close();
  });

  it('fetches the index from the site itself and nothing from elsewhere', async () => {
    const { page, requests } = await openPage('/cerca/?q=pulizie');
    await resultUrls(page);
    expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
    expect(requests.filter((url) => !url.startsWith(baseUrl))).toEqual([]);
    await page.context().close();
  });

  it('loads no search code on a page until search is used', async () => {
    const { page, requests } = await openPage('/servizi/data-entry/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/') || url.endsWith('.js'))).toEqual([]);
    await page.context().close();
  });

  it('loads nothing of the index on /cerca/ until the visitor searches', async () => {
    const { page, requests } = await openPage('/cerca/');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-search-status]').textContent()).toBe('Scrivi cosa cerchi o scegli un filtro.');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.getByRole('checkbox', { name: /^Verde e ambiente/ }).check();
    await expect.poll(() => requests.some((url) => url.includes('/pagefind/'))).toBe(true);
    await page.context().close();
  });

  it('shows the filters only when the page can use them', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/cerca/`);
    expect(await page.locator('[data-search-filters]').isVisible()).toBe(false);
    expect(await page.locator('[data-search-nojs]').isVisible()).toBe(true);
    await page.goto(`${baseUrl}/servizi/`);
    expect(await page.locator('[data-finder-form]').isVisible()).toBe(false);
    expect(await page.locator('[data-facets]').count()).toBeGreaterThan(45);
    await context.close();
  });
});
