import { defaultLocale, type Locale } from '../../i18n/locales';
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
  /** The page's language, for the results' dates. */
  locale: Locale;
}

/**
 * Messages shared by the search page and the search in the header. `none` is the header's: the
 * search page adds a hint about its filters.
 */
export function resultMessages(locale: Locale = defaultLocale): ResultMessages {
  return {
    loading: t('searchPage.loading', {}, locale),
    count: pluralForms('searchPage.count', locale),
    countForQuery: pluralForms('searchPage.countForQuery', locale),
    none: t('search.panel.none', {}, locale),
    error: t('searchPage.error', {}, locale),
    types: Object.fromEntries(pageTypes.map((type) => [type, t(`search.type.${type}`, {}, locale)])) as Record<PageType, string>,
    unverified: t('services.unverified', {}, locale),
    locale,
  };
}
