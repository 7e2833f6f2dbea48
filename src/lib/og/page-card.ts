import { defaultLocale, isLocale, type Locale } from '../../i18n/locales';
import { t } from '../../i18n/t';
import type { CardSpec } from './card';
import { decodeEntities } from '../html-text';

/**
 * How a page names its social card, and how the build reads that back. The layout writes the
 * card's text on the og:image tag as data attributes; after the build, scripts/build.ts
 * reads them from every page and draws the cards. So the card of any page, whatever route made
 * it, comes from the very text the page shows.
 */

/**
 * The section a page's card shows: the second breadcrumb on pages below a section
 * (Home › Storie › …), none for the home page and the sections themselves.
 *
 * @example
 * cardSection([{ label: 'Home' }, { label: 'Storie' }, { label: 'Out of the blue' }]) // → 'Storie'
 */
export function cardSection(crumbs: readonly { label: string }[] | undefined): string | undefined {
  return crumbs && crumbs.length > 2 ? crumbs[1]?.label : undefined;
}

/** The whole card of a page: its title and section, with the site's name and tagline. */
export function pageCard(title: string, section: string | undefined, locale: Locale = defaultLocale): CardSpec {
  return { title, section, siteName: t('site.name', {}, locale), tagline: t('site.tagline', {}, locale) };
}

/**
 * The card a built page asks for: the path of its og:image and the card's text, or undefined for
 * a page without one (the admin).
 *
 * @example
 * readPageCard('<meta property="og:image" content="https://x.org/og/ab.png" data-card-title="Storie">')
 * // → { path: '/og/ab.png', spec: { title: 'Storie', section: undefined, … } }
 */
export function readPageCard(html: string): { path: string; spec: CardSpec } | undefined {
  const tag = /<meta\s[^>]*property="og:image"[^>]*>/.exec(html)?.[0];
  if (!tag) return undefined;
  const attribute = (name: string) => {
    const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    return value === undefined ? undefined : decodeEntities(value);
  };
  const content = attribute('content');
  const title = attribute('data-card-title');
  if (!content || title === undefined) return undefined;
  // The card is in the page's language: its site name and tagline too.
  const lang = /<html\s[^>]*lang="([^"]*)"/.exec(html)?.[1];
  return { path: new URL(content).pathname, spec: pageCard(title, attribute('data-card-section'), isLocale(lang) ? lang : defaultLocale) };
}
