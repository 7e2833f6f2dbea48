import { describe, expect, it } from 'vitest';
import { lastModifiedByPath, withLastmod } from '../../src/lib/sitemap-lastmod';
import type { CollectionName } from '../../src/schemas';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('lastModifiedByPath', () => {
  it.each([
    // A story: its page and the stories list take its date.
    [[{ collection: 'stories', id: 'x', data: { date: day('2025-10-28') } }], { '/storie/x/': '2025-10-28', '/storie/': '2025-10-28' }],
    // A news item.
    [[{ collection: 'news', id: 'n', data: { date: day('2025-10-20') } }], { '/notizie/n/': '2025-10-20', '/notizie/': '2025-10-20' }],
    // A service is dated by its last review; the catalogue by the newest review.
    [
      [
        { collection: 'services', id: 'a', data: { reviewedAt: day('2026-01-10') } },
        { collection: 'services', id: 'b', data: { reviewedAt: day('2026-03-02') } },
      ],
      { '/servizi/a/': '2026-01-10', '/servizi/b/': '2026-03-02', '/servizi/': '2026-03-02' },
    ],
    // A page with `updated`, at its own URL or its special route; one without gets nothing.
    [
      [
        { collection: 'pages', id: 'privacy', data: { updated: day('2026-11-25') } },
        { collection: 'pages', id: 'contatti', data: { updated: day('2026-02-01') } },
        { collection: 'pages', id: 'chi-siamo', data: {} },
      ],
      { '/privacy/': '2026-11-25', '/contatti/': '2026-02-01' },
    ],
    // A guide with `updated`: the section's own page, or a page under it.
    [
      [
        { collection: 'guides', id: 'aziende', data: { section: 'aziende', updated: day('2026-12-01') } },
        { collection: 'guides', id: 'obbligo', data: { section: 'aziende', updated: day('2026-12-02') } },
      ],
      { '/aziende/': '2026-12-01', '/aziende/obbligo/': '2026-12-02' },
    ],
    // A date that is not a Date (the schema's output always is one) is no date.
    [[{ collection: 'stories', id: 'x', data: { date: '2025-10-28' } }], {}],
    // Members carry no date: no lastmod rather than a made-up one.
    [[{ collection: 'members', id: 'arca', data: { name: 'Arca' } }], {}],
  ] as [{ collection: CollectionName; id: string; data: Record<string, unknown> }[], Record<string, string>][])(
    'returns the dates of %j',
    (entries, expected) => {
      const byPath = lastModifiedByPath(entries);
      expect(Object.fromEntries([...byPath].map(([path, date]) => [path, date.toISOString().slice(0, 10)]))).toEqual(expected);
    },
  );
});

describe('withLastmod', () => {
  const byPath = new Map([['/storie/x/', day('2025-10-28')]]);
  it('returns the item with the lastmod of its page', () => {
    expect(withLastmod({ url: 'https://www.example.org/storie/x/' }, byPath)).toEqual({ url: 'https://www.example.org/storie/x/', lastmod: '2025-10-28' });
  });
  it('returns an item the content does not date unchanged', () => {
    expect(withLastmod({ url: 'https://www.example.org/cerca/' }, byPath)).toEqual({ url: 'https://www.example.org/cerca/' });
  });
});
