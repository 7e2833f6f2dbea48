import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { describeViolations, runAxe } from '../support/axe';
import { gzipBytes, pageScripts } from '../support/budgets';
import { useBrowser } from '../support/browser';
import { readPage } from '../support/dist';

const distDir = inject('distDir');
const e2e = useBrowser();

/**
 * Loads a URL in a page kept from test to test, one per set of options: loading another URL in a
 * page costs less than opening a page. For tests that read and use the page, not its requests.
 */
const keptPages = new Map<string, Page>();
async function openPage(path: string, options: { bypassCSP?: boolean; width?: number } = {}): Promise<{ page: Page }> {
  const contextOptions = { viewport: { width: options.width ?? 1280, height: 900 }, bypassCSP: options.bypassCSP ?? false };
  const key = JSON.stringify(contextOptions);
  let page = keptPages.get(key);
  if (!page || page.isClosed()) {
    page = await e2e.page(contextOptions);
    keptPages.set(key, page);
  }
  await page.goto(e2e.baseUrl + path);
  return { page };
}

/** Opens a page in a context of its own, whose cold cache lets every request the page makes be seen. */
async function watchPage(path: string): Promise<{ page: Page; requests: string[] }> {
  const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(e2e.baseUrl + path);
  return { page, requests };
}

/** The number of results the page announces. */
async function resultCount(page: Page): Promise<number> {
  const status = await page.locator('[data-search-status]').textContent();
  return Number(/^(\d+) risultat/.exec(status ?? '')?.[1] ?? 0);
}

