import { t } from '../../src/i18n/t';
import { urls } from '../../src/lib/urls';
import { field, h, type PreviewProps } from './dom';
import { badge, notice, pageHeader, prose } from './parts';

/** Mirrors the <article> of src/pages/rete/[id].astro, up to the lists drawn from other entries. */
export function MemberPreview(props: PreviewProps) {
  const { entry } = props;
  const name = field<string>(entry, 'name') ?? '';
  const kind = field<'cooperativa' | 'consorzio'>(entry, 'kind') ?? 'cooperativa';
  const website = field<string>(entry, 'website');
  const email = field<string>(entry, 'email');
  const areas = field<string[]>(entry, 'areas') ?? [];
  const sectors = field<string[]>(entry, 'sectors') ?? [];
  const logo = field<{ src?: string; alt?: string }>(entry, 'logo');
  const hostname = (url: string) => {
    try {
      return new URL(url).hostname;
    } catch {
      return url;
    }
  };
  return h(
    'article',
    null,
    pageHeader(
      name,
      field<string>(entry, 'description'),
      h(
        'p',
        { className: 'member__badges' },
        badge(t(`members.kind.${kind}`), 'brand'),
        field(entry, 'role') === 'capofila' ? badge(t('members.role.capofila'), 'accent') : null,
      ),
    ),
    h(
      'div',
      { className: 'wrapper member' },
      h(
        'div',
        { className: 'member__main stack' },
        logo?.src ? h('img', { className: 'member__logo', src: props.getAsset(logo.src).toString(), alt: logo.alt ?? '' }) : null,
        field<boolean>(entry, 'detailsPending') ? notice(t('members.toVerify')) : null,
        prose(props.widgetFor('body')),
      ),
      h(
        'section',
        { className: 'member__facts', 'aria-labelledby': 'member-contacts' },
        h('h2', { id: 'member-contacts' }, t('members.contacts')),
        website || email
          ? h(
              'dl',
              null,
              website
                ? h('div', null, h('dt', null, t('members.website')), h('dd', null, h('a', { href: website, rel: 'external' }, hostname(website))))
                : null,
              email ? h('div', null, h('dt', null, t('members.email')), h('dd', null, h('a', { href: `mailto:${email}` }, email))) : null,
            )
          : // The preview cannot read the settings: it shows the network's contact as a site without one shows it (NetworkContact.astro).
            [
              h('p', null, t('members.noContacts')),
              h(
                'div',
                { className: 'notice notice--warning', role: 'note' },
                h('span', null, t('contact.noEmail')),
                ' ',
                h('a', { href: urls.contact() }, t('members.noContacts.link')),
              ),
            ],
        ...(areas.length > 0 ? [h('h2', null, t('members.areas')), h('p', null, areas.map((a) => t(`areas.${a}` as 'areas.MI')).join(', '))] : []),
        ...(sectors.length > 0 ? [h('h2', null, t('members.sectors')), h('p', null, sectors.join(', '))] : []),
      ),
    ),
  );
}
