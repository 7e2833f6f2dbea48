import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { localeOfPath, localizedFileUrls, localizedUrls, pathInLanguage } from '../../src/lib/urls';
import { listPages, readPage } from '../support/dist';

/*
 * The English edition as built: a page under /en/ for every public Italian page, each pair
 * linked both ways (head and sitemap), English words, dates and data, and a way to switch.
 */
const distDir = inject('distDir');
const en = localizedUrls('en');
const it_ = localizedUrls('it');

const pages = listPages(distDir).filter((page) => !page.path.startsWith('/admin/') && !page.path.endsWith('404.html'));
const english = pages.filter((page) => localeOfPath(page.path) === 'en');
const italian = pages.filter((page) => localeOfPath(page.path) === 'it');
/** Pages written in Italian for Italian readers only: the easy-to-read texts. */
const italianOnly = (path: string) => pathInLanguage(path, 'en') === undefined;
const parsed = new Map<string, HTMLElement>();
const page = (path: string): HTMLElement => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`no built page ${path}`);
  let root = parsed.get(path);
  if (!root) {
    root = readPage(found.file);
    parsed.set(path, root);
  }
  return root;
};
const alternates = (path: string) =>
  Object.fromEntries(
    page(path)
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '').pathname]),
  );

interface SitemapUrl {
  loc: string;
  'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] | { '@_hreflang': string; '@_href': string };
}
const sitemap = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8')) as { urlset: { url: SitemapUrl[] } };
const sitemapLinks = new Map(
  sitemap.urlset.url.map((url) => {
    const links = url['xhtml:link'] === undefined ? [] : [url['xhtml:link']].flat();
    return [new URL(url.loc).pathname, Object.fromEntries(links.map((link) => [link['@_hreflang'], new URL(link['@_href']).pathname]))];
  }),
);

