import { t } from '../../src/i18n/t';
import { formatDate } from '../../src/lib/dates';
import { ideaLines } from '../../src/lib/easy-read';
import { urls } from '../../src/lib/urls';
import { asDate, field, h, relatedName, type PreviewProps } from './dom';
import { notice, pageHeader } from './parts';
import { ideasReport, withReadabilityLine } from './readability-line';

interface Idea {
  testo?: string;
  immagine?: { src?: string; alt?: string };
}

/** Mirrors the <article> of src/pages/facile/[id].astro (and src/pages/facile/_ReadingCheck.astro). */
export function EasyReadPreview(props: PreviewProps) {
  const { entry } = props;
  const ideas = field<Idea[]>(entry, 'ideas') ?? [];
  const check = field<{ da?: string; data?: unknown }>(entry, 'verifica');
  const checkedOn = asDate(check?.data);
  const checked = check?.da && checkedOn ? { who: check.da, date: formatDate(checkedOn) } : undefined;
  const fullVersion = field<string>(entry, 'fullVersion');
  return withReadabilityLine(
    ideasReport(ideas),
    h(
      'article',
      { className: 'easy-read' },
      pageHeader(
        field<string>(entry, 'title') ?? '',
        field<string>(entry, 'summary'),
        checked ? h('p', { className: 'easy-read__checked' }, t('easyRead.checked', checked)) : notice(t('easyRead.unchecked'), 'warning'),
      ),
      h(
        'div',
        { className: 'wrapper easy-read__body' },
        ...ideas.map((idea) =>
          h(
            'div',
            { className: 'easy-idea' },
            idea.immagine?.src
              ? h('img', { className: 'easy-idea__drawing', src: props.getAsset(idea.immagine.src).toString(), alt: idea.immagine.alt ?? '' })
              : null,
            h('div', { className: 'easy-idea__text' }, ...ideaLines(idea.testo ?? '').map((line) => h('p', null, line))),
          ),
        ),
        fullVersion
          ? h(
              'p',
              { className: 'easy-read__full' },
              h('a', { href: urls.page(fullVersion) }, t('easyRead.fullVersion', { title: relatedName(props, 'fullVersion', 'pages', fullVersion, 'title') })),
            )
          : null,
        checked ? h('p', { className: 'easy-read__credit' }, t('easyRead.logoCredit')) : null,
      ),
    ),
  );
}
