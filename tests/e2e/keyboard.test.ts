import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { locales } from '../../src/i18n/locales';
import { t } from '../../src/i18n/t';
import { navigation } from '../../src/lib/navigation';
import { localizedUrls } from '../../src/lib/urls';

/* Journeys made with the keyboard alone; at every stop the focus must be visible. */
const e2e = useBrowser();

interface Stop {
  text: string;
  tag: string;
  visible: boolean;
  href: string;
}

/** Presses Tab and describes where the focus landed, and whether it can be seen there. */
async function tab(page: Page, key = 'Tab'): Promise<Stop> {
  await page.keyboard.press(key);
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const ring = style.boxShadow !== 'none' || (style.outlineStyle !== 'none' && style.outlineWidth !== '0px');
    return { text: (el.textContent ?? '').trim().replace(/\s+/g, ' '), tag: el.tagName, visible: ring, href: (el as HTMLAnchorElement).href ?? '' };
  });
}

describe('keyboard journeys', () => {
  it('skip link: the first Tab shows it, Enter moves to the main content', async () => {
    const page = await e2e.page();
    await page.goto(`${e2e.baseUrl}/chi-siamo/`);
    const first = await tab(page);
    expect(first).toMatchObject({ text: 'Vai al contenuto principale', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenuto');
    await page.close();
  });

  it('mobile menu: opens with Enter, its links follow, Escape closes it and returns the focus', async () => {
    const page = await e2e.page({ viewport: { width: 375, height: 740 } });
    await page.goto(`${e2e.baseUrl}/`);
    const panel = page.locator('#site-nav-panel');
    expect(await panel.isVisible()).toBe(false);
    let stop = await tab(page);
    for (let i = 0; i < 10 && stop.text !== 'Menu'; i += 1) stop = await tab(page);
    expect(stop).toMatchObject({ text: 'Menu', visible: true });
    await page.keyboard.press('Enter');
    expect(await panel.isVisible()).toBe(true);
    const close = await tab(page);
    expect(close).toMatchObject({ text: 'Chiudi il menu', visible: true });
    const link = await tab(page);
    expect(link).toMatchObject({ text: 'La rete', visible: true });
    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Menu');
    // and the close button closes it too
    await page.keyboard.press('Enter');
    await tab(page);
    await page.keyboard.press('Enter');
    expect(await panel.isVisible()).toBe(false);
    await page.close();
  });

  it('member contacts: from the network page to a member and its contact details', async () => {
    const page = await e2e.page();
    await page.goto(`${e2e.baseUrl}/rete/`);
    let stop = await tab(page);
    for (let i = 0; i < 40 && !stop.href.endsWith('/rete/consorzio-sir/'); i += 1) stop = await tab(page);
    expect(stop.visible).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/rete/consorzio-sir/');
    const inContacts = () => page.evaluate(() => !!document.activeElement?.closest('.member__facts'));
    for (let i = 0; i < 40 && !(await inContacts()); i += 1) stop = await tab(page);
    expect(await inContacts()).toBe(true);
    // No member has published a contact yet, nor has the network on this test build: the section
    // says so and links to the network's contact page.
    expect(stop).toMatchObject({ text: 'Come contattare la rete', visible: true });
    expect(await page.locator('.member__facts').textContent()).toContain('Questa organizzazione non ha ancora pubblicato i suoi contatti.');
    expect(await page.locator('.member__facts [data-contact-pending]').textContent()).toContain('I contatti della rete non sono ancora pubblicati');
    await page.close();
  });

  it.each(['/', '/servizi/data-entry/', '/cerca/?q=pulizie', '/servizi/'])(
    'moves through every stop of %s with a visible focus, and never gets trapped',
    async (path) => {
      const page = await e2e.page();
      await page.goto(e2e.baseUrl + path);
      await page.waitForLoadState('networkidle');
      const count = await page.evaluate(
        () =>
          [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')].filter(
            (el) => el.offsetParent !== null || el.getClientRects().length > 0,
          ).length,
      );
      const seen: Stop[] = [];
      for (let i = 0; i < count + 3; i += 1) {
        const stop = await tab(page);
        if (stop.tag === 'BODY') break;
        seen.push(stop);
      }
      expect(seen.filter((stop) => !stop.visible).map((stop) => stop.text)).toEqual([]);
      // Tab from the last stop leaves the page instead of looping inside a widget.
      expect(seen.length).toBeGreaterThan(5);
      expect(seen.length).toBeLessThanOrEqual(count + 1);
      await page.close();
    },
  );
});

describe('keyboard navigation', () => {
  it('reaches the skip link first, and the skip link moves focus to the main content', async () => {
    const page = await e2e.page();
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
    const page = await e2e.page({ viewport: { width: 1280, height: 800 } });
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
