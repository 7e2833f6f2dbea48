import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { budgets, fontProblems, gzipBytes, htmlAndCssProblems, imageProblems, moduleClosure, pageFonts, pageScripts, parseHtml } from '../support/budgets';
import { pathInLanguage } from '../../src/lib/urls';
import { listPages } from '../support/dist';

const distDir = inject('distDir');
const pages = listPages(distDir).filter((page) => !page.path.startsWith('/admin/'));

/**
 * The pages with an interactive part of their own, and what it is. Every other page runs no
 * JavaScript but the header search's inline loader, which fetches nothing until the search is used.
 */
const interactive: { path: RegExp; what: string }[] = [
  { path: /^\/servizi\/$/, what: 'the service finder: filters and counts without reloading' },
  { path: /^\/servizi\/[^/]+\/$/, what: 'keeps the request being built when adding a service' },
  { path: /^\/cerca\/$/, what: 'the search page' },
  { path: /^\/aziende\/calcolatore\/$/, what: 'the quota calculator' },
  { path: /^\/aziende\/richiesta\/$/, what: 'the request form, filled from the shortlist and the calculator' },
];
/** Judged on the Italian address: an English page has the interactive part of its Italian twin. */
const isInteractive = (path: string) => interactive.some((page) => page.path.test(pathInLanguage(path, 'it') ?? path));

/** The header search's loader: the same small inline module on every page that has the header search. */
const isHeaderSearchLoader = (code: string) => code.includes('data-header-search');

describe('budgets, on every built page', () => {
  it('has pages of both kinds to check', () => {
    expect(pages.filter((page) => isInteractive(page.path)).length).toBeGreaterThanOrEqual(5);
    expect(pages.filter((page) => !isInteractive(page.path)).length).toBeGreaterThan(30);
  });

  it.each(pages)('$path: HTML plus CSS under 30 KB gzipped, fonts under 40 KB in woff2, images sized and lazy', ({ file }) => {
    const html = readFileSync(file, 'utf8');
    const page = parseHtml(html);
    expect(pageFonts(page).length).toBeGreaterThan(0);
    expect([...htmlAndCssProblems(distDir, html, page), ...fontProblems(distDir, page), ...imageProblems(page)]).toEqual([]);
  });

  it.each(pages.filter((page) => !isInteractive(page.path)))('$path: no JavaScript but the header search loader', ({ file }) => {
    const { external, inline } = pageScripts(parseHtml(readFileSync(file, 'utf8')));
    expect(external).toEqual([]);
    expect(inline.filter((code) => !isHeaderSearchLoader(code))).toEqual([]);
  });

  it('keeps the header search loader tiny, and it imports nothing until the search is used', () => {
    const loaders = new Set(pages.flatMap(({ file }) => pageScripts(parseHtml(readFileSync(file, 'utf8'))).inline.filter(isHeaderSearchLoader)));
    expect(loaders.size).toBe(1);
    const [loader = ''] = loaders;
    expect(gzipBytes(loader)).toBeLessThanOrEqual(budgets.headerSearchLoaderGzip);
    // Only a dynamic import(), behind the field's focus: a static import would load on every page.
    expect(loader).not.toMatch(/(?:^|[;}\s])import\s*[\w{*"'`]/);
    expect(loader).toMatch(/addEventListener\(\s*[`'"]focus[`'"]/);
  });

  it.each(pages.filter((page) => isInteractive(page.path)))('$path: its JavaScript stays under 20 KB gzipped', ({ file }) => {
    const { external } = pageScripts(parseHtml(readFileSync(file, 'utf8')));
    const modules = [...new Set(external.flatMap((src) => moduleClosure(distDir, src)))];
    const total = modules.reduce((sum, src) => sum + gzipBytes(readFileSync(join(distDir, src))), 0);
    expect(total).toBeLessThanOrEqual(budgets.interactiveJsGzip);
  });
});
