import type { FAQPage } from 'schema-dts';
import { defaultLocale, localeTags, type Locale } from '../../i18n/locales';
import { absoluteUrl } from './ids';

export interface FaqFacts {
  question: string;
  answer: string;
}

/**
 * A page's questions and answers, exactly as the page shows them, as an FAQPage.
 *
 * @example
 * faqPage(site, '/aziende/', [{ question: 'Chi conta?', answer: 'I lavoratori…' }]).mainEntity
 * // → [{ '@type': 'Question', name: 'Chi conta?', acceptedAnswer: { '@type': 'Answer', text: 'I lavoratori…' } }]
 */
export function faqPage(site: URL, pagePath: string, items: readonly FaqFacts[], locale: Locale = defaultLocale): FAQPage {
  const url = absoluteUrl(pagePath, site);
  return {
    '@type': 'FAQPage',
    '@id': `${url}#faq`,
    url,
    inLanguage: localeTags[locale].intl,
    mainEntity: items.map((item) => ({ '@type': 'Question', name: item.question, acceptedAnswer: { '@type': 'Answer', text: item.answer } })),
  };
}
