import { defaultSort, isSortOrder, sortParam, type SortOrder } from './sort';

/**
 * The facets a visitor can filter by, on /cerca/ and on /servizi/. Each facet is one URL
 * parameter and one Pagefind filter with the same name, and its values are stable ids (category
 * ids, member ids, province codes), so a URL with filters keeps working when a label changes.
 */
export const facetNames = ['tipo', 'categoria', 'fornitore', 'territorio', 'destinatari', 'art14'] as const;
export type FacetName = (typeof facetNames)[number];

/** What a page is, for the `tipo` facet. */
export const pageTypes = ['servizio', 'storia', 'notizia', 'membro', 'facile', 'elenco', 'pagina'] as const;
export type PageType = (typeof pageTypes)[number];

/** The selected values of each facet; a facet with no values does not filter. */
export type FacetSelection = Partial<Record<FacetName, string[]>>;

export interface SearchState {
  query: string;
  facets: FacetSelection;
  /** The order of the results; absent means relevance. Only /cerca/ offers a choice. */
  sort?: SortOrder | undefined;
}

const isFacet = (name: string): name is FacetName => (facetNames as readonly string[]).includes(name);

/**
 * Reads the search state from a URL's query string. Unknown parameters and orders are ignored;
 * repeated parameters select several values of a facet.
 *
 * @example
 * parseState('?q=pulizie&categoria=pulizie&categoria=verde&ordine=titolo')
 * // → { query: 'pulizie', facets: { categoria: ['pulizie', 'verde'] }, sort: 'titolo' }
 */
export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const facets: FacetSelection = {};
  for (const [name, value] of params) {
    if (!isFacet(name) || !value) continue;
    const values = (facets[name] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  const sort = params.get(sortParam);
  const state: SearchState = { query: (params.get('q') ?? '').trim(), facets };
  if (isSortOrder(sort) && sort !== defaultSort) state.sort = sort;
  return state;
}

/**
 * Writes a search state as a query string, in a stable order so that the same view always has
 * the same URL.
 *
 * @example
 * serializeState({ query: 'pulizie', facets: { territorio: ['MB'] } }) // → '?q=pulizie&territorio=MB'
 */
export function serializeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const name of facetNames) for (const value of [...(state.facets[name] ?? [])].sort()) params.append(name, value);
  if (state.sort && state.sort !== defaultSort) params.set(sortParam, state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when nothing is asked: no words and no filter (an order alone asks for nothing). */
export function isEmptyState(state: SearchState): boolean {
  return !state.query && facetNames.every((name) => (state.facets[name] ?? []).length === 0);
}

/**
 * Pagefind filters for a selection: values of one facet are OR-ed (`any`), facets are AND-ed.
 * `except` leaves one facet out, to count what each of its values would give.
 *
 * @example
 * pagefindFilters({ categoria: ['pulizie', 'verde'], territorio: ['MB'] })
 * // → { categoria: { any: ['pulizie', 'verde'] }, territorio: { any: ['MB'] } }
 */
export function pagefindFilters(facets: FacetSelection, except?: FacetName): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const name of facetNames) {
    const values = facets[name] ?? [];
    if (name !== except && values.length > 0) filters[name] = { any: values };
  }
  return filters;
}

/**
 * Whether an item with these facet values matches a selection: at least one selected value in
 * every facet that has a selection.
 *
 * @example
 * matchesFacets({ categoria: ['pulizie'], territorio: ['MI', 'MB'] }, { territorio: ['MB'] }) // → true
 */
export function matchesFacets(item: FacetSelection, facets: FacetSelection): boolean {
  return facetNames.every((name) => {
    const wanted = facets[name] ?? [];
    return wanted.length === 0 || wanted.some((value) => (item[name] ?? []).includes(value));
  });
}
