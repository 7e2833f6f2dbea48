import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { mainTextBlocks } from '../../scripts/lib/page-text';
import { locales } from '../../src/i18n/locales';
import { t } from '../../src/i18n/t';
import { checkContent } from '../../src/lib/node/content-check/check-content';
import { readability, readabilityTargets, sentencesOver } from '../../src/lib/readability';
import { localeOfPath, localizedUrls, urls } from '../../src/lib/urls';
import { readPage } from '../support/dist';
import { projectRoot } from '../support/site';

/*
 * The easy-to-read pages as built: measured with the same functions as the content check, on the
 * text a visitor reads (mainTextBlocks), their drawings, the notice that no reader with an
 * intellectual disability has checked them yet, and the links that lead to them from every page.
 */
const distDir = inject('distDir');
const pageAt = (path: string) => readPage(join(distDir, path, 'index.html'));
const texts = checkContent({ root: projectRoot, today: new Date() })
  .entries.filter((entry) => entry.collection === 'facile')
  .map((entry) => ({ id: entry.id, path: urls.easyReadText(entry.id), data: entry.data as { title: string; verifica?: unknown; fullVersion?: string } }));
const sitemap = [...readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
const { minGulpease, maxSentenceWords } = readabilityTargets.easyRead;

describe('the easy-to-read section', () => {
  it('has the four texts of issue 13, each with a page in the sitemap, and their list', () => {
    expect(texts.map((text) => text.id).sort()).toEqual([
      'accessibilita',
      'cercare-lavoro-collocamento-mirato',
      'cooperativa-sociale-di-tipo-b',
      'cos-e-job-placement-network',
    ]);
    for (const path of [urls.easyRead(), ...texts.map((text) => text.path)]) {
      expect(existsSync(join(distDir, path, 'index.html')), path).toBe(true);
      expect(sitemap, path).toContain(path);
    }
    const listed = pageAt(urls.easyRead())
      .querySelectorAll('main .easy-read__list a')
      .map((a) => a.getAttribute('href'));
    expect(listed.sort()).toEqual(texts.map((text) => text.path).sort());
  });

  it('writes its list page easy to read too', () => {
    const measured = readability(mainTextBlocks(readFileSync(join(distDir, urls.easyRead(), 'index.html'), 'utf8')));
    expect(measured.gulpease).toBeGreaterThanOrEqual(minGulpease);
    expect(measured.longest.words).toBeLessThanOrEqual(maxSentenceWords);
  });

  it('is linked from the header of every page in the sitemap, and from the home pages, in the page’s language', () => {
    for (const path of sitemap) {
      const locale = localeOfPath(path);
      const link = pageAt(path).querySelector(`header.site-header a[href="${urls.easyRead()}"]`);
      expect(link?.text.trim(), path).toBe(t('nav.easyRead', {}, locale));
      // The texts are Italian: an English page says so to browsers and screen readers too.
      expect(link?.getAttribute('hreflang') ?? undefined, path).toBe(locale === 'it' ? undefined : 'it');
    }
    for (const locale of locales) {
      const home = pageAt(localizedUrls(locale).home()).querySelector(`main a[href="${urls.easyRead()}"]`);
      expect(home?.text.trim(), locale).toBe(t('home.easyRead', {}, locale));
    }
  });
});

describe.each(texts)('the easy-to-read page $path', ({ path, data }) => {
  const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
  const page = readPage(join(distDir, path, 'index.html'));
  const ideas = page.querySelectorAll('main .easy-idea');

  it(`reaches a Gulpease index of ${minGulpease}, with no sentence over ${maxSentenceWords} words, on its built main text`, () => {
    const blocks = mainTextBlocks(html);
    const measured = readability(blocks);
    console.info(`${path}: Gulpease ${measured.gulpease}, longest sentence ${measured.longest.words} words («${measured.longest.text}»)`);
    expect(measured.gulpease).toBeGreaterThanOrEqual(minGulpease);
    expect(sentencesOver(blocks, maxSentenceWords)).toEqual([]);
    // the ideas alone, as the content check measures them
    const ideasText = readability(ideas.flatMap((idea) => mainTextBlocks(`<main>${idea.toString()}</main>`)));
    expect(ideasText.gulpease).toBeGreaterThanOrEqual(minGulpease);
  });

  it('shows a drawing beside every idea: an SVG with its alt text, never a photograph', () => {
    expect(ideas.length).toBeGreaterThanOrEqual(3);
    for (const idea of ideas) {
      const images = idea.querySelectorAll('img');
      expect(images).toHaveLength(1);
      expect(images[0]?.getAttribute('alt')?.trim().length ?? 0).toBeGreaterThan(0);
      expect(images[0]?.getAttribute('src')).toMatch(/^\/_astro\/[^/]+\.svg$/);
      expect(idea.querySelectorAll('picture, source')).toHaveLength(0);
      expect(idea.querySelectorAll('.easy-idea__text p').length).toBeGreaterThan(0);
    }
  });

  it('says that people with intellectual disabilities have not checked it yet, and shows no logo', () => {
    // The texts in content/ have not been checked: until they are, the notice stays (Inclusion Europe).
    expect(data.verifica).toBeUndefined();
    const notice = page.querySelector('main .page-header .notice');
    expect(notice?.text.trim()).toBe(t('easyRead.unchecked'));
    expect(html).not.toContain(t('easyRead.logoCredit'));
    // every image on the page is a drawing of an idea: no easy-to-read logo
    expect(page.querySelectorAll('main img')).toHaveLength(ideas.length);
    expect(html).not.toMatch(/easy-to-read[^"]*\.(?:svg|png|jpe?g|webp)|logo-facile/i);
  });

  it('has breadcrumbs to the list, one h1 and lang="it"', () => {
    const crumbs = page.querySelectorAll('nav.breadcrumbs li').map((li) => li.text.trim());
    expect(crumbs).toEqual([t('nav.home'), t('easyRead.title'), data.title]);
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('it');
    expect(page.querySelector('[data-pagefind-filter="tipo:facile"]')).not.toBeNull();
  });
});

describe('the accessibility statement and its easy-to-read version', () => {
  it('link to each other', () => {
    const easy = texts.find((text) => text.data.fullVersion === 'accessibilita');
    expect(easy?.id).toBe('accessibilita');
    const statement = pageAt(urls.page('accessibilita'));
    expect(statement.querySelector(`main a[href="${urls.easyReadText('accessibilita')}"]`)?.text.trim()).toBe(t('easyRead.easyVersion'));
    const title = statement.querySelector('h1')?.text.trim() ?? '';
    expect(
      pageAt(urls.easyReadText('accessibilita'))
        .querySelector(`main a[href="${urls.page('accessibilita')}"]`)
        ?.text.trim(),
    ).toBe(t('easyRead.fullVersion', { title }));
  });

  it('leaves the other pages without a link to an easy version they do not have', () => {
    expect(pageAt(urls.page('chi-siamo')).querySelector('[data-easy-read-link]')).toBeNull();
  });
});
