import { describe, expect, it } from 'vitest';
import { redirectRules, renderRedirectsFile } from '../../src/lib/redirects';

describe('redirectRules', () => {
  it('returns the editable pages with a route of their own and the first page of each list in each language', () => {
    expect(redirectRules()).toEqual([
      { from: '/per-le-aziende/', to: '/aziende/', status: 301 },
      { from: '/storie/pagina/1/', to: '/storie/', status: 301 },
      { from: '/notizie/pagina/1/', to: '/notizie/', status: 301 },
      { from: '/en/stories/page/1/', to: '/en/stories/', status: 301 },
      { from: '/en/news/page/1/', to: '/en/news/', status: 301 },
    ]);
  });
});

describe('renderRedirectsFile', () => {
  it('returns one line per address, with and without the final slash', () => {
    expect(renderRedirectsFile([{ from: '/a/', to: '/b/', status: 301 }])).toBe('/a /b/ 301\n/a/ /b/ 301\n');
  });
});
