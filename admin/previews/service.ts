import { t } from '../../src/i18n/t';
import { urls } from '../../src/lib/urls';
import type { ServiceCategory } from '../../src/schemas/service';
import { asDate, entryId, field, h, relatedName, type PreviewProps } from './dom';
import { badge, formattedDate, notice, pageHeader, prose } from './parts';

/** Mirrors the <article> of src/pages/servizi/[id].astro. */
export function ServicePreview(props: PreviewProps) {
  const { entry } = props;
  const id = entryId(props);
  const title = field<string>(entry, 'title') ?? '';
  const category = field<ServiceCategory>(entry, 'category');
  const art14 = field<boolean>(entry, 'art14') ?? false;
  const providers = field<string[]>(entry, 'providers') ?? [];
  const audience = field<string[]>(entry, 'audience') ?? [];
  const areas = field<string[]>(entry, 'areas') ?? [];
  const reviewed = asDate(field(entry, 'reviewedAt'));
  const illustrative = field<boolean>(entry, 'illustrative') ?? false;
  return h(
    'article',
    null,
    pageHeader(
      title,
      field<string>(entry, 'summary'),
      h(
        'p',
        { className: 'service__badges' },
        illustrative ? badge(t('services.unverified'), 'warning') : null,
        category ? badge(t(`categories.${category}`)) : null,
        art14 ? badge(t(illustrative ? 'services.art14.toVerify' : 'services.art14'), 'accent') : null,
      ),
    ),
    h(
      'div',
      { className: 'wrapper service' },
      h('div', { className: 'service__main stack' }, illustrative ? notice(t('services.illustrative'), 'warning') : null, prose(props.widgetFor('body'))),
      h(
        'section',
        { className: 'service__facts', 'aria-labelledby': 'service-facts' },
        h('h2', { id: 'service-facts', className: 'visually-hidden' }, t('services.title')),
        h(
          'dl',
          null,
          h(
            'div',
            null,
            h('dt', null, t('services.providers')),
            h(
              'dd',
              null,
              providers.length > 0
                ? h(
                    'ul',
                    null,
                    ...providers.map((id) => h('li', null, h('a', { href: urls.member(id) }, relatedName(props, 'providers', 'members', id, 'name')))),
                  )
                : t('services.providers.unknown'),
            ),
          ),
          h('div', null, h('dt', null, t('services.audience')), h('dd', null, audience.map((a) => t(`audience.${a}` as 'audience.aziende')).join(', '))),
          h('div', null, h('dt', null, t('services.areas')), h('dd', null, areas.map((a) => t(`areas.${a}` as 'areas.MI')).join(', '))),
          h(
            'div',
            null,
            h('dt', null, t('services.art14')),
            h('dd', null, art14 ? t(illustrative ? 'services.art14.yesToVerify' : 'services.art14.yes') : t('services.art14.no')),
          ),
        ),
        h('p', { className: 'service__reviewed' }, ...(reviewed ? [t('services.reviewedAt'), ' ', formattedDate(reviewed)] : [t('services.notReviewed')])),
        h(
          'p',
          { className: 'service__request' },
          h(
            'a',
            { className: 'button', href: id ? urls.requestWith([id]) : urls.request(), 'aria-describedby': 'service-request-help' },
            t('services.addToRequest'),
          ),
          h('span', { id: 'service-request-help', className: 'service__request-help' }, t('services.addToRequest.help')),
        ),
      ),
    ),
  );
}
