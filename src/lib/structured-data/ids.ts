import { urls } from '../urls';

/**
 * Stable `@id`s for the nodes that several pages mention, so that search engines can join them:
 * an organisation is the URL of its page on this site with `#organization`.
 *
 * @example
 * networkId(new URL('https://example.org')) // → 'https://example.org/#organization'
 */
export function networkId(site: URL): string {
  return `${absoluteUrl(urls.home(), site)}#organization`;
}

/** The `@id` of a member organisation: its page on this site with `#organization`. */
export function memberId(site: URL, id: string): string {
  return `${absoluteUrl(urls.member(id), site)}#organization`;
}

/**
 * An absolute URL on the site: structured data, feeds and social cards are read away from the
 * page, where a relative URL means nothing.
 *
 * @example
 * absoluteUrl('/storie/', new URL('https://example.org')) // → 'https://example.org/storie/'
 */
export function absoluteUrl(path: string, site: URL): string {
  return new URL(path, site).href;
}
