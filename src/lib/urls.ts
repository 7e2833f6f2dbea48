import type { Area } from '../schemas/shared';
import { serializeShortlist } from './request/shortlist';
import type { ServiceCategory } from '../schemas/service';
import type { GuideSection } from '../schemas/guide';
import { defaultLocale, type Locale } from '../i18n/locales';

/** The words of each language's addresses. Entry ids stay as they are: they name the Italian entry. */
const words = {
  it: {
    members: 'rete',
    services: 'servizi',
    category: 'categoria',
    area: 'territorio',
    stories: 'storie',
    news: 'notizie',
    companies: 'aziende',
    calculator: 'calcolatore',
    request: 'richiesta',
    people: 'persone',
    glossary: 'glossario',
    partners: 'partner',
    contact: 'contatti',
    privacy: 'privacy',
    search: 'cerca',
    page: 'pagina',
  },
  en: {
    members: 'network',
    services: 'services',
    category: 'category',
    area: 'area',
    stories: 'stories',
    news: 'news',
    companies: 'companies',
    calculator: 'calculator',
    request: 'request',
    people: 'people',
    glossary: 'glossary',
    partners: 'partners',
    contact: 'contact',
    privacy: 'privacy',
    search: 'search',
    page: 'page',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** Where each language's pages start: Italian at the root, English under /en/ (Astro's i18n routing, prefixDefaultLocale: false). */
const roots: Record<Locale, string> = { it: '/', en: '/en/' };

/** The English address of an editable page whose id is an Italian word. */
const englishPageSlugs: Partial<Record<string, string>> = { 'chi-siamo': 'about', accessibilita: 'accessibility' };

/**
 * The last part of an editable page's English address: an English word where the Italian id is
 * an Italian word, the id otherwise.
 *
 * @example
 * englishPageSlug('chi-siamo') // → 'about'
 */
export const englishPageSlug = (id: string): string => englishPageSlugs[id] ?? id;

/** The section of a guide, in each language's words. */
const guideSections = { aziende: 'companies', persone: 'people' } as const satisfies Record<GuideSection, keyof (typeof words)['it']>;

/**
 * Every public URL pattern of one language, in one place: pages, links and tests build URLs
 * here. All URLs end with a slash, matching `trailingSlash: 'always'`.
 *
 * @example
 * localizedUrls('en').member('alveare') // → '/en/network/alveare/'
 */
export function localizedUrls(locale: Locale) {
  const w = words[locale];
  const root = roots[locale];
  const section = (word: keyof typeof w) => `${root}${w[word]}/`;
  return {
    home: () => root,
    members: () => section('members'),
    member: (id: string) => `${section('members')}${id}/`,
    services: () => section('services'),
    service: (id: string) => `${section('services')}${id}/`,
    serviceCategory: (category: ServiceCategory) => `${section('services')}${w.category}/${category}/`,
    serviceArea: (area: Area) => `${section('services')}${w.area}/${area.toLowerCase()}/`,
    stories: () => section('stories'),
    story: (id: string) => `${section('stories')}${id}/`,
    news: () => section('news'),
    newsItem: (id: string) => `${section('news')}${id}/`,
    companies: () => section('companies'),
    people: () => section('people'),
    /** A guide: the one named after its section is the section's page (/aziende/), the others sit under it. */
    guide: (guideSection: GuideSection, id: string) => `${section(guideSections[guideSection])}${id === guideSection ? '' : `${id}/`}`,
    /** The easy-to-read texts: in Italian only, so the same address from every language. */
    easyRead: () => '/facile/',
    easyReadText: (id: string) => `/facile/${id}/`,
    glossary: () => section('glossary'),
    glossaryTerm: (id: string) => `${section('glossary')}#${id}`,
    calculator: () => `${section('companies')}${w.calculator}/`,
    request: () => `${section('companies')}${w.request}/`,
    /** The request page with a shortlist of services already chosen. */
    requestWith: (serviceIds: readonly string[]) => `${section('companies')}${w.request}/${serializeShortlist(serviceIds)}`,
    partners: () => section('partners'),
    contact: () => section('contact'),
    search: () => section('search'),
    page: (id: string) => (id in specialPageWords ? section(specialPageWords[id] as keyof typeof w) : `${root}${locale === 'en' ? englishPageSlug(id) : id}/`),
    /** Page `n` of a list whose first page is `base`: `/storie/`, `/storie/pagina/2/`. */
    listPage: (base: string, n: number) => (n <= 1 ? base : `${base}${w.page}/${n}/`),
  } as const;
}

/** The words that may follow a section's word, by section: `/servizi/categoria/…`, `/storie/pagina/2/`. */
const subWords: Partial<Record<keyof (typeof words)['it'], readonly (keyof (typeof words)['it'])[]>> = {
  services: ['category', 'area'],
  stories: ['page'],
  news: ['page'],
  companies: ['calculator', 'request'],
};

/** Sections with no other language: the easy-to-read texts are written in Italian for Italian readers. */
const italianOnly = ['facile'];

/**
 * The language of a page, from its address: English under /en/, Italian everywhere else.
 *
 * @example
 * localeOfPath('/en/network/') // → 'en'
 * localeOfPath('/rete/') // → 'it'
 */
export function localeOfPath(path: string): Locale {
  return path.startsWith(roots.en) || path === '/en' ? 'en' : 'it';
}

/**
 * The address of the same page in another language, word by word: `/rete/alveare/` ↔
 * `/en/network/alveare/`, `/chi-siamo/` ↔ `/en/about/`. It says where the page would be, not
 * that it exists: an entry may have no translation yet. Undefined for a page that has no
 * counterpart by design (the easy-to-read texts).
 *
 * @example
 * pathInLanguage('/servizi/categoria/pulizie/', 'en') // → '/en/services/category/pulizie/'
 * pathInLanguage('/en/about/', 'it') // → '/chi-siamo/'
 */
export function pathInLanguage(path: string, to: Locale): string | undefined {
  const from = localeOfPath(path);
  const segments = path.slice(roots[from].length).split('/').filter(Boolean);
  if (segments[0] !== undefined && italianOnly.includes(segments[0])) return undefined;
  const [first, second, ...rest] = segments;
  const keyOf = (word: string | undefined, among: readonly (keyof (typeof words)['it'])[]) => among.find((key) => words[from][key] === word);
  const section = keyOf(first, Object.keys(words[from]) as (keyof (typeof words)['it'])[]);
  let translated: string[];
  if (first === undefined) translated = [];
  else if (section) {
    const sub = keyOf(second, subWords[section] ?? []);
    translated = [words[to][section], ...(second === undefined ? [] : [sub ? words[to][sub] : second]), ...rest];
  } else {
    // An editable page at /<id>/: its English address may be an English word.
    const italianId = from === 'en' ? (Object.entries(englishPageSlugs).find(([, slug]) => slug === first)?.[0] ?? first) : first;
    translated = [to === 'en' ? englishPageSlug(italianId) : italianId, ...(second === undefined ? [] : [second]), ...rest];
  }
  return `${roots[to]}${translated.map((segment) => `${segment}/`).join('')}`;
}

/** The Italian addresses: the site's first language, and what tests and Node code use. */
export const urls = localizedUrls(defaultLocale);

/**
 * Files the site publishes besides its pages: the feeds, one calendar file per event and the
 * social cards. They do not end with a slash and are not in the sitemap.
 */
export function localizedFileUrls(locale: Locale) {
  const pages = localizedUrls(locale);
  return {
    storiesFeed: () => `${pages.stories()}rss.xml`,
    newsFeed: () => `${pages.news()}rss.xml`,
    eventCalendar: (id: string) => `${pages.newsItem(id).slice(0, -1)}.ics`,
    /** A card's file name is the hash made by cardFileName() in src/lib/node/og/card-file-name.ts. */
    socialCard: (fileName: string) => `/og/${fileName}`,
  } as const;
}

export const fileUrls = localizedFileUrls(defaultLocale);

/** Pages collection entries shown by a route of their own instead of the generic /<id>/, by the word of their address. */
const specialPageWords: Record<string, string> = { contatti: 'contact', privacy: 'privacy' };

/** The Italian addresses of the pages above, for the routes that leave them out of the generic one. */
export const specialPageUrls: Record<string, string> = Object.fromEntries(Object.keys(specialPageWords).map((id) => [id, urls.page(id)]));

/** A word of the addresses, in both languages: `page` → ['pagina', 'page']. */
const bothLanguages = (...keys: (keyof (typeof words)['it'])[]) => keys.flatMap((key) => [words.it[key], words.en[key]]);

/**
 * Ids an entry cannot take, because a route already owns that URL in one of the languages: a
 * page called `servizi` would collide with the catalogue, one called `about` with the English
 * «chi siamo», a story called `pagina` with the list's second page.
 */
export const reservedIds: Partial<Record<string, readonly string[]>> = {
  pages: [
    ...bothLanguages('members', 'services', 'stories', 'news', 'companies', 'people', 'glossary', 'partners', 'search'),
    ...Object.values(englishPageSlugs).filter((slug) => slug !== undefined),
    'en',
    'facile',
    'admin',
    'pagefind',
    '404',
    'rss',
    'og',
    'robots.txt',
  ],
  guides: bothLanguages('calculator', 'request'),
  services: bothLanguages('category', 'area'),
  stories: bothLanguages('page'),
  news: bothLanguages('page'),
};

/**
 * Whether a built path is a page for the sitemap: not the admin, not a language's page-not-found
 * page, not files such as robots.txt or the host's _headers.
 *
 * @example
 * isPublicPage('/servizi/') // → true
 * isPublicPage('/en/404/') // → false
 * isPublicPage('/robots.txt') // → false
 */
export function isPublicPage(path: string): boolean {
  return path.endsWith('/') && !path.startsWith('/admin/') && !path.endsWith('/404/');
}
