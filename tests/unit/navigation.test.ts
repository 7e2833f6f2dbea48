import { describe, expect, it } from 'vitest';
import { footerSections, footerSiteLinks, mainMenu, navigation, notFoundLinks, type NavigationLink } from '../../src/lib/navigation';

const hrefs = (links: readonly NavigationLink[]) => links.map((link) => link.href);

describe('the navigation lists', () => {
  it.each([
    // The header: every section, in the order of the site, the two audiences side by side.
    ['mainMenu', mainMenu, ['/rete/', '/servizi/', '/aziende/', '/persone/', '/storie/', '/notizie/', '/chi-siamo/', '/contatti/']],
    // The footer's sections: the same, without the contact page.
    ['footerSections', footerSections, ['/rete/', '/servizi/', '/aziende/', '/persone/', '/storie/', '/notizie/', '/chi-siamo/']],
    // The footer's pages about the site, the contact page first.
    ['footerSiteLinks', footerSiteLinks, ['/contatti/', '/partner/', '/accessibilita/', '/privacy/']],
    // The 404 page: home first, then the sections a lost visitor most likely wanted.
    ['notFoundLinks', notFoundLinks, ['/', '/servizi/', '/rete/', '/aziende/', '/persone/', '/contatti/']],
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

  it('returns the same lists in English, at the English addresses', () => {
    const english = navigation('en');
    expect(hrefs(english.mainMenu)).toEqual([
      '/en/network/',
      '/en/services/',
      '/en/companies/',
      '/en/people/',
      '/en/stories/',
      '/en/news/',
      '/en/about/',
      '/en/contact/',
    ]);
    expect(hrefs(english.footerSiteLinks)).toEqual(['/en/contact/', '/en/partners/', '/en/accessibility/', '/en/privacy/']);
    expect(english.mainMenu.map((link) => link.key)).toEqual(mainMenu.map((link) => link.key));
  });
});
