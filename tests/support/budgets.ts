import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';

/**
 * The byte budgets of issue 8, checked on a built page. Each check returns the problems it finds
 * as sentences, so a failing test says what is over budget and by how much.
 */
export const budgets = {
  /** A page's HTML plus its CSS, gzipped. */
  htmlAndCssGzip: 30 * 1024,
  /** The font files one page needs, as they are served (woff2 is compressed already). */
  fonts: 40 * 1024,
  /** The inline loader of the header search, gzipped: it imports the search only when used. */
  headerSearchLoaderGzip: 512,
  /** The JavaScript of an interactive page, gzipped, with every module it imports. */
  interactiveJsGzip: 20 * 1024,
} as const;

export const gzipBytes = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** A site path (`/_astro/x.js`) as a file of the built site; undefined for other origins. */
function siteFile(distDir: string, url: string): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  return join(distDir, decodeURI(url.split(/[?#]/)[0] ?? ''));
}

const isStructuredData = (script: HTMLElement) => script.getAttribute('type') === 'application/ld+json';

/** The JavaScript a page runs on load: external modules (with what they import) and inline scripts. */
export function pageScripts(page: HTMLElement): { external: string[]; inline: string[] } {
  const scripts = page.querySelectorAll('script').filter((script) => !isStructuredData(script));
  return {
    external: scripts.flatMap((script) => script.getAttribute('src') ?? []),
    inline: scripts.filter((script) => !script.hasAttribute('src')).map((script) => script.rawText),
  };
}

/** A module and everything it imports statically, as site paths; dynamic imports load later, on use. */
export function moduleClosure(distDir: string, entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (seen.has(next)) continue;
    seen.add(next);
    const file = siteFile(distDir, next);
    if (!file || !existsSync(file)) continue;
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},\s*]+from\s*)?["'`]([^"'`]+)["'`]/g)) {
      const target = match[1] ?? '';
      queue.push(target.startsWith('.') ? posix.join(posix.dirname(next), target) : target);
    }
  }
  return [...seen];
}

/** Problems with the HTML plus CSS weight: inline styles are in the HTML, linked sheets are added. */
export function htmlAndCssProblems(distDir: string, html: string, page: HTMLElement): string[] {
  const sheets = page
    .querySelectorAll('link[rel="stylesheet"]')
    .map((link) => siteFile(distDir, link.getAttribute('href') ?? ''))
    .filter((file): file is string => file !== undefined);
  const total = gzipBytes(html) + sheets.reduce((sum, file) => sum + gzipBytes(readFileSync(file)), 0);
  return total < budgets.htmlAndCssGzip ? [] : [`HTML plus CSS weigh ${total} bytes gzipped, over the budget of ${budgets.htmlAndCssGzip}.`];
}

/** The font files a page's own styles point at (url() in @font-face and font preloads). */
export function pageFonts(page: HTMLElement): string[] {
  const styles = page
    .querySelectorAll('style')
    .map((style) => style.rawText)
    .join('\n');
  const faces = [...styles.matchAll(/@font-face\s*{[^}]*}/g)].flatMap((face) =>
    [...face[0].matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1] ?? ''),
  );
  const preloads = page.querySelectorAll('link[rel="preload"][as="font"]').map((link) => link.getAttribute('href') ?? '');
  return [...new Set([...faces, ...preloads])];
}

export function fontProblems(distDir: string, page: HTMLElement): string[] {
  const problems: string[] = [];
  let total = 0;
  for (const url of pageFonts(page)) {
    if (!url.endsWith('.woff2')) problems.push(`The font ${url} is not woff2.`);
    const file = siteFile(distDir, url);
    if (!file || !existsSync(file)) {
      problems.push(`The font ${url} is not served by the site.`);
      continue;
    }
    total += readFileSync(file).length;
  }
  if (total > budgets.fonts) problems.push(`The page's fonts weigh ${total} bytes, over the budget of ${budgets.fonts}.`);
  return problems;
}

const modernFormats = ['image/avif', 'image/webp'];
const isVector = (src: string) => /\.svg(?:[?#]|$)/i.test(src);

/**
 * Images: width and height set (no layout shift); raster images in a <picture> with AVIF and WebP
 * sources at several widths; all lazy but the one LCP image, which is eager with high priority.
 */
export function imageProblems(page: HTMLElement): string[] {
  const problems: string[] = [];
  const images = page.querySelectorAll('img');
  const eager = images.filter((img) => img.getAttribute('loading') !== 'lazy');
  if (eager.length > 1) problems.push(`${eager.length} images load eagerly; only the LCP image may.`);
  for (const img of eager) {
    if (img.getAttribute('fetchpriority') !== 'high')
      problems.push(`The image ${img.getAttribute('src')} loads eagerly without being the LCP image (fetchpriority="high").`);
  }
  for (const img of images) {
    const src = img.getAttribute('src') ?? '';
    for (const dimension of ['width', 'height']) if (!/^\d+$/.test(img.getAttribute(dimension) ?? '')) problems.push(`The image ${src} has no ${dimension}.`);
    if (isVector(src)) continue;
    const picture = img.parentNode?.tagName === 'PICTURE' ? img.parentNode : undefined;
    const sources = picture?.querySelectorAll('source') ?? [];
    for (const format of modernFormats) {
      const source = sources.find((s) => s.getAttribute('type') === format);
      if (!source) problems.push(`The image ${src} has no ${format} source.`);
      else if ((source.getAttribute('srcset') ?? '').split(',').length < 2) problems.push(`The ${format} source of ${src} offers only one width.`);
    }
    if (!img.getAttribute('sizes') && !sources.some((s) => s.getAttribute('sizes'))) problems.push(`The image ${src} has no sizes for its widths.`);
  }
  return problems;
}

export { parse as parseHtml };
