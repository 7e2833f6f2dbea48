import { defaultLocale, localeTags, type Locale } from '../../i18n/locales';
import type { Article } from 'schema-dts';
import { isoDay } from '../dates';
import { absoluteUrl } from './ids';
import { memberReference, networkReference, type MemberFacts } from './organization';

export interface ArticleFacts {
  /** The page's path, from urls.ts. */
  path: string;
  title: string;
  summary: string;
  date: Date;
  /** The social card, an absolute URL: every article has one, whether or not it has a cover. */
  image: string;
  /** Members the article is about (a story's `members`). */
  about?: readonly Pick<MemberFacts, 'id' | 'name'>[] | undefined;
}

/**
 * A story or a news item as an Article. The site names no author for them, so the network, which
 * publishes them, is both author and publisher.
 *
 * @example
 * articleNode(site, { path: '/storie/x/', title: 'X', summary: '…', date, image }).datePublished // → '2025-10-28'
 */
export function articleNode(site: URL, article: ArticleFacts, locale: Locale = defaultLocale): Article {
  const url = absoluteUrl(article.path, site);
  const about = article.about ?? [];
  return {
    '@type': 'Article',
    '@id': `${url}#article`,
    headline: article.title,
    description: article.summary,
    datePublished: isoDay(article.date),
    inLanguage: localeTags[locale].intl,
    url,
    mainEntityOfPage: url,
    image: article.image,
    author: networkReference(site),
    publisher: networkReference(site),
    ...(about.length > 0 ? { about: about.map((member) => memberReference(site, member)) } : {}),
  };
}
