import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listPages, readPage } from '../support/dist';

const distDir = inject('distDir');
const pages = listPages(distDir);
const ids = new Map(
  pages.map(({ path, file }) => [
    path,
    new Set(
      readPage(file)
        .querySelectorAll('[id]')
        .map((el) => el.id),
    ),
  ]),
);

/** The file a same-site URL resolves to on a static host, or undefined if none. */
function resolves(pathname: string): boolean {
  const target = join(distDir, decodeURIComponent(pathname));
  return pathname.endsWith('/') ? existsSync(join(target, 'index.html')) : existsSync(target);
}

describe.each(pages)('links of $path', ({ path, file }) => {
  const page = readPage(file);
  const references = [
    ...page.querySelectorAll('a[href]').map((el) => el.getAttribute('href') ?? ''),
    ...page.querySelectorAll('link[href]').map((el) => el.getAttribute('href') ?? ''),
    ...page.querySelectorAll('[src]').map((el) => el.getAttribute('src') ?? ''),
    ...page.querySelectorAll('[srcset]').flatMap((el) => (el.getAttribute('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')),
    ...page.querySelectorAll('form[action]').map((el) => el.getAttribute('action') ?? ''),
  ].filter((href) => href && !/^(mailto:|tel:|https?:\/\/(?!localhost|127\.0\.0\.1))/.test(href));

  it('resolves every internal link, asset and anchor', () => {
    const broken: string[] = [];
    for (const href of references) {
      const url = new URL(href, `http://site${path}`);
      if (url.host !== 'site' && !/^(localhost|127\.0\.0\.1)/.test(url.host)) continue;
      if (!resolves(url.pathname)) broken.push(href);
      else if (url.hash) {
        const targetIds = ids.get(url.pathname);
        if (targetIds && !targetIds.has(decodeURIComponent(url.hash.slice(1)))) broken.push(href);
      }
    }
    expect(broken).toEqual([]);
  });
});
