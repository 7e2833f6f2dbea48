import { pluralForms, t } from '../../i18n/t';
import type { CountTemplates } from './count-message';
import { pageTypes, type PageType } from './facets';

/** The strings a search script shows, translated at build time so the browser needs no dictionary. */
export interface ResultMessages extends CountTemplates {
  loading: string;
  error: string;
  /** What each kind of page is called in a result («Servizio», «Elenco»…). */
  types: Record<PageType, string>;
  /** The label of a service sheet nobody has confirmed yet. */
  unverified: string;
}

/**
 * Messages shared by the search page and the search in the header. `none` is the header's: the
 * search page adds a hint about its filters.
 */
export function resultMessages(): ResultMessages {
  return {
    loading: t('searchPage.loading'),
    count: pluralForms('searchPage.count'),
    countForQuery: pluralForms('searchPage.countForQuery'),
    none: t('search.panel.none'),
    error: t('searchPage.error'),
    types: Object.fromEntries(pageTypes.map((type) => [type, t(`search.type.${type}`)])) as Record<PageType, string>,
    unverified: t('services.unverified'),
  };
}
