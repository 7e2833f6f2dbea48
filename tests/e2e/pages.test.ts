import { describe, expect, it } from 'vitest';
import { describeViolations, preloadAxe, runAxe } from '../support/axe';
import { useBrowser } from '../support/browser';
import { locales } from '../../src/i18n/locales';
import { t } from '../../src/i18n/t';
import { navigation } from '../../src/lib/navigation';
import { localizedUrls, pathInLanguage } from '../../src/lib/urls';

const e2e = useBrowser();

// The home page and one page of each type.
const samples = [
  '/',
  '/rete/',
  '/rete/alveare/',
  '/servizi/',
  '/servizi/data-entry/',
  '/servizi/categoria/pulizie/',
  '/servizi/territorio/mb/',
  '/storie/',
  '/storie/out-of-the-blue/',
  '/notizie/',
  '/notizie/convegno-nuovi-spazi-di-economia-civile/',
  '/aziende/',
  '/chi-siamo/',
  '/contatti/',
  '/partner/',
  '/accessibilita/',
  '/facile/',
  '/facile/accessibilita/',
  '/privacy/',
  '/pagina-che-non-esiste/',
];
// A few in English too (axe sweeps every English page of the sitemap in accessibility.test.ts).
samples.push(...['/', '/servizi/data-entry/', '/glossario/', '/pagina-che-non-esiste/'].flatMap((path) => pathInLanguage(path, 'en') ?? []));

// Each page in a context of its own, several at once.
describe.concurrent.each(samples)('page %s in Chromium', (path) => {
  it('loads with no console errors and no WCAG 2.2 A/AA violation', async () => {
    const context = await e2e.browser.newContext({ bypassCSP: true });
    await preloadAxe(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      // The 404 page is expected to answer 404; anything else in the console is a bug.
      if (message.type() === 'error' && !(path.includes('non-esiste') && message.text().includes('404'))) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(e2e.baseUrl + path);
    expect(response?.status()).toBe(path.includes('non-esiste') ? 404 : 200);
    const violations = await runAxe(page);
    expect(errors).toEqual([]);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });
});

describe('keyboard navigation', () => {
  it('reaches the skip link first, and the skip link moves focus to the main content', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.baseUrl}/servizi/data-entry/`);
    await page.keyboard.press('Tab');
    const first = page.locator(':focus');
    await expect.poll(() => first.textContent()).toBe('Vai al contenuto principale');
    expect(await first.evaluate((el) => getComputedStyle(el).getPropertyValue('inset-block-start'))).not.toBe('-160px');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('contenuto');
    await page.close();
  });

  it.each(locales)('reaches every item of the main menu by Tab, with a visible focus style (%s)', async (locale) => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${e2e.baseUrl}${localizedUrls(locale).home()}`);
    const menuLabel = t('nav.accessibleLabel', {}, locale);
    const reached: string[] = [];
    // Tab through the header until the focus has entered the menu and left it again.
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate((label) => {
        const el = document.activeElement as HTMLElement | null;
        if (!el?.closest(`nav[aria-label="${label}"]`)) return null;
        const style = getComputedStyle(el);
        return {
          text: el.textContent?.trim() ?? '',
          visible: style.boxShadow !== 'none' || style.outlineStyle !== 'none' || style.backgroundColor !== 'rgba(0, 0, 0, 0)',
        };
      }, menuLabel);
      if (focused) {
        expect(focused.visible, focused.text).toBe(true);
        reached.push(focused.text);
      } else if (reached.length > 0) break;
    }
    expect(reached).toEqual(navigation(locale).mainMenu.map((link) => t(link.key, {}, locale)));
    await page.close();
  });
});
