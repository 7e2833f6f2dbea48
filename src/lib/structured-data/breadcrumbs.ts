import type { BreadcrumbList } from 'schema-dts';
import { absoluteUrl } from './ids';

export interface BreadcrumbFacts {
  label: string;
  /** Omitted for the current page, the last crumb. */
  href?: string | undefined;
}

/**
 * The breadcrumbs a page shows, as a BreadcrumbList. The last crumb is the page itself, which has
 * no link on the page; here it gets the page's own URL, so that every item has one.
 *
 * @example
 * breadcrumbList(site, '/storie/', [{ label: 'Home', href: '/' }, { label: 'Storie' }])
 * // → itemListElement: [{ position: 1, name: 'Home', item: 'https://…/' }, { position: 2, name: 'Storie', item: 'https://…/storie/' }]
 */
export function breadcrumbList(site: URL, pagePath: string, crumbs: readonly BreadcrumbFacts[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.href ?? pagePath, site),
    })),
  };
}
