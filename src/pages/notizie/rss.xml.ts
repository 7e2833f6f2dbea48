import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../../i18n/t';
import { getNews } from '../../lib/content';
import { feedItems } from '../../lib/feeds';
import { urls } from '../../lib/urls';

/** The news and events feed, /notizie/rss.xml: the newest items, advertised in the head of every page. */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: t('feeds.news.title'),
    description: t('feeds.news.description'),
    site: site ?? urls.home(),
    items: feedItems(await getNews(), urls.newsItem),
    customData: '<language>it-it</language>',
  });
