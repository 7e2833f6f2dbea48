import type { Locale } from '../../i18n/locales';
import { formatDate, parseDay } from '../dates';
import { sortKeys } from './sort';

/** What Pagefind returns for one result (`result.data()`), as far as the site reads it. */
export interface IndexedResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  word_count: number;
  sub_results: { title: string; url: string; excerpt: string }[];
}

/** One result as the page shows it: every part optional but the link and the excerpt. */
export interface ResultView {
  url: string;
  title: string;
  /** What the page is («Servizio», «Elenco»…), from the `tipo` filter. */
  type?: string;
  /** The page's date, for stories and news. */
  date?: { iso: string; text: string };
  summary?: string;
  /** The page's own image; a decorative image (empty alt) is no picture of the page. */
  image?: { src: string; alt: string };
  /** Pagefind's excerpt: escaped text with <mark> around matched words. */
  excerpt: string;
  /** Sections of a long page that match, as links to their headings. */
  sections: { title: string; url: string }[];
  /** The label of a service sheet nobody has confirmed yet. */
  unverified?: string;
}

/** The Pagefind meta key that marks a service sheet nobody has confirmed yet (SearchMeta.astro). */
export const unverifiedMetaKey = 'verifica';

/** Pages shorter than this have no sections worth listing apart. */
const longPageWords = 150;
const maxSections = 3;

/**
 * Turns Pagefind's data for a result into what a result shows. `labels.types` names each value of
 * the `tipo` filter; an unknown type shows no label rather than a raw id.
 *
 * @example
 * resultView({ url: '/storie/x/', meta: { title: 'X', data: '2025-10-28' }, filters: { tipo: ['storia'] }, … }, { types: { storia: 'Storia' }, unverified: 'Scheda da verificare' })
 * // → { url: '/storie/x/', title: 'X', type: 'Storia', date: { iso: '2025-10-28', text: '28 ottobre 2025' }, … }
 */
export function resultView(result: IndexedResult, labels: { types: Readonly<Record<string, string>>; unverified: string; locale?: Locale }): ResultView {
  const view: ResultView = { url: result.url, title: result.meta['title']?.trim() || result.url, excerpt: result.excerpt, sections: [] };
  if (result.meta[unverifiedMetaKey]) view.unverified = labels.unverified;
  const type = labels.types[result.filters['tipo']?.[0] ?? ''];
  if (type) view.type = type;
  const day = result.meta[sortKeys.date];
  const date = day === undefined ? undefined : parseDay(day);
  if (day && date) view.date = { iso: day, text: formatDate(date, labels.locale) };
  const summary = result.meta['summary']?.trim();
  if (summary) view.summary = summary;
  const src = result.meta['image'];
  const alt = result.meta['image_alt']?.trim();
  if (src && alt) view.image = { src, alt };
  if (result.word_count > longPageWords) {
    view.sections = result.sub_results
      .filter((sub) => sub.url.includes('#'))
      .slice(0, maxSections)
      .map((sub) => ({ title: sub.title, url: sub.url }));
  }
  return view;
}
