import { defaultLocale, type Locale } from '../i18n/locales';
import { localizedUrls } from './urls';

/** How many items a list page shows. */
export const itemsPerPage = 12;

export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pages: number;
}

/**
 * Splits a list into pages of `size`; an empty list is one empty page.
 *
 * @example
 * paginate([1, 2, 3], 2) // → [{ items: [1, 2], page: 1, pages: 2 }, { items: [3], page: 2, pages: 2 }]
 */
export function paginate<T>(items: readonly T[], size = itemsPerPage): ListPage<T>[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, index) => ({ items: items.slice(index * size, (index + 1) * size), page: index + 1, pages }));
}

/**
 * The URL of page `page` of a list whose first page is `base`: `/storie/`, `/storie/pagina/2/`.
 */
export function pageUrl(base: string, page: number, locale: Locale = defaultLocale): string {
  return localizedUrls(locale).listPage(base, page);
}
