import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../i18n/locales';
import { localeTags } from '../../i18n/locales';
import { t } from '../../i18n/t';
import { eventCalendar } from '../calendar';
import { getNews, getStories, type NewsItem } from '../content';
import { feedItems } from '../feeds';
import { eventCalendarPaths } from './route-paths';
import { localizedFileUrls, localizedUrls } from '../urls';

/**
 * The files each language publishes besides its pages: the two feeds and one calendar file per
 * event. The Italian routes and their English twins in src/pages/en/ are one line each, calling these.
 * An English feed carries only the entries that have their English words: its links must lead to English pages.
 */

const inLanguage = (locale: Locale) => (entry: { language: { lang: Locale } }) => entry.language.lang === locale;

/** RSS wants the language as `it-it`, `en-gb`. */
const rssLanguage = (locale: Locale) => `<language>${localeTags[locale].intl.toLowerCase()}</language>`;

/** The stories feed, /storie/rss.xml and /en/stories/rss.xml: the newest stories, advertised in the head of every page. */
export const storiesFeed =
  (locale: Locale): APIRoute =>
  async ({ site }) => {
    const urls = localizedUrls(locale);
    return rss({
      title: t('feeds.stories.title', {}, locale),
      description: t('feeds.stories.description', {}, locale),
      site: site ?? urls.home(),
      items: feedItems((await getStories(locale)).filter(inLanguage(locale)), urls.story),
      customData: rssLanguage(locale),
    });
  };

/** The news and events feed, /notizie/rss.xml and /en/news/rss.xml. */
export const newsFeed =
  (locale: Locale): APIRoute =>
  async ({ site }) => {
    const urls = localizedUrls(locale);
    return rss({
      title: t('feeds.news.title', {}, locale),
      description: t('feeds.news.description', {}, locale),
      site: site ?? urls.home(),
      items: feedItems((await getNews(locale)).filter(inLanguage(locale)), urls.newsItem),
      customData: rssLanguage(locale),
    });
  };

/** The events' calendar files, /notizie/<id>.ics: what each language builds. */
export const eventCalendarStaticPaths = (locale: Locale) => (async () => eventCalendarPaths(locale)) satisfies GetStaticPaths;

/** One event's calendar file, linked from the event's details as «Aggiungi al calendario». */
export const eventCalendarFile =
  (locale: Locale): APIRoute<{ item: NewsItem }> =>
  ({ props, site }) => {
    const { item } = props;
    const event = item.data.event;
    if (!event) throw new Error(`${localizedFileUrls(locale).eventCalendar(item.id)}: content/news/${item.id}/index.md has no event.`);
    const origin = site ?? new URL('http://localhost');
    const body = eventCalendar(
      {
        // One event, one uid: a calendar that imported the Italian file updates the same event from the English one.
        uid: `${item.id}@${origin.hostname}`,
        title: item.data.title,
        summary: item.data.summary,
        url: new URL(localizedUrls(locale).newsItem(item.id), origin).href,
        ...event,
      },
      `-//${t('site.name', {}, locale)}//${origin.hostname}//${locale.toUpperCase()}`,
    );
    return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
  };
