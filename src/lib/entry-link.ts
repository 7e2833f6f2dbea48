import type { Locale } from '../i18n/locales';
import { localizedUrls } from './urls';

export type LocalizedUrls = ReturnType<typeof localizedUrls>;

/**
 * Where a link to an entry goes from a page in `locale`: to its page in that language when the
 * entry is translated, to its Italian page otherwise, and in which language the link's words are.
 * `shownIn` is the entry's `language.lang` (src/lib/content.ts); `to` picks the entry's page
 * among a language's addresses.
 *
 * @example
 * entryLink((urls) => urls.story('out-of-the-blue'), 'en', 'it') // → { href: '/storie/out-of-the-blue/', lang: 'it', otherLanguage: true }
 */
export function entryLink(to: (urls: LocalizedUrls) => string, locale: Locale, shownIn: Locale) {
  return { href: to(localizedUrls(shownIn)), lang: shownIn, otherLanguage: shownIn !== locale };
}
