import type { UiKey } from '../i18n/t';
import { urls } from './urls';

/** A link of a navigation list: its label's dictionary key and its address. */
export interface NavigationLink {
  key: UiKey;
  href: string;
}

/** Every page a navigation list links to, once, by the key of its label. */
const links = {
  'nav.home': urls.home(),
  'nav.network': urls.members(),
  'nav.services': urls.services(),
  'nav.companies': urls.companies(),
  'nav.stories': urls.stories(),
  'nav.news': urls.news(),
  'nav.about': urls.page('chi-siamo'),
  'nav.contact': urls.contact(),
  'footer.partners': urls.partners(),
  'footer.accessibility': urls.page('accessibilita'),
  'footer.privacy': urls.page('privacy'),
} as const satisfies Partial<Record<UiKey, string>>;

const list = (...keys: (keyof typeof links)[]): readonly NavigationLink[] => keys.map((key) => ({ key, href: links[key] }));

/** The main menu, in the header (SiteNav), in the order of the site's sections. */
export const mainMenu = list('nav.network', 'nav.services', 'nav.companies', 'nav.stories', 'nav.news', 'nav.about', 'nav.contact');

/** The footer's sections: the main menu but the contact page, which the footer lists with the pages about the site. */
export const footerSections = mainMenu.filter((link) => link.key !== 'nav.contact');

/** The footer's pages about the site: how to reach the network, who supports it, and the legal pages. */
export const footerSiteLinks = list('nav.contact', 'footer.partners', 'footer.accessibility', 'footer.privacy');

/** What the 404 page suggests: the start page and the sections a lost visitor most likely wanted. */
export const notFoundLinks = list('nav.home', 'nav.services', 'nav.network', 'nav.companies', 'nav.contact');
