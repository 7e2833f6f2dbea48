import type { Area } from '../schemas/shared';
import { serializeShortlist } from './request/shortlist';
import type { ServiceCategory } from '../schemas/service';
import type { GuideSection } from '../schemas/guide';

/**
 * Every public URL pattern, in one place: pages, links and tests build URLs here.
 * All URLs end with a slash, matching `trailingSlash: 'always'`.
 */
export const urls = {
  home: () => '/',
  members: () => '/rete/',
  member: (id: string) => `/rete/${id}/`,
  services: () => '/servizi/',
  service: (id: string) => `/servizi/${id}/`,
  serviceCategory: (category: ServiceCategory) => `/servizi/categoria/${category}/`,
  serviceArea: (area: Area) => `/servizi/territorio/${area.toLowerCase()}/`,
  stories: () => '/storie/',
  story: (id: string) => `/storie/${id}/`,
  news: () => '/notizie/',
  newsItem: (id: string) => `/notizie/${id}/`,
  companies: () => '/aziende/',
  people: () => '/persone/',
  /** A guide: the one named after its section is the section's page (/aziende/), the others sit under it. */
  guide: (section: GuideSection, id: string) => (id === section ? `/${section}/` : `/${section}/${id}/`),
  easyRead: () => '/facile/',
  easyReadText: (id: string) => `/facile/${id}/`,
  glossary: () => '/glossario/',
  glossaryTerm: (id: string) => `/glossario/#${id}`,
  calculator: () => '/aziende/calcolatore/',
  request: () => '/aziende/richiesta/',
  /** The request page with a shortlist of services already chosen. */
  requestWith: (serviceIds: readonly string[]) => `/aziende/richiesta/${serializeShortlist(serviceIds)}`,
  partners: () => '/partner/',
  contact: () => '/contatti/',
  search: () => '/cerca/',
  page: (id: string) => specialPageUrls[id] ?? `/${id}/`,
} as const;

/**
 * Files the site publishes besides its pages: the feeds, one calendar file per event and the
 * social cards. They do not end with a slash and are not in the sitemap.
 */
export const fileUrls = {
  storiesFeed: () => '/storie/rss.xml',
  newsFeed: () => '/notizie/rss.xml',
  eventCalendar: (id: string) => `/notizie/${id}.ics`,
  /** A card's file name is the hash made by cardFileName() in src/lib/node/og/card-file-name.ts. */
  socialCard: (fileName: string) => `/og/${fileName}`,
} as const;

/** Pages collection entries shown by a route of their own instead of the generic /<id>/. */
export const specialPageUrls: Record<string, string> = {
  contatti: '/contatti/',
  privacy: '/privacy/',
};

/**
 * Ids an entry cannot take, because a route already owns that URL: a page called `servizi` would
 * collide with the catalogue, a story called `pagina` with the list's second page.
 */
export const reservedIds: Partial<Record<string, readonly string[]>> = {
  pages: [
    'rete',
    'servizi',
    'storie',
    'notizie',
    'aziende',
    'persone',
    'facile',
    'glossario',
    'partner',
    'cerca',
    'admin',
    'pagefind',
    '404',
    'rss',
    'og',
    'robots.txt',
  ],
  guides: ['calcolatore', 'richiesta'],
  services: ['categoria', 'territorio'],
  stories: ['pagina'],
  news: ['pagina'],
};

/**
 * Whether a built path is a page for the sitemap: not the admin, not files such as robots.txt or
 * the host's _headers.
 *
 * @example
 * isPublicPage('/servizi/') // → true
 * isPublicPage('/robots.txt') // → false
 */
export function isPublicPage(path: string): boolean {
  return path.endsWith('/') && !path.startsWith('/admin/');
}
