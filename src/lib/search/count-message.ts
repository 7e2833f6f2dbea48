import { fill } from '../../i18n/fill';

/** The dictionary's templates for a result count, already translated by the page. */
export interface CountTemplates {
  one: string;
  many: string;
  oneForQuery: string;
  manyForQuery: string;
  none: string;
}

/**
 * The sentence that announces how many results a search found, naming the query when there is
 * one (a search with filters only has none).
 *
 * @example
 * countMessage(3, 'pulizie', templates) // → '3 risultati per «pulizie»'
 */
export function countMessage(count: number, query: string, templates: CountTemplates): string {
  if (count === 0) return fill(templates.none, { query });
  const template = query ? (count === 1 ? templates.oneForQuery : templates.manyForQuery) : count === 1 ? templates.one : templates.many;
  return fill(template, { count, query });
}
