import { pageUrl } from './pagination';
import { localizedUrls, specialPageUrls, urls } from './urls';

export interface Redirect {
  from: string;
  to: string;
  status: 301 | 302;
}

/**
 * Addresses a visitor or an old link may use that the site serves elsewhere: an editable page
 * that has a route of its own, a page that moved (the companies' page was an editable page,
 * /per-le-aziende/, before it became a guide), and page 1 of a list, which is the list itself.
 * Permanent, so search engines keep one URL.
 */
export function redirectRules(): Redirect[] {
  const pages = Object.entries(specialPageUrls)
    .filter(([id, url]) => `/${id}/` !== url)
    .map(([id, url]): Redirect => ({ from: `/${id}/`, to: url, status: 301 }));
  const moved: Redirect[] = [{ from: '/per-le-aziende/', to: urls.companies(), status: 301 }];
  // Page 1 written as a page: the address of page 2 with its number changed.
  const firstPages = (['it', 'en'] as const).flatMap((locale) => {
    const localized = localizedUrls(locale);
    return [localized.stories(), localized.news()].map((list): Redirect => ({
      from: localized.listPage(list, 2).replace(/2\/$/, '1/'),
      to: pageUrl(list, 1, locale),
      status: 301,
    }));
  });
  return [...pages, ...moved, ...firstPages];
}

/**
 * The redirects file in the format of Cloudflare Pages (`_redirects`): one `from to status` per
 * line. The address without its final slash is listed too: the host matches paths exactly.
 * @see https://developers.cloudflare.com/pages/configuration/redirects/
 *
 * @example
 * renderRedirectsFile([{ from: '/a/', to: '/b/', status: 301 }]) // → '/a /b/ 301\n/a/ /b/ 301\n'
 */
export function renderRedirectsFile(rules: readonly Redirect[] = redirectRules()): string {
  return rules
    .flatMap((rule) => [`${rule.from.replace(/\/$/, '')} ${rule.to} ${rule.status}`, `${rule.from} ${rule.to} ${rule.status}`])
    .join('\n')
    .concat('\n');
}
