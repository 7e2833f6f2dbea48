import { describe, expect, it } from 'vitest';
import { footerSections, footerSiteLinks, mainMenu, notFoundLinks, type NavigationLink } from '../../src/lib/navigation';

const hrefs = (links: readonly NavigationLink[]) => links.map((link) => link.href);

describe('the navigation lists', () => {
  it.each([
    // The header: every section, in the order of the site.
    ['mainMenu', mainMenu, ['/rete/', '/servizi/', '/aziende/', '/storie/', '/notizie/', '/chi-siamo/', '/contatti/']],
    // The footer's sections: the same, without the contact page.
    ['footerSections', footerSections, ['/rete/', '/servizi/', '/aziende/', '/storie/', '/notizie/', '/chi-siamo/']],
    // The footer's pages about the site, the contact page first.
    ['footerSiteLinks', footerSiteLinks, ['/contatti/', '/partner/', '/accessibilita/', '/privacy/']],
    // The 404 page: home first, then the sections a lost visitor most likely wanted.
    ['notFoundLinks', notFoundLinks, ['/', '/servizi/', '/rete/', '/aziende/', '/contatti/']],
  ])('returns %s in its order', (_name, links, expected) => {
    expect(hrefs(links)).toEqual(expected);
  });

  it('returns one label per address across every list', () => {
    const labels = new Map<string, string>();
    for (const link of [...mainMenu, ...footerSections, ...footerSiteLinks, ...notFoundLinks]) {
      expect(labels.get(link.href) ?? link.key, link.href).toBe(link.key);
      labels.set(link.href, link.key);
    }
  });
});
