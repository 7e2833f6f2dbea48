/**
 * How /cerca/ can order its results. Relevance is Pagefind's own ranking; the other orders read
 * sort keys that SearchMeta writes into every indexed page: its title, and its date (stories and
 * news) or `undatedSortValue`. Every page has both keys because Pagefind leaves out of a sorted
 * search any page without the key, which would make an order quietly drop results.
 * @see https://pagefind.app/docs/sorts/
 * @see https://github.com/CloudCannon/pagefind/issues/259
 */
export const sortOrders = ['pertinenza', 'titolo', 'recenti'] as const;
export type SortOrder = (typeof sortOrders)[number];

/** The order of a search that names none. */
export const defaultSort: SortOrder = 'pertinenza';

/** The URL parameter that holds the order. */
export const sortParam = 'ordine';

/** Names of the sort keys (and of the date metadata) in the index, shared by SearchMeta and the scripts. */
export const sortKeys = { title: 'titolo', date: 'data' } as const;

/** The date key of a page without a date: before every real date, so last among the newest first. */
export const undatedSortValue = '0000-00-00';

export function isSortOrder(value: string | null | undefined): value is SortOrder {
  return (sortOrders as readonly (string | null | undefined)[]).includes(value);
}

/**
 * Pagefind's `sort` option for an order; relevance needs none.
 *
 * @example
 * pagefindSort('recenti') // → { data: 'desc' }
 */
export function pagefindSort(order: SortOrder): Record<string, 'asc' | 'desc'> | undefined {
  if (order === 'titolo') return { [sortKeys.title]: 'asc' };
  if (order === 'recenti') return { [sortKeys.date]: 'desc' };
  return undefined;
}

/**
 * The key a title sorts by: Pagefind compares sort values as plain strings, so case and accents
 * are folded to keep «È» and «e» next to each other, in Italian alphabetical order.
 *
 * @example
 * titleSortKey('Éventi e Accoglienza') // → 'eventi e accoglienza'
 */
export function titleSortKey(title: string): string {
  return title.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('it-IT').trim();
}
