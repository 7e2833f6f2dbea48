import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../i18n/t';
import { eventCalendar } from '../../lib/calendar';
import { getNews, type NewsItem } from '../../lib/content';
import { fileUrls, urls } from '../../lib/urls';

/** One calendar file per event, /notizie/<id>.ics, linked from the event's details as «Aggiungi al calendario». */
export const getStaticPaths = (async () =>
  (await getNews()).filter((item) => item.data.event).map((item) => ({ params: { id: item.id }, props: { item } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: NewsItem }> = ({ props, site }) => {
  const { item } = props;
  const event = item.data.event;
  if (!event) throw new Error(`${fileUrls.eventCalendar(item.id)}: content/news/${item.id}/index.md has no event.`);
  const origin = site ?? new URL('http://localhost');
  const body = eventCalendar(
    {
      uid: `${item.id}@${origin.hostname}`,
      title: item.data.title,
      summary: item.data.summary,
      url: new URL(urls.newsItem(item.id), origin).href,
      ...event,
    },
    `-//${t('site.name')}//${origin.hostname}//IT`,
  );
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
