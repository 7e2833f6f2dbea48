import { t } from '../../src/i18n/t';
import { urls } from '../../src/lib/urls';
import { bodyReport, withReadabilityLine } from './readability-line';
import { asDate, field, h, relatedName, type PreviewProps } from './dom';
import { formattedDate, pageHeader, prose } from './parts';

/** Mirrors the <article> of src/pages/storie/[id].astro. */
export function StoryPreview(props: PreviewProps) {
  const { entry } = props;
  const date = asDate(field(entry, 'date'));
  const cover = field<{ src?: string; alt?: string }>(entry, 'cover');
  const members = field<string[]>(entry, 'members') ?? [];
  const services = field<string[]>(entry, 'services') ?? [];
  const related = (heading: string, id: string, items: { href: string; name: string }[]) =>
    h(
      'section',
      { 'aria-labelledby': id },
      h('h2', { id }, heading),
      h('ul', null, ...items.map((item) => h('li', null, h('a', { href: item.href }, item.name)))),
    );
  return withReadabilityLine(
    bodyReport(field<string>(entry, 'body')),
    h(
      'article',
      null,
      pageHeader(
        field<string>(entry, 'title') ?? '',
        field<string>(entry, 'summary'),
        h('p', { className: 'story__date' }, t('date.published'), ' ', date ? formattedDate(date) : null),
      ),
      h(
        'div',
        { className: 'wrapper stack' },
        cover?.src ? h('img', { className: 'story__cover', src: props.getAsset(cover.src).toString(), alt: cover.alt ?? '' }) : null,
        prose(props.widgetFor('body')),
        members.length > 0 || services.length > 0
          ? h(
              'footer',
              { className: 'story__related' },
              members.length > 0
                ? related(
                    t('stories.related.members'),
                    'story-members',
                    members.map((id) => ({ href: urls.member(id), name: relatedName(props, 'members', 'members', id, 'name') })),
                  )
                : null,
              services.length > 0
                ? related(
                    t('stories.related.services'),
                    'story-services',
                    services.map((id) => ({ href: urls.service(id), name: relatedName(props, 'services', 'services', id, 'title') })),
                  )
                : null,
            )
          : null,
      ),
    ),
  );
}
