import type { UiKey } from '../i18n/t';
import { defaultLocale, type Locale } from '../i18n/locales';
import { localizedUrls } from './urls';

/** A link of a navigation list: its label's dictionary key and its address. */
export interface NavigationLink {
  key: UiKey;
  href: string;
}

/**
 * The site's navigation lists in one language: the same pages in the same order, at the
 * language's addresses.
 *
 * @example
 * navigation('en').mainMenu[0] // → { key: 'nav.network', href: '/en/network/' }
 */
export function navigation(locale: Locale) {
  const urls = localizedUrls(locale);
  /** Every page a navigation list links to, once, by the key of its label. */
  const links = {
    'nav.home': urls.home(),
    'nav.network': urls.members(),
    'nav.services': urls.services(),
    'nav.companies': urls.companies(),
    'nav.people': urls.people(),
    'nav.stories': urls.stories(),
    'nav.news': urls.news(),
    'nav.about': urls.page('chi-siamo'),
    'nav.contact': urls.contact(),
    'footer.partners': urls.partners(),
    'footer.accessibility': urls.page('accessibilita'),
    'footer.privacy': urls.page('privacy'),
  } as const satisfies Partial<Record<UiKey, string>>;
  const list = (...keys: (keyof typeof links)[]): readonly NavigationLink[] => keys.map((key) => ({ key, href: links[key] }));

  /** The main menu, in the header (SiteNav), in the order of the site's sections: the two audiences side by side. */
  const mainMenu = list('nav.network', 'nav.services', 'nav.companies', 'nav.people', 'nav.stories', 'nav.news', 'nav.about', 'nav.contact');
  return {
    mainMenu,
    /** The footer's sections: the main menu but the contact page, which the footer lists with the pages about the site. */
    footerSections: mainMenu.filter((link) => link.key !== 'nav.contact'),
    /** The footer's pages about the site: how to reach the network, who supports it, and the legal pages. */
    footerSiteLinks: list('nav.contact', 'footer.partners', 'footer.accessibility', 'footer.privacy'),
    /** What the 404 page suggests: the start page and the sections a lost visitor most likely wanted. */
    notFoundLinks: list('nav.home', 'nav.services', 'nav.network', 'nav.companies', 'nav.people', 'nav.contact'),
  };
}

/** The Italian lists, for Node code and tests. */
export const { mainMenu, footerSections, footerSiteLinks, notFoundLinks } = navigation(defaultLocale);