/** The paths of the results shown, in their order. */
function shownResults(page: Page): Promise<string[]> {
  return page.locator('.search__result h3 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The results, once the page has announced them. */
async function resultUrls(page: Page): Promise<string[]> {
  await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/risultat|Nessun/);
  return shownResults(page);
}

/**
 * One search page per language for the queries that only read results: each query is typed into
 * its field and sent, as a visitor does. Loading the page and Pagefind again for every query cost
 * five times as much. Waits for the status to name this query, so no earlier results are read.
 */
const searchPages = new Map<string, Page>();
async function typedQuery(query: string, path = '/cerca/'): Promise<string[]> {
  let page = searchPages.get(path);
  if (!page) {
    page = await e2e.page({ viewport: { width: 1280, height: 900 } });
    await page.goto(e2e.baseUrl + path);
    searchPages.set(path, page);
  }
  const field = page.locator('input[name="q"]');
  await field.fill(query);
  await field.press('Enter');
  const status = page.locator('[data-search-status]');
  // «…» in Italian, “…” in English.
  await expect.poll(async () => ((await status.textContent()) ?? '').replace(/[«“]/g, '<').replace(/[»”]/g, '>'), { timeout: 15_000 }).toContain(`<${query}>`);
  return shownResults(page);
}

/**
 * The words Pagefind indexed for a page: its main content, without what it ignores. A stemmed or
 * accented query proves something only if the page lacks the form typed.
 */
function indexedText(path: string): string {
  const page = readPage(join(distDir, path, 'index.html'));
  const body = page.querySelector('[data-pagefind-body]');
  for (const ignored of body?.querySelectorAll('[data-pagefind-ignore]') ?? []) ignored.remove();
  return body?.text ?? '';
}
const hasWord = (text: string, word: string) => new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu').test(text);

describe('search queries', () => {
  /*
   * Each row: what an HR manager types, and a page that must be among the first results. For
   * stemmed and accented queries, `typed` is a word of the query that the page never uses and
   * `indexed` the form it uses instead: only stemming or accent folding can lead from one to the
   * other, and the test checks the built page to be sure.
   */
  it.each([
    // stemming: the singular finds a page that has only the plural, and back
    { query: 'vetrata', page: '/servizi/pulizia-vetri/', top: 1, typed: 'vetrata', indexed: 'vetrate' },
    { query: 'riparazione', page: '/servizi/piccole-manutenzioni/', top: 1, typed: 'riparazione', indexed: 'riparazioni' },
    { query: 'inventario', page: '/servizi/gestione-magazzino/', top: 1, typed: 'inventario', indexed: 'inventari' },
    { query: 'potatura', page: '/servizi/manutenzione-del-verde/', top: 1, typed: 'potatura', indexed: 'potature' },
    { query: 'pulizia', page: '/servizi/categoria/pulizie/', top: 3, typed: 'pulizia', indexed: 'pulizie' },
    // the plural finds the singular; «verde» only narrows
    { query: 'manutenzioni verde', page: '/servizi/manutenzione-del-verde/', top: 1, typed: 'manutenzioni', indexed: 'manutenzione' },
    // typed without the accent, found with it
    { query: 'universita', page: '/notizie/convegno-nuovi-spazi-di-economia-civile/', top: 3, typed: 'universita', indexed: 'università' },
    // the company's own words
    { query: 'data entry', page: '/servizi/data-entry/', top: 3 },
    { query: 'pulizie Monza', page: '/servizi/pulizia-uffici/', top: 6 },
    // a provider's name
    { query: 'Consorzio SiR', page: '/rete/consorzio-sir/', top: 1 },
    // a category's name finds its list
    { query: 'Logistica e magazzino', page: '/servizi/categoria/logistica/', top: 3 },
    // a story and an event
    { query: 'Out of the blue', page: '/storie/out-of-the-blue/', top: 1 },
    { query: 'convegno Università Cattolica', page: '/notizie/convegno-nuovi-spazi-di-economia-civile/', top: 2 },
  ])('returns for «$query» the page $page among the first $top results', async ({ query, page: expected, top, typed, indexed }) => {
    if (typed && indexed) {
      const text = indexedText(expected);
      expect(hasWord(text, typed), `${expected} should not say «${typed}»`).toBe(false);
      expect(hasWord(text, indexed), `${expected} should say «${indexed}»`).toBe(true);
    }
    const urls = await typedQuery(query);
    expect(urls.slice(0, top), urls.join('\n')).toContain(expected);
  });

  it('never returns the 404 page, the search page or the admin', async () => {
    // The words of the 404 page's title, of the search page and of the admin: each finds other pages, never those.
    for (const query of ['pagina non trovata', 'cerca', 'redazione']) {
      const urls = await typedQuery(query);
      expect(urls.length, query).toBeGreaterThan(0);
      expect(urls.filter((url) => /404|\/cerca\/|\/admin\//.test(url))).toEqual([]);
    }
  });

  it('marks the matched words in the excerpt', async () => {
    const { page } = await openPage('/cerca/?q=sanificazione');
    await resultUrls(page);
    expect(await page.locator('.search__result mark').first().textContent()).toMatch(/sanificazion/i);
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
  });

  it('can be browsed with no query at all', async () => {
    const { page } = await openPage('/cerca/?categoria=logistica');
    const urls = await resultUrls(page);
    expect(urls.length).toBe(4);
    expect(urls.every((url) => url.startsWith('/servizi/'))).toBe(true);
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
  });
});

describe('results, order and filters on /cerca/', () => {
  it('labels a list as a list, and shows a story with its date and its image', async () => {
    const { page } = await openPage(`/cerca/?q=${encodeURIComponent('Logistica e magazzino')}`);
    await resultUrls(page);
    const list = page.locator('.search__result', { has: page.locator('a[href="/servizi/categoria/logistica/"]') });
    expect(await list.locator('.search__result-meta').first().textContent()).toBe('Elenco');
    // a service sheet nobody has confirmed is marked in its result; a list is not
    const sheet = page.locator('.search__result', { has: page.locator('a[href="/servizi/gestione-magazzino/"]') });
    expect(await sheet.locator('.search__result-meta').textContent()).toBe('Scheda da verificare Servizio');
    expect(await list.locator('.badge--warning').count()).toBe(0);
    await page.goto(`${e2e.baseUrl}/cerca/?q=${encodeURIComponent('Out of the blue')}`);
    await resultUrls(page);
    const story = page.locator('.search__result', { has: page.locator('a[href="/storie/out-of-the-blue/"]') });
    expect(await story.locator('.search__result-meta').textContent()).toBe('Storia · 28 ottobre 2025');
    expect(await story.locator('time').getAttribute('datetime')).toBe('2025-10-28');
    expect(await story.locator('.search__result-summary').textContent()).toMatch(/^Out of the blue .*Ha curato tutta la comunicazione/);
    expect(await story.getByRole('img').getAttribute('alt')).toMatch(/onde blu/i);
  });

  it('sorts from A to Z or newest first, keeps the order in the URL and announces it', async () => {
    const { page } = await openPage('/cerca/?q=pulizia');
    await resultUrls(page);
    const count = await resultCount(page);
    await page.getByLabel('Ordina').selectOption({ label: 'Titolo, dalla A alla Z' });
    await expect.poll(() => page.url()).toContain('ordine=titolo');
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/In ordine alfabetico\.$/);
    const titles = await page.locator('.search__result-title a').allTextContents();
    const fold = (title: string) => title.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    expect(titles.map(fold)).toEqual([...titles.map(fold)].sort());
    // Sorting arranges the same results: it drops none.
    expect(await resultCount(page)).toBe(count);
    await page.goBack();
    await expect.poll(() => page.getByLabel('Ordina').inputValue()).toBe('pertinenza');

    await page.goto(`${e2e.baseUrl}/cerca/?q=${encodeURIComponent('rete cooperative')}&ordine=recenti`);
    expect(await page.getByLabel('Ordina').inputValue()).toBe('recenti');
    await resultUrls(page);
    const dates = await page.locator('.search__result time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(await page.locator('.search__result').first().locator('time').count()).toBe(1);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('puts the results one step from the field on a phone, the filters behind a disclosure', async () => {
    const { page } = await openPage('/cerca/?q=pulizie&territorio=MB', { width: 320 });
    await resultUrls(page);
    const filters = page.locator('[data-search-filters]');
    expect(await filters.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await filters.locator('summary').textContent()).toMatch(/Filtra i risultati \(1 attivo\)/);
    // From the field: the button, the filters' summary, the order, then the results.
    await page.getByLabel('Cosa cerchi?').focus();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-sort');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.search__result') !== null)).toBe(true);
    // Opened, the filters work as on a wide screen.
    await filters.locator('summary').click();
    expect(await page.getByRole('checkbox', { name: /^Monza e Brianza/ }).isChecked()).toBe(true);
    const wide = await openPage('/cerca/?q=pulizie');
    expect(await wide.page.locator('[data-search-filters]').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
  });

  it('gives /cerca/ side margins at every width', async () => {
    for (const width of [320, 1280]) {
      const { page } = await openPage('/cerca/', { width });
      const box = await page.locator('jpn-search').boundingBox();
      expect(box?.x, `left margin at ${width} px`).toBeGreaterThanOrEqual(16);
      expect(width - ((box?.x ?? 0) + (box?.width ?? 0)), `right margin at ${width} px`).toBeGreaterThanOrEqual(16);
    }
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
  });

  it('works from the header search form on any page', async () => {
    const { page } = await openPage('/storie/out-of-the-blue/');
    await page.getByRole('searchbox', { name: 'Cerca nel sito' }).first().fill('verde');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/cerca/?q=verde');
    expect(await resultUrls(page)).toContain('/servizi/manutenzione-del-verde/');
  });
});

describe('the search in the header', () => {
  const field = (page: Page) => page.getByRole('searchbox', { name: 'Cerca nel sito' });
  const panel = (page: Page) => page.getByRole('region', { name: 'Risultati della ricerca' });
  const activeHref = (page: Page) => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '');

  it('costs a page one inline loader under 1 kB gzipped, and fetches nothing before the field is used', async () => {
    // Structured data (application/ld+json) is data, not code: pageScripts leaves it out.
    const { external, inline } = pageScripts(readPage(join(distDir, 'storie/out-of-the-blue/index.html')));
    expect(external).toEqual([]);
    expect(inline).toHaveLength(1);
    const loader = inline[0] ?? '';
    console.info(`header search loader: ${Buffer.byteLength(loader)} bytes, ${gzipBytes(loader)} gzipped`);
    expect(gzipBytes(loader)).toBeLessThanOrEqual(1024);

    const { page, requests } = await watchPage('/storie/out-of-the-blue/');
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(300);
    expect(requests.filter((url) => url.includes('/pagefind/') || url.endsWith('.js'))).toEqual([]);
    await field(page).focus();
    // On focus the in-place search loads, and Pagefind with it, while the visitor types.
    await expect.poll(() => requests.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
    expect(requests.filter((url) => !url.startsWith(e2e.baseUrl))).toEqual([]);
    await page.context().close();
  });

  it('opens results in place by keyboard: type, reach a result, open it', async () => {
    const { page } = await openPage('/storie/out-of-the-blue/');
    // Tab from the top of the page: skip link, home link, then the search field.
    for (let i = 0; i < 5 && !(await field(page).evaluate((input) => input === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    await expect.poll(() => field(page).evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('vetrata');
    await expect.poll(() => panel(page).isVisible()).toBe(true);
    await expect.poll(() => panel(page).getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/^\d+ risultat[oi] per «vetrata»$/);
    expect(await panel(page).getByRole('link', { name: 'Vedi tutti i risultati' }).getAttribute('href')).toBe('/cerca/?q=vetrata');
    // From the field, Tab goes through the search button to the first result.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await activeHref(page)).toBe('/servizi/pulizia-vetri/');
    // the sheet is unconfirmed, and its result says so in the panel too
    expect(
      await panel(page)
        .locator('.search__result', { has: page.locator('a[href="/servizi/pulizia-vetri/"]') })
        .locator('.badge--warning')
        .textContent(),
    ).toBe('Scheda da verificare');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/servizi/pulizia-vetri/');
  });

  it('closes with Escape, back in the field with the words kept, and when focus leaves it', async () => {
    const { page } = await openPage('/servizi/data-entry/');
    await field(page).focus();
    await page.keyboard.type('verde');
    await expect.poll(() => panel(page).getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/risultati per «verde»/);
    await page.keyboard.press('ArrowDown');
    expect(await activeHref(page)).toMatch(/^\//);
    await page.keyboard.press('Escape');
    expect(await panel(page).isVisible()).toBe(false);
    expect(await field(page).evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await field(page).inputValue()).toBe('verde');
    // Typing again reopens it; tabbing past its last link closes it, without holding focus.
    await page.keyboard.type(' aree');
    await expect.poll(() => panel(page).isVisible()).toBe(true);
    // Count the links of the new results, not of the ones still showing while the search runs.
    await expect.poll(() => panel(page).getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/«verde aree»/);
    const links = await panel(page).getByRole('link').count();
    for (let i = 0; i < links + 2; i += 1) await page.keyboard.press('Tab');
    await expect.poll(() => panel(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-header-search]'))).toBeNull();
  });

  it('works at 320 px, and has no axe violation with the panel open', async () => {
    for (const width of [320, 1280]) {
      const { page } = await openPage('/storie/out-of-the-blue/', { bypassCSP: true, width });
      await field(page).fill('pulizie');
      await expect.poll(() => panel(page).getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/risultati per «pulizie»/);
      const box = await panel(page).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width, `panel inside the viewport at ${width} px`).toBe(true);
      const violations = await runAxe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    }
  });

  it('stays a plain form to /cerca/ without JavaScript', async () => {
    const page = await e2e.page({ javaScriptEnabled: false });
    await page.goto(`${e2e.baseUrl}/storie/out-of-the-blue/`);
    await field(page).fill('verde');
    await field(page).press('Enter');
    await page.waitForURL('**/cerca/?q=verde');
    await page.close();
  });

  it('gives way to the page search on /cerca/: one search landmark, one field', async () => {
    const { page } = await openPage('/cerca/');
    expect(await page.getByRole('search').count()).toBe(1);
    expect(await page.locator('input[name="q"]').count()).toBe(1);
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
  });

  it('restores a filtered view from its URL', async () => {
    const { page } = await openPage('/servizi/?art14=no');
    await expect.poll(() => page.locator('[data-facets]:visible').count()).toBe(8);
  });

  it('leads from a need in the company’s words to its category', async () => {
    const { page } = await openPage('/servizi/');
    await page.getByRole('link', { name: 'Inserire dati, digitalizzare e archiviare documenti' }).click();
    await page.waitForURL('**/servizi/categoria/amministrativi/');
  });
});

describe('accessibility and privacy of search', () => {
  it('has no axe violation on /cerca/ with results and filters', async () => {
    const { page } = await openPage('/cerca/?q=pulizie&tipo=servizio&ordine=titolo', { bypassCSP: true });
    await resultUrls(page);
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('has no axe violation on /servizi/ with filters applied', async () => {
    const { page } = await openPage('/servizi/?territorio=MB&art14=si', { bypassCSP: true });
    await expect.poll(() => page.locator('[data-finder-status]').textContent()).toMatch(/servizi/);
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('fetches the index from the site itself and nothing from elsewhere', async () => {
    const { page, requests } = await watchPage('/cerca/?q=pulizie');
    await resultUrls(page);
    expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
    expect(requests.filter((url) => !url.startsWith(e2e.baseUrl))).toEqual([]);
    await page.context().close();
  });

  it('loads nothing of the index on /cerca/ until the visitor searches', async () => {
    const { page, requests } = await watchPage('/cerca/');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-search-status]').textContent()).toBe('Scrivi cosa cerchi o scegli un filtro.');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.getByRole('checkbox', { name: /^Verde e ambiente/ }).check();
    await expect.poll(() => requests.some((url) => url.includes('/pagefind/'))).toBe(true);
    await page.context().close();
  });

  it('shows the filters only when the page can use them', async () => {
    const page = await e2e.page({ javaScriptEnabled: false });
    await page.goto(`${e2e.baseUrl}/cerca/`);
    expect(await page.locator('[data-search-filters]').isVisible()).toBe(false);
    expect(await page.locator('[data-search-nojs]').isVisible()).toBe(true);
    await page.goto(`${e2e.baseUrl}/servizi/`);
    expect(await page.locator('[data-finder-form]').isVisible()).toBe(false);
    expect(await page.locator('[data-facets]').count()).toBeGreaterThan(45);
    await page.close();
  });
});

describe('search in English', () => {
  it.each([
    // English words, stemmed the English way: «cleaners» finds the page that says «cleaning»
    { query: 'office cleaning', page: '/en/services/pulizia-uffici/', top: 3 },
    { query: 'warehouse', page: '/en/services/gestione-magazzino/', top: 3 },
    { query: 'gardens', page: '/en/services/manutenzione-del-verde/', top: 3 },
    { query: 'Out of the blue', page: '/en/stories/out-of-the-blue/', top: 1 },
    { query: 'conference', page: '/en/news/convegno-nuovi-spazi-di-economia-civile/', top: 3 },
  ])('finds for «$query» the English page $page among the first $top, and only English pages', async ({ query, page: expected, top }) => {
    const urls = await typedQuery(query, '/en/search/');
    expect(urls.slice(0, top), urls.join('\n')).toContain(expected);
    for (const url of urls) expect(url).toMatch(/^\/en\//);
  });

  it('speaks English on /en/search/: status, filters and an empty result', async () => {
    const { page } = await openPage(`/en/search/?q=${encodeURIComponent('zzzzqqq')}`);
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/^No results/);
    expect(await page.locator('.facets legend, fieldset legend').first().textContent()).not.toMatch(/Tipo|Categoria/);
  });

  it('keeps the Italian search Italian: an Italian page finds Italian pages only', async () => {
    const urls = await typedQuery('Out of the blue');
    expect(urls[0]).toBe('/storie/out-of-the-blue/');
    for (const url of urls) expect(url).not.toMatch(/^\/en\//);
  });

  it('searches the English index from the header of an English page', async () => {
    const { page } = await openPage('/en/');
    await page.locator('[data-header-search-input]').fill('cleaning');
    await page.locator('.header-search a[href^="/en/"]').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.header-search a[href^="/servizi/"]').count()).toBe(0);
  });
});
