import { t } from '../../src/i18n/t';
import { formatRomeDay, formatRomeTime } from '../../src/lib/dates';
import { hasEnded } from '../../src/lib/events';
import { fileUrls } from '../../src/lib/urls';
import { formatPerson } from '../../src/lib/people';
import { bodyReport, withReadabilityLine } from './readability-line';
import { asDate, entryId, field, h, relatedName, type PreviewProps } from './dom';
import { badge, formattedDate, pageHeader, prose } from './parts';

interface Person {
  name: string;
  role?: string;
  organisation?: string;
}
interface EventData {
  start?: string;
  end?: string;
  venue?: string;
  address?: string;
  city?: string;
  moderator?: Person;
  speakers?: Person[];
  programme?: string[];
  promoters?: string[];
  partners?: string[];
  patrons?: string[];
}

const validTime = (value: string | undefined): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value);

/** Mirrors src/components/EventDetails.astro. */
function eventDetails(props: PreviewProps, event: EventData, title: string) {
  const id = entryId(props);
  const start = validTime(event.start) ? event.start.slice(0, 16) : undefined;
  const end = validTime(event.end) ? event.end.slice(0, 16) : undefined;
  const ended = end ? hasEnded({ end }, new Date()) : false;
  const partnerNames = (fieldName: 'promoters' | 'partners' | 'patrons') =>
    (event[fieldName] ?? []).map((id) => relatedName(props, ['event', fieldName], 'partners', id, 'name'));
  const groups = [
    { title: t('news.event.promoters'), names: partnerNames('promoters') },
    { title: t('news.event.partners'), names: partnerNames('partners') },
    { title: t('news.event.patrons'), names: partnerNames('patrons') },
  ].filter((group) => group.names.length > 0);
  const list = (tag: 'ul' | 'ol', items: string[]) => h(tag, { className: 'event__list' }, ...items.map((item) => h('li', null, item)));
  const headingId = `event-${id ?? 'preview'}`;
  return h(
    'section',
    { className: 'event', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, t('news.event')),
    h('p', null, badge(ended ? t('news.event.past') : t('news.event.upcoming'), ended ? 'neutral' : 'accent')),
    h(
      'dl',
      { className: 'event__facts' },
      h(
        'div',
        null,
        h('dt', null, t('news.event.when')),
        h(
          'dd',
          null,
          start && end
            ? h('time', { dateTime: start }, t('news.event.timeRange', { date: formatRomeDay(start), start: formatRomeTime(start), end: formatRomeTime(end) }))
            : null,
        ),
      ),
      h('div', null, h('dt', null, t('news.event.where')), h('dd', null, event.venue ?? '', h('br', null), `${event.address ?? ''}, ${event.city ?? ''}`)),
      h(
        'div',
        null,
        h('dt', null, t('news.event.calendar')),
        h(
          'dd',
          null,
          h(
            'a',
            {
              href: fileUrls.eventCalendar(id ?? ''),
              type: 'text/calendar',
              'aria-label': t('news.event.addToCalendar.accessibleLabel', { title }),
            },
            t('news.event.addToCalendar'),
          ),
        ),
      ),
      event.moderator?.name ? h('div', null, h('dt', null, t('news.event.moderator')), h('dd', null, formatPerson(event.moderator))) : null,
    ),
    ...((event.speakers ?? []).length > 0 ? [h('h3', null, t('news.event.speakers')), list('ul', (event.speakers ?? []).map(formatPerson))] : []),
    ...((event.programme ?? []).length > 0 ? [h('h3', null, t('news.event.programme')), list('ol', event.programme ?? [])] : []),
    ...groups.flatMap((group) => [h('h3', null, group.title), list('ul', group.names)]),
  );
}

/** Mirrors the <article> of src/pages/notizie/[id].astro. */
export function NewsPreview(props: PreviewProps) {
  const { entry } = props;
  const date = asDate(field(entry, 'date'));
  const cover = field<{ src?: string; alt?: string }>(entry, 'cover');
  const event = field<EventData>(entry, 'event');
  const title = field<string>(entry, 'title') ?? '';
  return withReadabilityLine(
    bodyReport(field<string>(entry, 'body')),
    h(
      'article',
      null,
      pageHeader(
        title,
        field<string>(entry, 'summary'),
        // An event's page shows when it takes place instead of a publication date.
        event?.start ? null : h('p', { className: 'news-item__date' }, t('date.published'), ' ', date ? formattedDate(date) : null),
      ),
      h(
        'div',
        { className: 'wrapper news-item' },
        h(
          'div',
          { className: 'stack' },
          cover?.src ? h('img', { className: 'news-item__cover', src: props.getAsset(cover.src).toString(), alt: cover.alt ?? '' }) : null,
          prose(props.widgetFor('body')),
        ),
        event?.start ? eventDetails(props, event, title) : null,
      ),
    ),
  );
}
