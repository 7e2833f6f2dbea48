import { t } from '../../src/i18n/t';
import { bodyReport, withReadabilityLine } from './readability-line';
import { asDate, field, h, type PreviewProps } from './dom';
import { faqList, formattedDate, pageHeader, prose } from './parts';

/** Mirrors the <article> of src/pages/[page].astro (and of /aziende/ and /contatti/, which add to it). */
export function PagePreview(props: PreviewProps) {
  const { entry } = props;
  const updated = asDate(field(entry, 'updated'));
  const faq = field<{ question?: string; answer?: string }[]>(entry, 'faq') ?? [];
  return withReadabilityLine(
    bodyReport(field<string>(entry, 'body')),
    h(
      'article',
      null,
      pageHeader(
        field<string>(entry, 'title') ?? '',
        field<string>(entry, 'summary'),
        updated ? h('p', { className: 'page__updated' }, t('date.updated'), ' ', formattedDate(updated)) : null,
      ),
      h('div', { className: 'wrapper stack' }, prose(props.widgetFor('body')), faq.length > 0 ? faqList(faq) : null),
    ),
  );
}
