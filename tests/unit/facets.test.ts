import { describe, expect, it } from 'vitest';
import { isEmptyState, matchesFacets, pagefindFilters, parseState, serializeState } from '../../src/lib/search/facets';

describe('parseState', () => {
  it.each([
    // the query is trimmed; repeated parameters select several values
    ['?q=%20pulizie%20&categoria=pulizie&categoria=verde', { query: 'pulizie', facets: { categoria: ['pulizie', 'verde'] } }],
    // unknown parameters and empty values are ignored, duplicates collapse
    ['?utm_source=x&territorio=&territorio=MB&territorio=MB', { query: '', facets: { territorio: ['MB'] } }],
    ['', { query: '', facets: {} }],
    // an order other than relevance is kept; relevance and unknown orders are left out
    ['?q=verde&ordine=recenti', { query: 'verde', facets: {}, sort: 'recenti' }],
    ['?q=verde&ordine=pertinenza', { query: 'verde', facets: {} }],
    ['?q=verde&ordine=prezzo', { query: 'verde', facets: {} }],
  ])('returns the state of %s', (search, expected) => {
    expect(parseState(search)).toEqual(expected);
  });
});

describe('serializeState', () => {
  it('returns a stable query string that parses back to the same state', () => {
    const state = { query: 'data entry', facets: { territorio: ['MI', 'MB'], categoria: ['amministrativi'] } };
    const text = serializeState(state);
    expect(text).toBe('?q=data+entry&categoria=amministrativi&territorio=MB&territorio=MI');
    expect(parseState(text)).toEqual({ query: 'data entry', facets: { categoria: ['amministrativi'], territorio: ['MB', 'MI'] } });
  });
  it('returns the order after the filters, and nothing for relevance', () => {
    expect(serializeState({ query: 'verde', facets: { territorio: ['MB'] }, sort: 'titolo' })).toBe('?q=verde&territorio=MB&ordine=titolo');
    expect(serializeState({ query: 'verde', facets: {}, sort: 'pertinenza' })).toBe('?q=verde');
  });
  it('returns an empty string for an empty state', () => {
    expect(serializeState({ query: ' ', facets: {} })).toBe('');
  });
});

describe('isEmptyState', () => {
  it.each([
    ['', true],
    // an order alone asks for nothing
    ['?ordine=recenti', true],
    ['?q=verde', false],
    ['?art14=si', false],
  ])('returns for %s %s', (search, expected) => {
    expect(isEmptyState(parseState(search))).toBe(expected);
  });
});

describe('pagefindFilters', () => {
  it('returns values OR-ed within a facet and facets AND-ed, leaving out the one asked', () => {
    const facets = { categoria: ['pulizie', 'verde'], territorio: ['MB'] };
    expect(pagefindFilters(facets)).toEqual({ categoria: { any: ['pulizie', 'verde'] }, territorio: { any: ['MB'] } });
    expect(pagefindFilters(facets, 'categoria')).toEqual({ territorio: { any: ['MB'] } });
  });
});

describe('matchesFacets', () => {
  const item = { tipo: ['servizio'], categoria: ['pulizie'], territorio: ['MI', 'MB'], art14: ['si'] };
  it.each([
    [{}, true],
    [{ territorio: ['MB'] }, true],
    // OR within a facet
    [{ categoria: ['verde', 'pulizie'] }, true],
    // AND across facets
    [{ categoria: ['pulizie'], territorio: ['VA'] }, false],
    [{ art14: ['no'] }, false],
    // a facet the item has no value for never matches a selection
    [{ fornitore: ['alveare'] }, false],
  ])('returns whether the item matches %j', (selection, expected) => {
    expect(matchesFacets(item, selection)).toBe(expected);
  });
});
