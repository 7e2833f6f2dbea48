import type { Locale } from '../../i18n/locales';
import { areasWithServices, groupByCategory, relatedServices, servicesOfMember } from '../catalogue';
import {
  getEasyReads,
  getGuides,
  getLayoutKey,
  getMembers,
  getNews,
  getPages,
  getPartners,
  getServices,
  getStories,
  type Localized,
  type Member,
  type NewsItem,
  type Service,
  type Story,
} from '../content';
import { hasEnded, splitByBuildTime } from '../events';
import { pageCacheKey } from './cache-keys';
import { paginate } from '../pagination';
import { specialPageUrls } from '../urls';

/**
 * The pages each route builds, in a language: the Italian routes and their English twins under
 * src/pages/en/ call the same function. An English route builds a page only for an entry that
 * has its translation; lists still show the others, linked to their Italian page.
 */

/** Whether an entry has its words in the language (always, in Italian). */
const inLanguage = (locale: Locale) => (entry: { language: { lang: Locale } }) => entry.language.lang === locale;

export async function memberPaths(locale: Locale) {
  const [members, services, stories, layout] = await Promise.all([getMembers(locale), getServices(locale), getStories(locale), getLayoutKey()]);
  // A member page lists the member's services and the stories about it.
  const shown = (member: Member) => [...servicesOfMember(services, member.id), ...stories.filter((s) => s.data.members.some((m) => m.id === member.id))];
  return members
    .filter(inLanguage(locale))
    .map((member) => ({ params: { id: member.id }, props: { member }, cacheKey: pageCacheKey([member, ...shown(member)], layout) }));
}

export async function servicePaths(locale: Locale) {
  const [services, members, layout] = await Promise.all([getServices(locale), getMembers(locale), getLayoutKey()]);
  // A service page shows its providers and a few services of its category: its key covers exactly
  // those, not the whole category, which made hashing the keys cost more than the pages at scale.
  const shown = (service: Service) => [...members.filter((m) => service.data.providers.some((p) => p.id === m.id)), ...relatedServices(services, service)];
  return services
    .filter(inLanguage(locale))
    .map((service) => ({ params: { id: service.id }, props: { service }, cacheKey: pageCacheKey([service, ...shown(service)], layout) }));
}

export async function categoryPaths(locale: Locale) {
  const groups = groupByCategory(await getServices(locale));
  return groups.map((group) => ({ params: { category: group.category }, props: { group, all: groups } }));
}

export async function areaPaths(locale: Locale) {
  return areasWithServices(await getServices(locale)).map((area) => ({ params: { area: area.toLowerCase() }, props: { area } }));
}

export async function storyPaths(locale: Locale) {
  const [members, services, stories, layout] = await Promise.all([getMembers(locale), getServices(locale), getStories(locale), getLayoutKey()]);
  const related = (story: Story) => [
    ...members.filter((m) => story.data.members.some((r) => r.id === m.id)),
    ...services.filter((s) => story.data.services.some((r) => r.id === s.id)),
  ];
  return stories
    .filter(inLanguage(locale))
    .map((story) => ({ params: { id: story.id }, props: { story }, cacheKey: pageCacheKey([story, ...related(story)], layout) }));
}

/** The pages of the stories list after the first. */
export async function storyListPaths(locale: Locale) {
  return paginate(await getStories(locale))
    .slice(1)
    .map((list) => ({ params: { page: String(list.page) }, props: { list } }));
}

export async function newsPaths(locale: Locale) {
  const [news, partners, layout] = await Promise.all([getNews(locale), getPartners(), getLayoutKey()]);
  const now = new Date();
  // An event page names its partners and says whether the event has ended, which depends on the day of the build.
  const shown = (item: NewsItem) =>
    partners.filter((p) =>
      [...(item.data.event?.promoters ?? []), ...(item.data.event?.partners ?? []), ...(item.data.event?.patrons ?? [])].some((r) => r.id === p.id),
    );
  return news.filter(inLanguage(locale)).map((item) => ({
    params: { id: item.id },
    props: { item },
    cacheKey: pageCacheKey([item, ...shown(item)], `${layout}${item.data.event && hasEnded(item.data.event, now) ? 'ended' : ''}`),
  }));
}

/** The pages of the past news after the first. */
export async function newsListPaths(locale: Locale) {
  const { past } = splitByBuildTime(await getNews(locale), new Date());
  return paginate(past)
    .slice(1)
    .map((list) => ({ params: { page: String(list.page) }, props: { list } }));
}

/** One calendar file per event of the language. */
export async function eventCalendarPaths(locale: Locale) {
  return (await getNews(locale)).filter((item) => item.data.event && inLanguage(locale)(item)).map((item) => ({ params: { id: item.id }, props: { item } }));
}

/** Editable pages without a route of their own, at /<id>/ (English: /en/<English word>/). */
export async function pagePaths(locale: Locale, slugOf: (id: string) => string = (id) => id) {
  const [pages, easyReads, layout] = await Promise.all([getPages(locale), getEasyReads(), getLayoutKey()]);
  return pages
    .filter((page) => !(page.id in specialPageUrls) && inLanguage(locale)(page))
    .map((page) => {
      // The easy-to-read text of the page, if there is one (in Italian): the two link to each other.
      const easyRead = easyReads.find((text) => text.data.fullVersion?.id === page.id);
      return { params: { page: slugOf(page.id) }, props: { page, easyRead }, cacheKey: pageCacheKey([page, ...(easyRead ? [easyRead] : [])], layout) };
    });
}

/** The companies' guides other than the section's own page. */
export async function companyGuidePaths(locale: Locale) {
  return (await getGuides(locale))
    .filter((guide) => guide.data.section === 'aziende' && guide.id !== 'aziende' && inLanguage(locale)(guide))
    .map((guide) => ({ params: { guide: guide.id }, props: { guide } }));
}

export type { Localized };
