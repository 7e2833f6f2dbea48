import type { IndexedResult } from '../lib/search/result-view';

/** The parts of Pagefind's browser API the site uses. */
export interface PagefindResult {
  id: string;
  data(): Promise<IndexedResult>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind from this site, once, the first time a visitor uses search: no page pays for it
 * before that. The path is kept out of the bundler's reach: the index exists only after the build.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const path = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    return pagefind;
  })();
  return loading;
}
