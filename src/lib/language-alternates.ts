import { defaultLocale, localeTags, locales, type Locale } from '../i18n/locales';
import { pathInLanguage } from './urls';

/** A page's version in one language, for hreflang links and the language switcher. */
export interface LanguageVersion {
  locale: Locale;
  path: string;
}

/**
 * The versions of a page that exist: the page itself and its counterpart in each other language
 * the page is published in. A page published in one language only has no versions to offer,
 * so no hreflang links: they must come in real pairs, each pointing back at the other.
 *
 * @example
 * languageVersions('/rete/alveare/', ['it', 'en']) // → [{ locale: 'it', path: '/rete/alveare/' }, { locale: 'en', path: '/en/network/alveare/' }]
 * languageVersions('/storie/x/', ['it']) // → []
 */
export function languageVersions(path: string, published: readonly Locale[]): LanguageVersion[] {
  const versions = locales.flatMap((locale) => {
    const counterpart = published.includes(locale) ? pathInLanguage(path, locale) : undefined;
    return counterpart ? [{ locale, path: counterpart }] : [];
  });
  return versions.length > 1 ? versions : [];
}

/** hreflang links for a page's versions, with x-default on the Italian one, the site's first language. */
export function hreflangLinks(versions: readonly LanguageVersion[], site: URL): { hreflang: string; href: string }[] {
  const links = versions.map(({ locale, path }) => ({ hreflang: localeTags[locale].lang, href: new URL(path, site).href }));
  const fallback = versions.find((version) => version.locale === defaultLocale);
  return fallback ? [...links, { hreflang: 'x-default', href: new URL(fallback.path, site).href }] : links;
}

/**
 * The `serialize` step of @astrojs/sitemap: the item's language versions as `links`, when the
 * counterpart page was built. The built pages are the proof: an English entry without a
 * translation has no page, so its Italian item gets no link to it.
 *
 * @example
 * withLanguageLinks({ url: 'https://x.org/chi-siamo/' }, new Set(['/chi-siamo/', '/en/about/']))
 * // → { url: …, links: [{ lang: 'it', url: 'https://x.org/chi-siamo/' }, { lang: 'en', url: 'https://x.org/en/about/' }, { lang: 'x-default', … }] }
 */
export function withLanguageLinks<T extends { url: string; links?: { lang: string; url: string }[] | undefined }>(item: T, builtPaths: ReadonlySet<string>): T {
  const url = new URL(item.url);
  const published = locales.filter((locale) => {
    const counterpart = pathInLanguage(url.pathname, locale);
    return counterpart !== undefined && builtPaths.has(counterpart);
  });
  const links = hreflangLinks(languageVersions(url.pathname, published), new URL(url.origin)).map(({ hreflang, href }) => ({ lang: hreflang, url: href }));
  return links.length > 0 ? { ...item, links } : item;
}
