import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { budgets, fontProblems, htmlAndCssProblems, imageProblems, moduleClosure, pageScripts, parseHtml } from '../support/budgets';

/** The budget checks on made-up pages, so that a check which could never fail would show here. */
const site = mkdtempSync(join(tmpdir(), 'jpn-budgets-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
const write = (path: string, data: string | Buffer) => {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), data);
};

describe('the image budget', () => {
  it('accepts a sized lazy SVG and a sized eager LCP picture with AVIF and WebP at several widths', () => {
    const html = `<img src="/a.svg" width="10" height="5" loading="lazy">
      <picture><source type="image/avif" srcset="/b-400.avif 400w, /b-800.avif 800w" sizes="50vw"><source type="image/webp" srcset="/b-400.webp 400w, /b-800.webp 800w" sizes="50vw">
      <img src="/b.png" width="800" height="450" loading="eager" fetchpriority="high"></picture>`;
    expect(imageProblems(parseHtml(html))).toEqual([]);
  });

  it.each([
    ['no height', '<img src="/a.svg" width="10" loading="lazy">', 'has no height'],
    ['a bare PNG', '<img src="/a.png" width="10" height="5" loading="lazy">', 'no image/avif source'],
    [
      'two eager images',
      '<img src="/a.svg" width="1" height="1" fetchpriority="high"><img src="/b.svg" width="1" height="1" fetchpriority="high">',
      '2 images load eagerly',
    ],
    ['an eager image that is not the LCP', '<img src="/a.svg" width="1" height="1">', 'without being the LCP image'],
    [
      'one width only',
      '<picture><source type="image/avif" srcset="/b.avif 400w"><source type="image/webp" srcset="/b.webp 400w, /c.webp 800w"><img src="/b.png" width="1" height="1" loading="lazy" sizes="1px"></picture>',
      'offers only one width',
    ],
  ])('refuses %s', (_, html, problem) => {
    expect(imageProblems(parseHtml(html)).join(' ')).toContain(problem);
  });
});

describe('the weight budgets', () => {
  it('counts a linked stylesheet with the HTML', () => {
    // Random bytes do not compress: this sheet alone is over the budget once gzipped.
    write('big.css', randomBytes(budgets.htmlAndCssGzip + 100));
    const html = '<link rel="stylesheet" href="/big.css">';
    expect(htmlAndCssProblems(site, html, parseHtml(html)).join(' ')).toContain('over the budget');
    const small = '<p>Ciao</p>';
    expect(htmlAndCssProblems(site, small, parseHtml(small))).toEqual([]);
  });

  it('adds up the fonts of the page and wants woff2', () => {
    write('f/a.woff2', Buffer.alloc(30 * 1024));
    write('f/b.woff2', Buffer.alloc(20 * 1024));
    write('f/c.ttf', Buffer.alloc(1024));
    const face = (url: string) => `@font-face{font-family:x;src:url("${url}") format("woff2")}`;
    expect(fontProblems(site, parseHtml(`<style>${face('/f/a.woff2')}</style>`))).toEqual([]);
    expect(fontProblems(site, parseHtml(`<style>${face('/f/a.woff2')}${face('/f/b.woff2')}</style>`)).join(' ')).toContain('over the budget');
    expect(fontProblems(site, parseHtml(`<style>${face('/f/c.ttf')}</style>`)).join(' ')).toContain('is not woff2');
  });
});

describe('the JavaScript of a page', () => {
  it('leaves out structured data, and follows static imports but not dynamic ones', () => {
    const page = parseHtml(
      '<script type="application/ld+json">{}</script><script type="module" src="/_astro/a.js"></script><script type="module">x()</script>',
    );
    expect(pageScripts(page)).toEqual({ external: ['/_astro/a.js'], inline: ['x()'] });
    write('_astro/a.js', 'import{t as e}from"./b.js";import"./c.js";const l=()=>import("./lazy.js");');
    write('_astro/b.js', 'export const t=1;');
    write('_astro/c.js', 'import{x}from"./b.js";');
    expect(moduleClosure(site, '/_astro/a.js').sort()).toEqual(['/_astro/a.js', '/_astro/b.js', '/_astro/c.js']);
  });
});
