import { describe, expect, it } from 'vitest';
import { countMessage } from '../../src/lib/search/count-message';
import { resultView, type IndexedResult } from '../../src/lib/search/result-view';

const labels = { types: { servizio: 'Servizio', storia: 'Storia', elenco: 'Elenco' }, unverified: 'Scheda da verificare' };

/** A result as Pagefind returns it, with what a test changes. */
function indexed(overrides: Partial<IndexedResult> = {}): IndexedResult {
  return {
    url: '/storie/out-of-the-blue/',
    excerpt: 'Nata in <mark>Consorzio</mark> SiR',
    meta: { title: 'Out of the blue' },
    filters: { tipo: ['storia'] },
    word_count: 100,
    sub_results: [],
    ...overrides,
  };
}

describe('resultView', () => {
  it('returns the title, the type label and the excerpt of a plain result', () => {
    expect(resultView(indexed(), labels)).toEqual({
      url: '/storie/out-of-the-blue/',
      title: 'Out of the blue',
      type: 'Storia',
      excerpt: 'Nata in <mark>Consorzio</mark> SiR',
      sections: [],
    });
  });

  it.each([
    // a page with no title meta shows its address rather than nothing
    ['no title', indexed({ meta: {} }), 'title', '/storie/out-of-the-blue/'],
    // an unknown type shows no label rather than a raw id
    ['an unknown type', indexed({ filters: { tipo: ['altro'] } }), 'type', undefined],
    // the date in words, in Italian, and its ISO form for <time>
    ['a date', indexed({ meta: { title: 'X', data: '2025-10-28' } }), 'date', { iso: '2025-10-28', text: '28 ottobre 2025' }],
    // a malformed date is dropped, not shown as «Invalid Date»
    ['a malformed date', indexed({ meta: { title: 'X', data: '28/10/2025' } }), 'date', undefined],
    ['a summary', indexed({ meta: { title: 'X', summary: ' Una storia. ' } }), 'summary', 'Una storia.'],
    // the page's own image, with its alt text
    ['an image', indexed({ meta: { title: 'X', image: '/_astro/a.webp', image_alt: 'Onde blu' } }), 'image', { src: '/_astro/a.webp', alt: 'Onde blu' }],
    // an image with empty alt is decorative (Pagefind takes the first one it finds): no picture of the page
    ['a decorative image', indexed({ meta: { title: 'X', image: '/_astro/card.svg', image_alt: '' } }), 'image', undefined],
    // a service sheet nobody has confirmed says so in its result
    ['an unverified sheet', indexed({ meta: { title: 'X', verifica: '1' } }), 'unverified', 'Scheda da verificare'],
    // a confirmed one carries no label
    ['a verified sheet', indexed({ meta: { title: 'X' } }), 'unverified', undefined],
  ] as const)('returns for a result with %s the right %s', (_, result, part, expected) => {
    expect(resultView(result, labels)[part]).toEqual(expected);
  });

  it('returns up to three sections of a long page, only those with an anchor', () => {
    const sub_results = [
      { title: 'Out of the blue', url: '/storie/out-of-the-blue/', excerpt: '' },
      { title: 'Il percorso', url: '/storie/out-of-the-blue/#il-percorso', excerpt: '' },
      { title: 'Il gruppo', url: '/storie/out-of-the-blue/#il-gruppo', excerpt: '' },
      { title: 'Oggi', url: '/storie/out-of-the-blue/#oggi', excerpt: '' },
      { title: 'Domani', url: '/storie/out-of-the-blue/#domani', excerpt: '' },
    ];
    expect(resultView(indexed({ word_count: 400, sub_results }), labels).sections.map((s) => s.title)).toEqual(['Il percorso', 'Il gruppo', 'Oggi']);
    // a short page is read whole: no sections
    expect(resultView(indexed({ word_count: 120, sub_results }), labels).sections).toEqual([]);
  });
});

describe('countMessage', () => {
  const templates = {
    count: { one: '1 risultato', other: '{count} risultati' },
    countForQuery: { one: '1 risultato per «{query}»', other: '{count} risultati per «{query}»' },
    none: 'Nessun risultato per «{query}».',
  };
  it.each([
    [0, 'verde', 'Nessun risultato per «verde».'],
    [1, 'verde', '1 risultato per «verde»'],
    [7, 'verde', '7 risultati per «verde»'],
    // filters only: no query to name
    [1, '', '1 risultato'],
    [7, '', '7 risultati'],
  ])('returns for %i results of «%s» «%s»', (count, query, expected) => {
    expect(countMessage(count, query, templates)).toBe(expected);
  });
});
