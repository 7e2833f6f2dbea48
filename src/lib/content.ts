import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import { legalFacts } from './l68/facts';

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

const collator = new Intl.Collator('it');

/**
 * Computes a list once per build. Every page reads the same sorted lists (the footer alone needs
 * the counts on every page), and sorting thousands of entries for each of thousands of pages was
 * most of the build time. In development content changes while the server runs, so nothing is kept.
 */
function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.PROD ? (cached ??= compute()) : compute());
}

/** Members: the capofila first, then cooperatives, then consortia, each alphabetical. */
export const getMembers = once(async (): Promise<Member[]> => {
  const rank = (m: Member) => (m.data.role === 'capofila' ? 0 : m.data.kind === 'cooperativa' ? 1 : 2);
  return (await getCollection('members')).sort((a, b) => rank(a) - rank(b) || collator.compare(a.data.name, b.data.name));
});

export const getServices = once(async (): Promise<Service[]> => (await getCollection('services')).sort((a, b) => collator.compare(a.data.title, b.data.title)));

/** Stories, newest first. */
export const getStories = once(async (): Promise<Story[]> => (await getCollection('stories')).sort((a, b) => b.data.date.getTime() - a.data.date.getTime()));

export const getNews = once((): Promise<NewsItem[]> => getCollection('news'));

export const getPartners = once(async (): Promise<Partner[]> => (await getCollection('partners')).sort((a, b) => collator.compare(a.data.name, b.data.name)));

export const getPages = once((): Promise<Page[]> => getCollection('pages'));

export async function getPage(id: string): Promise<Page> {
  return mustGet('pages', id, 'src/pages');
}

/** Easy-to-read texts in their set order, then by title. */
export const getEasyReads = once(async (): Promise<EasyRead[]> =>
  (await getCollection('facile')).sort((a, b) => a.data.order - b.data.order || collator.compare(a.data.title, b.data.title)),
);

/**
 * The calculator's rules in force on the build day: the newest version whose validFrom has come.
 * A site built before any version applies cannot explain the law, so that stops the build.
 */
export const getCurrentRules = once(async () => {
  const now = Date.now();
  const versions = (await getCollection('rules'))
    .filter((r) => r.data.validFrom.getTime() <= now)
    .sort((a, b) => b.data.validFrom.getTime() - a.data.validFrom.getTime());
  const current = versions[0];
  if (!current) throw new Error('content/rules/: no version of the rules is in force today. Add one whose validFrom is today or earlier.');
  return current.data;
});

/** Every legal fact the guides can state, by id, from the rules in force (see legalFacts()). */
export const getLegalFacts = once(async () => legalFacts(await getCurrentRules()));

/** Guides, by section and then in their set order. */
export const getGuides = once(async (): Promise<Guide[]> =>
  (await getCollection('guides')).sort((a, b) => a.data.section.localeCompare(b.data.section) || a.data.order - b.data.order),
);

export async function getGuide(id: string): Promise<Guide> {
  return mustGet('guides', id, 'src/pages');
}

/** The glossary in alphabetical order of its terms. */
export const getGlossary = once(async (): Promise<GlossaryTerm[]> =>
  (await getCollection('glossary')).sort((a, b) => collator.compare(a.data.term, b.data.term)),
);

export const getSettings = once(async () => (await mustGet('settings', 'site', 'content/settings/site.yaml')).data);

/**
 * What the network's structured data says about it (home page and /rete/): its members, its
 * funders and the published contact address. See networkOrganization().
 */
export const getNetworkFacts = once(async () => {
  const [members, partners, settings] = await Promise.all([getMembers(), getPartners(), getSettings()]);
  return {
    members: members.map((m) => ({ id: m.id, name: m.data.name })),
    funders: partners.filter((p) => p.data.kind === 'funder').map((p) => p.data),
    email: settings.contactEmail,
  };
});

/** Counts shown on the site, computed from the collections rather than typed in. */
export const getNetworkCounts = once(async () => {
  const members = await getMembers();
  return {
    cooperatives: members.filter((m) => m.data.kind === 'cooperativa').length,
    consortia: members.filter((m) => m.data.kind === 'consorzio').length,
    services: (await getServices()).length,
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

async function mustGet<C extends CollectionKey>(collection: C, id: string, from: string): Promise<CollectionEntry<C>> {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`${from}: no entry "${id}" in the ${collection} collection.`);
  return entry as CollectionEntry<C>;
}
