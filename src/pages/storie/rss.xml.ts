import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../../i18n/t';
import { getStories } from '../../lib/content';
import { feedItems } from '../../lib/feeds';
import { urls } from '../../lib/urls';

/** The stories feed, /storie/rss.xml: the newest stories, advertised in the head of every page. */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: t('feeds.stories.title'),
    description: t('feeds.stories.description'),
    site: site ?? urls.home(),
    items: feedItems(await getStories(), urls.story),
    customData: '<language>it-it</language>',
  });
