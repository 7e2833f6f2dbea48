import type { CheckedEntry } from './content-check/entries';
import { pathInLanguage, urls } from './urls';

/** Which date says when an entry's page last changed, and where that page is. */
const dated: Record<string, { field: string; page: (id: string, data: Readonly<Record<string, unknown>>) => string; list?: string }> = {
  stories: { field: 'date', page: urls.story, list: urls.stories() },
  news: { field: 'date', page: urls.newsItem, list: urls.news() },
  services: { field: 'reviewedAt', page: urls.service, list: urls.services() },
  pages: { field: 'updated', page: urls.page },
  guides: { field: 'updated', page: (id, data) => urls.guide(data['section'] === 'persone' ? 'persone' : 'aziende', id) },
};

/**
 * The last-modified date of each page the content dates: a story or news item by its date, a
 * service by its last review, an editable page or a guide by its `updated`, and the list of
 * stories, of news and the catalogue by their newest entry. Pages the content does not date get
 * none, rather than the build day, which would tell search engines every page changed at every
 * build. The dates are the schema's, as the content checker keeps them on its entries.
 *
 * @example
 * lastModifiedByPath([{ collection: 'stories', id: 'x', data: { date: new Date('2025-10-28T00:00:00Z') } }])
 * // → Map { '/storie/x/' → 2025-10-28, '/storie/' → 2025-10-28 }
 */
export function lastModifiedByPath(entries: readonly Pick<CheckedEntry, 'collection' | 'id' | 'data'>[]): Map<string, Date> {
  const byPath = new Map<string, Date>();
  const later = (path: string, date: Date) => {
    const known = byPath.get(path);
    if (!known || date > known) byPath.set(path, date);
  };
  for (const entry of entries) {
    const rule = dated[entry.collection];
    const date = rule && entry.data[rule.field];
    if (!rule || !(date instanceof Date)) continue;
    later(rule.page(entry.id, entry.data), date);
    if (rule.list) later(rule.list, date);
  }
  return byPath;
}

/**
 * The `serialize` of @astrojs/sitemap: gives an item the lastmod of its page, as YYYY-MM-DD. An
 * English page has the date of its Italian page: the dates are the Italian entry's.
 *
 * @example
 * withLastmod({ url: 'https://x.org/storie/x/' }, byPath) // → { url: …, lastmod: '2025-10-28' }
 */
export function withLastmod<T extends { url: string; lastmod?: string | undefined }>(item: T, byPath: ReadonlyMap<string, Date>): T {
  const path = new URL(item.url).pathname;
  const italian = pathInLanguage(path, 'it');
  const date = byPath.get(path) ?? (italian === undefined ? undefined : byPath.get(italian));
  return date ? { ...item, lastmod: date.toISOString().slice(0, 10) } : item;
}
