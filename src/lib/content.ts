import { getCollection, getEntry, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { defaultLocale, localeTags, type Locale } from '../i18n/locales';
import { legalFacts } from './l68/facts';
import { mergeTranslation } from './translation-merge';

/**
 * The one place pages read content from. Lists come sorted the way the site shows them, and
 * references are resolved strictly: the content checker has already refused dangling ones, so
 * a miss here is a bug and stops the build.
 */

export type Member = CollectionEntry<'members'>;
export type Service = CollectionEntry<'services'>;
export type Story = CollectionEntry<'stories'>;
export type NewsItem = CollectionEntry<'news'>;
export type Partner = CollectionEntry<'partners'>;
export type Page = CollectionEntry<'pages'>;
export type Guide = CollectionEntry<'guides'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;
export type EasyRead = CollectionEntry<'facile'>;

const collators = Object.fromEntries(Object.entries(localeTags).map(([locale, { intl }]) => [locale, new Intl.Collator(intl)])) as Record<
  Locale,
  Intl.Collator
>;

/**
 * Computes a list once per build and language. Every page reads the same sorted lists (the footer
 * alone needs the counts on every page), and sorting thousands of entries for each of thousands of
 * pages was most of the build time. In development content changes while the server runs, so
 * nothing is kept.
 */
function once<T>(compute: (locale: Locale) => Promise<T>): (locale?: Locale) => Promise<T> {
  const cached = new Map<Locale, Promise<T>>();
  return (locale = defaultLocale) => {
    if (!import.meta.env.PROD) return compute(locale);
    let value = cached.get(locale);
    if (!value) {
      value = compute(locale);
      cached.set(locale, value);
    }
    return value;
  };
}

/** Collections that have an English translation collection beside them (src/schemas/translation.ts). */
type Translated = 'members' | 'services' | 'stories' | 'news' | 'pages' | 'glossary' | 'guides' | 'rules' | 'settings';

/** Where an entry shown in a language comes from: its translation, or none yet (the Italian is shown, and marked). */
export interface EntryLanguage {
  /** The language of the words the entry carries on this page. */
  lang: Locale;
  /** The translation whose body is rendered, when there is one. */
  translation?: CollectionEntry<`${Translated}En`> | undefined;
  /** The Italian data, for what stays Italian beside the translation (a glossary term's Italian name). */
  italian: unknown;
  /** The languages the entry's page is published in: Italian always, English once translated. */
  published: readonly Locale[];
}

/** An entry in the language of a page: its words from the translation, the rest from the Italian. */
export type Localized<E> = E & { language: EntryLanguage };

const bilingual: readonly Locale[] = ['it', 'en'];
const italianOnly: readonly Locale[] = ['it'];

/**
 * The entries of an Italian collection in a language. In Italian they are as they are; in English
 * each one's words come from its translation (content/en/), and one without a translation stays
 * Italian, marked, so a list can link to the Italian page and say so.
 */
async function localized<C extends Translated>(collection: C, entries: CollectionEntry<C>[], locale: Locale): Promise<Localized<CollectionEntry<C>>[]> {
  const translations = new Map((await getCollection(`${collection}En` as `${Translated}En`)).map((entry) => [entry.id, entry]));
  const publishedIn = (id: string): readonly Locale[] => (translations.has(id) ? bilingual : italianOnly);
  if (locale === defaultLocale) {
    return entries.map((entry) => ({ ...entry, language: { lang: defaultLocale, italian: entry.data, published: publishedIn(entry.id) } }));
  }
  return entries.map((entry) => {
    const translation = translations.get(entry.id);
    return {
      ...entry,
      data: translation ? mergeTranslation(entry.data, translation.data) : entry.data,
      // The translation's body is not in `data`: its digest keeps incremental builds honest.
      digest: translation ? `${String(entry.digest ?? '')}/${String(translation.digest ?? '')}` : entry.digest,
      language: { lang: translation ? locale : defaultLocale, translation, italian: entry.data, published: publishedIn(entry.id) },
    };
  });
}

/** The rendered body of an entry in its page's language: the translation's where there is one. */
export function renderEntry<C extends CollectionKey>(entry: CollectionEntry<C> & { language?: EntryLanguage }) {
  return render((entry.language?.translation ?? entry) as unknown as Parameters<typeof render>[0]);
}

/** Members: the capofila first, then cooperatives, then consortia, each alphabetical. */
export const getMembers = once(async (locale): Promise<Localized<Member>[]> => {
  const rank = (m: Member) => (m.data.role === 'capofila' ? 0 : m.data.kind === 'cooperativa' ? 1 : 2);
  const members = (await getCollection('members')).sort((a, b) => rank(a) - rank(b) || collators.it.compare(a.data.name, b.data.name));
  return localized('members', members, locale);
});

export const getServices = once(async (locale): Promise<Localized<Service>[]> =>
  (await localized('services', await getCollection('services'), locale)).sort((a, b) => collators[locale].compare(a.data.title, b.data.title)),
);

/** Stories, newest first. */
export const getStories = once(async (locale): Promise<Localized<Story>[]> =>
  localized(
    'stories',
    (await getCollection('stories')).sort((a, b) => b.data.date.getTime() - a.data.date.getTime()),
    locale,
  ),
);

export const getNews = once(async (locale): Promise<Localized<NewsItem>[]> => localized('news', await getCollection('news'), locale));

export const getPartners = once(async (): Promise<Partner[]> =>
  (await getCollection('partners')).sort((a, b) => collators.it.compare(a.data.name, b.data.name)),
);

export const getPages = once(async (locale): Promise<Localized<Page>[]> => localized('pages', await getCollection('pages'), locale));

export async function getPage(id: string, locale: Locale = defaultLocale): Promise<Localized<Page>> {
  const page = (await getPages(locale)).find((entry) => entry.id === id);
  if (!page) throw new Error(`src/pages: no entry "${id}" in the pages collection.`);
  return page;
}

/** Easy-to-read texts in their set order, then by title. */
export const getEasyReads = once(async (): Promise<EasyRead[]> =>
  (await getCollection('facile')).sort((a, b) => a.data.order - b.data.order || collators.it.compare(a.data.title, b.data.title)),
);

/**
 * The calculator's rules in force on the build day: the newest version whose validFrom has come.
 * A site built before any version applies cannot explain the law, so that stops the build.
 */
export const getCurrentRules = once(async (locale) => {
  const now = Date.now();
  const versions = (await getCollection('rules'))
    .filter((r) => r.data.validFrom.getTime() <= now)
    .sort((a, b) => b.data.validFrom.getTime() - a.data.validFrom.getTime());
  const current = versions[0];
  if (!current) throw new Error('content/rules/: no version of the rules is in force today. Add one whose validFrom is today or earlier.');
  const [inLanguage] = await localized('rules', [current], locale);
  return (inLanguage ?? current).data;
});

/** Every legal fact the guides can state, by id, from the rules in force, in a language (see legalFacts()). */
export const getLegalFacts = once(async (locale) => legalFacts(await getCurrentRules(locale)));

/** Guides, by section and then in their set order. */
export const getGuides = once(async (locale): Promise<Localized<Guide>[]> =>
  localized(
    'guides',
    (await getCollection('guides')).sort((a, b) => a.data.section.localeCompare(b.data.section) || a.data.order - b.data.order),
    locale,
  ),
);

export async function getGuide(id: string, locale: Locale = defaultLocale): Promise<Localized<Guide>> {
  const guide = (await getGuides(locale)).find((entry) => entry.id === id);
  if (!guide) throw new Error(`src/pages: no entry "${id}" in the guides collection.`);
  return guide;
}

/** The glossary in alphabetical order of its terms. */
export const getGlossary = once(async (locale): Promise<Localized<GlossaryTerm>[]> =>
  (await localized('glossary', await getCollection('glossary'), locale)).sort((a, b) => collators[locale].compare(a.data.term, b.data.term)),
);

export const getSettings = once(async (locale) => {
  const [settings] = await localized('settings', [await mustGet('settings', 'site', 'content/settings/site.yaml')], locale);
  if (!settings) throw new Error('content/settings/site.yaml: missing.');
  return settings.data;
});

/**
 * What the network's structured data says about it (home page and /rete/): its members, its
 * funders and the published contact address. See networkOrganization().
 */
export const getNetworkFacts = once(async (locale) => {
  const [members, partners, settings] = await Promise.all([getMembers(locale), getPartners(), getSettings(locale)]);
  return {
    members: members.map((m) => ({ id: m.id, name: m.data.name })),
    funders: partners.filter((p) => p.data.kind === 'funder').map((p) => p.data),
    email: settings.contactEmail,
  };
});

/** Counts shown on the site, computed from the collections rather than typed in. */
export const getNetworkCounts = once(async (locale) => {
  const members = await getMembers(locale);
  return {
    cooperatives: members.filter((m) => m.data.kind === 'cooperativa').length,
    consortia: members.filter((m) => m.data.kind === 'consorzio').length,
    services: (await getServices(locale)).length,
    lead: members.find((m) => m.data.role === 'capofila'),
  };
});

/**
 * What every page may show besides its own content: the footer names the network's size and its
 * capofila, and a page that tells the visitor to write shows the network's contact (members
 * without contacts of their own). Part of every incremental-build cache key (see cache-keys.ts).
 */
export const getLayoutKey = once(async () => {
  const [members, settings] = await Promise.all([getMembers(), getSettings()]);
  const contact = [settings.contactEmail, settings.contactPhone, settings.contactAddress];
  return JSON.stringify([members.map((m) => [m.id, m.data.kind, m.data.role, m.data.name]), contact]);
});

/** Resolves references of one entry, in order. */
export async function resolveAll<C extends CollectionKey>(references: readonly { collection: C; id: string }[], from: string): Promise<CollectionEntry<C>[]> {
  return Promise.all(references.map((reference) => mustGet(reference.collection, reference.id, from)));
}

/** Resolves an entry's references to members, services or stories, in the page's language and in order. */
export async function resolveLocalized<C extends 'members' | 'services' | 'stories'>(
  references: readonly { collection: C; id: string }[],
  from: string,
  locale: Locale,
): Promise<Localized<CollectionEntry<C>>[]> {
  const lists = { members: getMembers, services: getServices, stories: getStories } as const;
  return Promise.all(
    references.map(async (reference) => {
      const found = (await lists[reference.collection](locale)).find((entry) => entry.id === reference.id);
      if (!found) throw new Error(`${from}: no entry "${reference.id}" in the ${reference.collection} collection.`);
      return found as Localized<CollectionEntry<C>>;
    }),
  );
}

async function mustGet<C extends CollectionKey>(collection: C, id: string, from: string): Promise<CollectionEntry<C>> {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`${from}: no entry "${id}" in the ${collection} collection.`);
  return entry as CollectionEntry<C>;
}
