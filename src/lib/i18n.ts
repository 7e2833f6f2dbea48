import { localeOf, localeTags, type Locale } from '../i18n/locales';
import { translator, type Translator } from '../i18n/t';
import { formatDate } from './dates';
import { localizedFileUrls, localizedUrls } from './urls';

/** What a page or a component of one language needs: its words, its addresses and its dates. */
export interface PageI18n extends Translator {
  urls: ReturnType<typeof localizedUrls>;
  fileUrls: ReturnType<typeof localizedFileUrls>;
  formatDate: (date: Date) => string;
  /** The language's tags for `<html lang>`, Intl and Open Graph. */
  tags: (typeof localeTags)[Locale];
  /**
   * The `lang` (or `hreflang`) for Italian words and Italian-only pages shown here: `'it'` on a page
   * in another language, undefined on an Italian page, where it goes without saying.
   */
  italianMarkup: 'it' | undefined;
}

/**
 * The language of the page being rendered, with everything bound to it. A component calls it
 * with its `Astro`, whose `currentLocale` Astro's i18n routing sets from the page's address.
 *
 * @example
 * const { t, urls } = i18n(Astro); // on /en/network/: t('nav.network') → 'The network', urls.members() → '/en/network/'
 */
export function i18n(astro: { currentLocale?: string | undefined }): PageI18n {
  const locale = localeOf(astro);
  return {
    ...translator(locale),
    urls: localizedUrls(locale),
    fileUrls: localizedFileUrls(locale),
    formatDate: (date) => formatDate(date, locale),
    tags: localeTags[locale],
    italianMarkup: locale === 'it' ? undefined : 'it',
  };
}