describe('the English pages', () => {
  it('exist for every public Italian page but the easy-to-read texts, at their English addresses', () => {
    const built = new Set(english.map((p) => p.path));
    const missing = italian.filter((p) => !italianOnly(p.path) && !built.has(pathInLanguage(p.path, 'en') ?? ''));
    expect(missing.map((p) => p.path)).toEqual([]);
    expect(english.length).toBeGreaterThan(80);
    for (const path of [en.members(), en.services(), en.stories(), en.news(), en.companies(), en.calculator(), en.search(), en.glossary(), en.people()]) {
      expect(built.has(path), path).toBe(true);
    }
  });

  it('say they are English: <html lang="en">, og:locale en_GB, a canonical URL of their own', () => {
    for (const { path } of english) {
      const root = page(path);
      expect(root.querySelector('html')?.getAttribute('lang'), path).toBe('en');
      expect(root.querySelector('meta[property="og:locale"]')?.getAttribute('content'), path).toBe('en_GB');
      expect(new URL(root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '').pathname, path).toBe(path);
    }
    for (const { path } of italian) expect(page(path).querySelector('html')?.getAttribute('lang'), path).toBe('it');
  });

  it('link each page to its translation in the head, both ways, with x-default on the Italian page', () => {
    let pairs = 0;
    for (const { path } of english) {
      const italianPath = pathInLanguage(path, 'it') ?? '';
      expect(alternates(path), path).toEqual({ it: italianPath, en: path, 'x-default': italianPath });
      expect(alternates(italianPath), italianPath).toEqual({ it: italianPath, en: path, 'x-default': italianPath });
      pairs += 1;
    }
    expect(pairs).toBe(english.length);
    // An Italian page without an English one names no translation.
    for (const { path } of italian.filter((p) => italianOnly(p.path))) expect(alternates(path), path).toEqual({});
  });

  it('give the sitemap the same pairs as the head of each page', () => {
    for (const [path, links] of sitemapLinks) expect(links, path).toEqual(alternates(path));
    expect([...sitemapLinks.keys()].filter((path) => localeOfPath(path) === 'en').length).toBe(english.length);
  });

  it('offer a language switch that leads to the translation of the page, named in its own language', () => {
    for (const { path } of [...english, ...italian]) {
      const link = page(path).querySelector('.language-switch a');
      expect(link, path).toBeTruthy();
      const other = localeOfPath(path) === 'en' ? 'it' : 'en';
      const target = italianOnly(path) ? en.home() : (pathInLanguage(path, other) ?? '');
      expect(link?.getAttribute('href'), path).toBe(target);
      expect(link?.getAttribute('hreflang'), path).toBe(other);
    }
    // An untranslated page says so; a page that is Italian by design does not promise a translation.
    for (const { path } of italian.filter((p) => italianOnly(p.path))) {
      expect(page(path).querySelector('.language-switch__note')?.text, path).toBe('(this page is in Italian only)');
    }
    expect(page(en.home()).querySelector('.language-switch a')?.text).toBe('Italiano: leggi questa pagina in italiano');
    expect(page(it_.home()).querySelector('.language-switch a')?.text).toBe('English: read this page in English');
  });

  it('show English words, not Italian ones, outside the parts marked lang="it"', () => {
    // Italian's commonest small words, which English text never has; names («Università Cattolica del Sacro Cuore») may carry a few.
    const italianWords = /\b(della|delle|degli|nella|sono|questa|questo|anche|perché|oppure|quando|lavoro|azienda|aziende|persone|servizi)\b/giu;
    const offenders: string[] = [];
    for (const { path } of english) {
      const main = page(path).querySelector('main')?.clone() as HTMLElement | undefined;
      if (!main) continue;
      for (const marked of main.querySelectorAll('[lang="it"]')) marked.remove();
      const words = main.text.split(/\s+/).filter(Boolean);
      const found = main.text.match(italianWords) ?? [];
      if (found.length > Math.max(2, words.length / 200)) offenders.push(`${path}: ${found.slice(0, 8).join(', ')}`);
    }
    expect(offenders).toEqual([]);
  });

  it('write dates the English way', () => {
    const story = english.find((p) => p.path.startsWith(en.stories()) && p.path !== en.stories());
    expect(story).toBeDefined();
    expect(page(story?.path ?? '').querySelector('main time')?.text).toMatch(
      /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/,
    );
  });

  it('describe themselves in English in their structured data', () => {
    const story = english.find((p) => p.path.startsWith(en.stories()) && p.path !== en.stories());
    const graph = JSON.parse(page(story?.path ?? '').querySelector('script[type="application/ld+json"]')?.text ?? '{}') as {
      '@graph': { '@type': string; inLanguage?: string }[];
    };
    expect(graph['@graph'].find((node) => node['@type'] === 'Article')?.inLanguage).toBe('en-GB');
  });

  it('have feeds of their own, in English, linking English pages', () => {
    for (const feed of [localizedFileUrls('en').storiesFeed(), localizedFileUrls('en').newsFeed()]) {
      const xml = readFileSync(join(distDir, feed), 'utf8');
      expect(xml, feed).toContain('<language>en-gb</language>');
      const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1] ?? '').pathname);
      expect(links.length, feed).toBeGreaterThan(0);
      for (const link of links) expect(link, feed).toMatch(/^\/en\//);
    }
    expect(page(en.home()).querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe(localizedFileUrls('en').storiesFeed());
  });

  it('have a page-not-found page in English where the host looks for it', () => {
    expect(existsSync(join(distDir, 'en/404.html'))).toBe(true);
    const root = readPage(join(distDir, 'en/404.html'));
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(root.querySelector('h1')?.text).toBe('Page not found');
  });

  it('keep each glossary term’s Italian word beside its English explanation', () => {
    const entries = page(en.glossary()).querySelectorAll('.glossary__entry dt');
    expect(entries.length).toBeGreaterThan(20);
    for (const entry of entries) expect(entry.querySelector('i[lang="it"]')?.text.trim(), entry.text).toBeTruthy();
  });

  it('tell the visitor of the request page that the network works in Italian', () => {
    expect(page(en.request()).querySelector('main')?.text).toContain('The network works in Italian.');
  });
});
