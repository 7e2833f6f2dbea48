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

/**
 * Link text that says nothing out of context: a screen-reader user listing the links of a page
 * hears only this. Compared without case, accents or punctuation.
 */
const vagueLinkText = [
  'clicca qui',
  'qui',
  'clicca',
  'leggi di piu',
  'leggi tutto',
  'leggi',
  'scopri di piu',
  'scopri',
  'piu informazioni',
  'maggiori informazioni',
  'info',
  'link',
  'vai',
  'continua',
  'dettagli',
  'click here',
  'here',
  'read more',
  'more',
];
const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe.each(pages)('links of $path', ({ path, file }) => {
  const page = readPage(file);
  const references = [
    ...page.querySelectorAll('a[href]').map((el) => el.getAttribute('href') ?? ''),
    ...page.querySelectorAll('link[href]').map((el) => el.getAttribute('href') ?? ''),
    ...page.querySelectorAll('[src]').map((el) => el.getAttribute('src') ?? ''),
    ...page.querySelectorAll('[srcset]').flatMap((el) => (el.getAttribute('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')),
    ...page.querySelectorAll('form[action]').map((el) => el.getAttribute('action') ?? ''),
  ].filter((href) => href && !/^(mailto:|tel:|https?:\/\/(?!localhost|127\.0\.0\.1))/.test(href));

  it('gives every link text that says where it goes', () => {
    const bad = page
      .querySelectorAll('a[href]')
      .map((a) => a.getAttribute('aria-label') ?? a.text)
      .map((text) => normalise(text))
      .filter((text) => text === '' || vagueLinkText.includes(text));
    expect(bad).toEqual([]);
  });

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

describe('the vague-link check', () => {
  it('catches the phrases it lists, however they are written', () => {
    for (const text of ['Clicca QUI!', 'Leggi di più…', '  scopri di più ', 'Read more →']) expect(vagueLinkText).toContain(normalise(text));
    expect(vagueLinkText).not.toContain(normalise('Leggi la storia di Out of the blue'));
  });
});
