import { describe, expect, it } from 'vitest';
import { isSortOrder, pagefindSort, sortKeys, titleSortKey, undatedSortValue } from '../../src/lib/search/sort';

describe('pagefindSort', () => {
  it.each([
    // relevance is Pagefind's own ranking: no sort option at all
    ['pertinenza', undefined],
    ['titolo', { [sortKeys.title]: 'asc' }],
    // newest first
    ['recenti', { [sortKeys.date]: 'desc' }],
  ] as const)('returns for %s %j', (order, expected) => {
    expect(pagefindSort(order)).toEqual(expected);
  });
});

describe('isSortOrder', () => {
  it.each([
    ['titolo', true],
    ['recenti', true],
    // unknown values and a missing parameter
    ['prezzo', false],
    [null, false],
  ])('returns for %s %s', (value, expected) => {
    expect(isSortOrder(value)).toBe(expected);
  });
});

describe('titleSortKey', () => {
  it.each([
    // case folded: «Zanzariere» after «accoglienza», as in a dictionary
    ['Accoglienza per eventi', 'accoglienza per eventi'],
    // accents folded, so «È» sorts with «e», not after «z»
    ['È più facile', 'e piu facile'],
    ['  Città e servizi ', 'citta e servizi'],
  ])('returns for «%s» «%s»', (title, expected) => {
    expect(titleSortKey(title)).toBe(expected);
  });
});

describe('undatedSortValue', () => {
  it('returns a value that sorts before every real date', () => {
    expect([undatedSortValue, '2025-10-28', '1999-03-12'].sort()).toEqual([undatedSortValue, '1999-03-12', '2025-10-28']);
  });
});
