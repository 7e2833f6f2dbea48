import { fill } from '../../i18n/fill';
import { pluralForm, type PluralForms } from '../../i18n/plural';

/** The dictionary's templates for a result count, already translated by the page. */
export interface CountTemplates {
  count: PluralForms;
  countForQuery: PluralForms;
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
  const template = pluralForm(count, query ? templates.countForQuery : templates.count);
  return fill(template, { count, query });
}
