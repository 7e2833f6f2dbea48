import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/t';
import { urls } from '../../src/lib/urls';
import { useBrowser } from '../support/browser';

/*
 * An easy-to-read page as a reader meets it (Inclusion Europe, «Information for all»): large type
 * with wide line spacing, never justified, one idea per row with its drawing on the left, above it
 * on a phone; and the header's «Facile da leggere», reached by keyboard at every width.
 */
const e2e = useBrowser();
const { baseUrl } = e2e;

const path = urls.easyReadText('cos-e-job-placement-network');
/** 1.35rem at the browser's default 16 px. */
const minFontPx = 1.35 * 16;

interface IdeaBox {
  image: { left: number; right: number; top: number; bottom: number };
  text: { left: number; top: number; bottom: number };
  fontSize: number;
  lineHeight: number;
  align: string;
}

async function ideaBoxes(page: Page): Promise<IdeaBox[]> {
  return page.locator('main .easy-idea').evaluateAll((ideas) =>
    ideas.map((idea) => {
      const image = idea.querySelector('img')!.getBoundingClientRect();
      const text = idea.querySelector('.easy-idea__text')!.getBoundingClientRect();
      const style = getComputedStyle(idea.querySelector('.easy-idea__text p')!);
      return {
        image: { left: image.left, right: image.right, top: image.top, bottom: image.bottom },
        text: { left: text.left, top: text.top, bottom: text.bottom },
        fontSize: parseFloat(style.fontSize),
        lineHeight: parseFloat(style.lineHeight),
        align: style.textAlign,
      };
    }),
  );
}

describe('an easy-to-read page in Chromium', () => {
  it.each([1280, 320])('at %i px: large type, wide line spacing, one idea per row and generous space between ideas', async (width) => {
    const page = await e2e.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(baseUrl + path);
    const boxes = await ideaBoxes(page);
    expect(boxes.length).toBeGreaterThanOrEqual(3);
    for (const box of boxes) {
      expect(box.fontSize).toBeGreaterThanOrEqual(minFontPx);
      expect(box.lineHeight / box.fontSize).toBeGreaterThanOrEqual(1.7);
      expect(box.align).not.toBe('justify');
      // the drawing on the left of its text on a wide screen, above it on a phone
      if (width >= 1280) {
        expect(box.image.right).toBeLessThanOrEqual(box.text.left);
        expect(box.image.top).toBeLessThan(box.text.bottom);
      } else {
        expect(box.image.bottom).toBeLessThanOrEqual(box.text.top);
      }
    }
    // each idea below the one before, with at least two lines of space between them
    for (const [before, after] of boxes.slice(1).map((box, i) => [boxes[i]!, box] as const)) {
      expect(Math.min(after.image.top, after.text.top) - Math.max(before.image.bottom, before.text.bottom)).toBeGreaterThanOrEqual(2 * before.fontSize);
    }
    // nothing wider than the screen
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.close();
  });

  it.each([1280, 320])('at %i px: the header link «Facile da leggere» is the third stop of the keyboard, visibly focused', async (width) => {
    const page = await e2e.browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(`${baseUrl}/servizi/data-entry/`);
    // the skip link, the site's name, then «Facile da leggere»
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return {
        text: el.textContent?.trim(),
        href: el.getAttribute('href'),
        ring: style.boxShadow !== 'none' || (style.outlineStyle !== 'none' && style.outlineWidth !== '0px'),
        onScreen: box.width > 0 && box.height > 0 && box.right <= window.innerWidth,
      };
    });
    expect(focused).toEqual({ text: t('nav.easyRead'), href: urls.easyRead(), ring: true, onScreen: true });
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${urls.easyRead()}`);
    expect(await page.locator('h1').textContent()).toBe(t('easyRead.title'));
    await page.close();
  });
});
