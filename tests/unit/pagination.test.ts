import { describe, expect, it } from 'vitest';
import { pageUrl, paginate } from '../../src/lib/pagination';

describe('paginate', () => {
  it.each([
    // an empty list is one empty page
    [0, 12, [0]],
    [12, 12, [12]],
    [13, 12, [12, 1]],
    [25, 12, [12, 12, 1]],
  ])('returns %i items in pages of %i as %j', (count, size, expected) => {
    const pages = paginate(
      Array.from({ length: count }, (_, i) => i),
      size,
    );
    expect(pages.map((p) => p.items.length)).toEqual(expected);
    expect(pages.every((p, index) => p.page === index + 1 && p.pages === expected.length)).toBe(true);
  });
});

describe('pageUrl', () => {
  it('returns the list itself for page 1 and /pagina/N/ after', () => {
    expect(pageUrl('/storie/', 1)).toBe('/storie/');
    expect(pageUrl('/storie/', 3)).toBe('/storie/pagina/3/');
  });
});
