import { urls } from './urls';

/** A content entry as the content checker reads it: dates may still be YYYY-MM-DD strings. */
interface CheckedEntry {
  collection: string;
  id: string;
  data: unknown;
}

/** A calendar date from an entry: a Date, or the YYYY-MM-DD text YAML gave. */
function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  return undefined;
}

function field(data: unknown, name: string): unknown {
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[name] : undefined;
}

/** Which date says when an entry's page last changed, and where that page is. */
const dated: Record<string, { field: string; page: (id: string, data: unknown) => string; list?: string }> = {
  stories: { field: 'date', page: urls.story, list: urls.stories() },
  news: { field: 'date', page: urls.newsItem, list: urls.news() },
  services: { field: 'reviewedAt', page: urls.service, list: urls.services() },
  pages: { field: 'updated', page: urls.page },
  guides: { field: 'updated', page: (id, data) => urls.guide(field(data, 'section') === 'persone' ? 'persone' : 'aziende', id) },
};

/**
 * The last-modified date of each page the content dates: a story or news item by its date, a
 * service by its last review, an editable page or a guide by its `updated`, and the list of stories, of news
 * and the catalogue by their newest entry. Pages the content does not date get none, rather than
 * the build day, which would tell search engines every page changed at every build.
 *
 * @example
 * lastModifiedByPath([{ collection: 'stories', id: 'x', data: { date: '2025-10-28' } }])
 * // → Map { '/storie/x/' → 2025-10-28, '/storie/' → 2025-10-28 }
 */
export function lastModifiedByPath(entries: readonly CheckedEntry[]): Map<string, Date> {
  const byPath = new Map<string, Date>();
  const later = (path: string, date: Date) => {
    const known = byPath.get(path);
    if (!known || date > known) byPath.set(path, date);
  };
  for (const entry of entries) {
    const rule = dated[entry.collection];
    const date = rule && toDate(field(entry.data, rule.field));
    if (!rule || !date) continue;
    later(rule.page(entry.id, entry.data), date);
    if (rule.list) later(rule.list, date);
  }
  return byPath;
}

/**
 * The `serialize` of @astrojs/sitemap: gives an item the lastmod of its page, as YYYY-MM-DD.
 *
 * @example
 * withLastmod({ url: 'https://x.org/storie/x/' }, byPath) // → { url: …, lastmod: '2025-10-28' }
 */
export function withLastmod<T extends { url: string; lastmod?: string | undefined }>(item: T, byPath: ReadonlyMap<string, Date>): T {
  const date = byPath.get(new URL(item.url).pathname);
  return date ? { ...item, lastmod: date.toISOString().slice(0, 10) } : item;
}
