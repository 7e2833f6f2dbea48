import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/lib/node/content-check/check-content';
import { localeTags } from '../../src/i18n/locales';
import { localeOfPath, pathInLanguage, urls } from '../../src/lib/urls';
import { listPages, readPage } from '../support/dist';
import { pngSize } from '../support/png';
import { projectRoot } from '../support/site';

/* Social tags and cards on every page; the sitemap's dates, robots.txt and the host's redirects file. */
const distDir = inject('distDir');
const pages = listPages(distDir).filter((page) => !page.path.startsWith('/admin/'));

describe.each(pages)('the social tags of $path', ({ path, file }) => {
  const page = readPage(file);
  const meta = (key: string) =>
    page.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ?? page.querySelector(`meta[name="${key}"]`)?.getAttribute('content');

  it('has og:*, twitter:*, a description and, if indexed, a canonical URL that og:url repeats', () => {
    const description = meta('description');
    expect(description?.length ?? 0).toBeGreaterThan(30);
    expect(meta('og:description')).toBe(description);
    expect(meta('twitter:description')).toBe(description);
    expect(meta('og:title')).toBeTruthy();
    expect(meta('twitter:title')).toBe(meta('og:title'));
    expect(meta('og:type')).toMatch(/^(website|article)$/);
    expect(meta('og:locale')).toBe(localeTags[localeOfPath(path)].og);
    expect(meta('og:site_name')).toBe('Job Placement Network');
    expect(meta('og:image:width')).toBe('1200');
    expect(meta('og:image:height')).toBe('630');
    expect(meta('og:image:type')).toBe('image/png');
    expect(meta('og:image:alt')).toContain(page.querySelector('meta[property="og:image"]')?.getAttribute('data-card-title') ?? '∅');
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('twitter:image')).toBe(meta('og:image'));
    expect(meta('twitter:image:alt')).toBe(meta('og:image:alt'));
    const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (path.endsWith('/404.html')) expect(meta('og:url')).toBeUndefined();
    else {
      expect(new URL(canonical ?? '').pathname).toBe(path);
      expect(meta('og:url')).toBe(canonical);
    }
  });

  it('shares articles as articles, with their date', () => {
    // Judged on the Italian address, the same for both languages' pages.
    const isArticle = /^\/(storie|notizie)\/(?!pagina\/)[^/]+\/$/.test(pathInLanguage(path, 'it') ?? path);
    expect(meta('og:type')).toBe(isArticle ? 'article' : 'website');
    if (isArticle) expect(meta('article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('points og:image at a 1200×630 PNG of the site that exists', () => {
    const image = new URL(meta('og:image') ?? '');
    expect(image.origin).toBe(new URL(page.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? image.href).origin);
    const target = join(distDir, image.pathname);
    expect(existsSync(target), image.pathname).toBe(true);
    expect(pngSize(readFileSync(target))).toEqual({ width: 1200, height: 630 });
  });
});

describe('social cards', () => {
  it('are one per distinct title and section: the same text shares a card, other text never does', () => {
    const specs = new Map<string, Set<string>>();
    for (const { file } of pages) {
      const tag = readPage(file).querySelector('meta[property="og:image"]');
      const image = tag?.getAttribute('content') ?? '';
      specs.set(image, (specs.get(image) ?? new Set()).add(`${tag?.getAttribute('data-card-title')}|${tag?.getAttribute('data-card-section')}`));
    }
    for (const [image, texts] of specs) expect([...texts], image).toHaveLength(1);
    const all = [...specs.values()].map((texts) => [...texts][0]);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('the sitemap', () => {
  const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  const lastmod = (path: string) => new RegExp(`<loc>[^<]*${path.replace(/[/.]/g, '\\$&')}</loc><lastmod>([^<]+)</lastmod>`).exec(sitemap)?.[1]?.slice(0, 10);
  const { entries } = checkContent({ root: projectRoot, today: new Date() });
  const iso = (value: unknown) => (value === undefined ? undefined : value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

  it.each(entries.filter((e) => e.collection === 'stories' || e.collection === 'news' || e.collection === 'services'))(
    'dates $collection/$id by its content, or not at all when the content gives no date',
    ({ collection, id, data }) => {
      const fields = data as { date?: unknown; reviewedAt?: unknown };
      const path = collection === 'stories' ? urls.story(id) : collection === 'news' ? urls.newsItem(id) : urls.service(id);
      expect(lastmod(path)).toBe(iso(collection === 'services' ? fields.reviewedAt : fields.date));
    },
  );

  it('gives no date to pages the content does not date', () => {
    expect(lastmod(urls.search())).toBeUndefined();
    expect(lastmod(urls.member('alveare'))).toBeUndefined();
  });
});

describe('robots.txt', () => {
  it('points to the sitemap at its absolute URL and keeps crawlers out of /admin/', () => {
    const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^Disallow: \/admin\/$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
    expect(new URL(sitemap).pathname).toBe('/sitemap-index.xml');
    expect(existsSync(join(distDir, 'sitemap-index.xml'))).toBe(true);
  });
});

describe('the redirects file', () => {
  const rules = readFileSync(join(distDir, '_redirects'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(' '));

  it('sends each address to a page that exists, from one that does not', () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const [from = '', to = '', status] of rules) {
      expect(status).toBe('301');
      expect(existsSync(join(distDir, to, 'index.html')), to).toBe(true);
      expect(existsSync(join(distDir, from, 'index.html')), from).toBe(false);
    }
  });
});
