import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/lib/node/content-check/check-content';
import { localeTags } from '../../src/i18n/locales';
import { localeOfPath } from '../../src/lib/urls';
import { listPages, readPage } from '../support/dist';
import { entryUrls, projectRoot } from '../support/site';

const distDir = inject('distDir');
/** The admin is an app for staff, not a page of the site: it has its own test below. */
const pages = listPages(distDir).filter((page) => !page.path.startsWith('/admin/'));
/** Each language's 404 page: served for missing addresses, never listed or indexed. */
const isNotFoundPage = (path: string) => path.endsWith('/404.html');

describe('the built site', () => {
  it('builds with the real astro build', () => {
    console.info(`${pages.length} pages built in ${inject('buildSeconds').toFixed(1)} s`);
    expect(pages.length).toBeGreaterThan(80);
  });

  it.each(entryUrls())('has a page for $collection/$id at $url', ({ url }) => {
    expect(existsSync(join(distDir, url, 'index.html'))).toBe(true);
  });

  it('lists every public page in the sitemap, and nothing else', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname).sort();
    const publicPages = pages
      .map((p) => p.path)
      .filter((path) => !isNotFoundPage(path))
      .sort();
    expect(listed).toEqual(publicPages);
  });

  it('keeps the admin out of the sitemap and of search engines', () => {
    const admin = readPage(join(distDir, 'admin/index.html'));
    expect(admin.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
    expect(readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toMatch(/^Disallow: \/admin\/$/m);
    expect(admin.querySelector('[data-pagefind-body]')).toBeNull();
  });

  it('loads the admin bundle on no public page', () => {
    const adminScripts = readPage(join(distDir, 'admin/index.html'))
      .querySelectorAll('script[src]')
      .map((s) => s.getAttribute('src'));
    expect(adminScripts.length).toBeGreaterThan(0);
    for (const { path, file } of pages) {
      const scripts = readPage(file)
        .querySelectorAll('script[src]')
        .map((s) => s.getAttribute('src'));
      for (const src of adminScripts) expect(scripts, path).not.toContain(src);
    }
  });

  it('shows the network’s size and the catalogue’s count as computed from the collections, for what they are', () => {
    const { entries } = checkContent({ root: projectRoot, today: new Date() });
    const members = entries.filter((e) => e.collection === 'members').map((e) => e.data as { kind: string });
    const coops = members.filter((m) => m.kind === 'cooperativa').length;
    const consortia = members.filter((m) => m.kind === 'consorzio').length;
    const footer = readPage(join(distDir, 'index.html')).querySelector('footer.site-footer')?.text.replace(/\s+/g, ' ') ?? '';
    expect(footer).toContain(`rete di ${coops} cooperative sociali di tipo B e ${consortia} consorzi`);
    const count = readPage(join(distDir, 'servizi/index.html')).querySelector('[data-catalogue-count]')?.text ?? '';
    expect(count).toContain(`${entries.filter((e) => e.collection === 'services').length} schede di servizi`);
  });
});

describe.each(pages)('page $path', ({ path, file }) => {
  const page = readPage(file);
  it('has the lang of its language, one h1, a meta description and landmarks', () => {
    expect(page.querySelector('html')?.getAttribute('lang')).toBe(localeTags[localeOfPath(path)].lang);
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0).toBeGreaterThan(30);
    expect(page.querySelectorAll('header.site-header, main#contenuto, footer.site-footer')).toHaveLength(3);
    expect(page.querySelector('a.skip-link')?.getAttribute('href')).toBe('#contenuto');
  });

  it('has a canonical URL, or is kept out of search engines', () => {
    const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (isNotFoundPage(path)) expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    else expect(new URL(canonical ?? '').pathname).toBe(path);
  });
});
