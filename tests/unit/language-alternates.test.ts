import { describe, expect, it } from 'vitest';
import { hreflangLinks, languageVersions, withLanguageLinks } from '../../src/lib/language-alternates';
import { localeOfPath, localizedUrls, pathInLanguage } from '../../src/lib/urls';

const it_ = localizedUrls('it');
const en = localizedUrls('en');

describe('localeOfPath', () => {
  it.each([
    ['/', 'it'],
    ['/rete/alveare/', 'it'],
    ['/energia/', 'it'],
    ['/facile/', 'it'],
    ['/404.html', 'it'],
    ['/en/', 'en'],
    ['/en/network/alveare/', 'en'],
    ['/en/404.html', 'en'],
  ])('%s is in %s', (path, locale) => {
    expect(localeOfPath(path)).toBe(locale);
  });
});

describe('pathInLanguage', () => {
  it.each([
    [it_.home(), en.home()],
    [it_.members(), en.members()],
    [it_.member('alveare'), en.member('alveare')],
    [it_.serviceCategory('pulizie'), en.serviceCategory('pulizie')],
    [it_.serviceArea('MI'), en.serviceArea('MI')],
    [it_.listPage(it_.stories(), 2), en.listPage(en.stories(), 2)],
    [it_.listPage(it_.news(), 3), en.listPage(en.news(), 3)],
    [it_.calculator(), en.calculator()],
    [it_.request(), en.request()],
    [it_.guide('aziende', 'obbligo'), en.guide('aziende', 'obbligo')],
    [it_.people(), en.people()],
    [it_.page('chi-siamo'), en.page('chi-siamo')],
    [it_.page('accessibilita'), en.page('accessibilita')],
    [it_.contact(), en.contact()],
    [it_.glossary(), en.glossary()],
    [it_.search(), en.search()],
  ])('maps %s to %s and back', (italian, english) => {
    expect(pathInLanguage(italian, 'en')).toBe(english);
    expect(pathInLanguage(english, 'it')).toBe(italian);
    expect(pathInLanguage(italian, 'it')).toBe(italian);
  });

  it('translates a word only where the address has it: an id that is also a word stays an id', () => {
    expect(pathInLanguage('/rete/pagina/', 'en')).toBe('/en/network/pagina/');
    expect(pathInLanguage('/storie/categoria/', 'en')).toBe('/en/stories/categoria/');
  });

  it('returns nothing for the easy-to-read texts, which are Italian only', () => {
    expect(pathInLanguage('/facile/', 'en')).toBeUndefined();
    expect(pathInLanguage('/facile/che-cosa-fa-la-rete/', 'en')).toBeUndefined();
  });
});

describe('languageVersions', () => {
  it('returns both versions of a page published in both languages', () => {
    expect(languageVersions('/en/about/', ['it', 'en'])).toEqual([
      { locale: 'it', path: '/chi-siamo/' },
      { locale: 'en', path: '/en/about/' },
    ]);
  });
  it('returns none for a page published in one language: hreflang comes in pairs', () => {
    expect(languageVersions('/storie/x/', ['it'])).toEqual([]);
  });
});

describe('hreflangLinks', () => {
  it('returns one link per version and x-default on the Italian one', () => {
    const site = new URL('https://example.org');
    expect(hreflangLinks(languageVersions('/rete/', ['it', 'en']), site)).toEqual([
      { hreflang: 'it', href: 'https://example.org/rete/' },
      { hreflang: 'en', href: 'https://example.org/en/network/' },
      { hreflang: 'x-default', href: 'https://example.org/rete/' },
    ]);
  });
});

describe('withLanguageLinks', () => {
  const built = new Set(['/chi-siamo/', '/en/about/', '/storie/x/']);
  it('links a sitemap item to its counterpart when that page was built', () => {
    expect(withLanguageLinks<{ url: string; links?: { lang: string; url: string }[] }>({ url: 'https://example.org/en/about/' }, built).links).toEqual([
      { lang: 'it', url: 'https://example.org/chi-siamo/' },
      { lang: 'en', url: 'https://example.org/en/about/' },
      { lang: 'x-default', url: 'https://example.org/chi-siamo/' },
    ]);
  });
  it('leaves an item alone when its counterpart was not built (no translation yet)', () => {
    expect(withLanguageLinks({ url: 'https://example.org/storie/x/' }, built)).toEqual({ url: 'https://example.org/storie/x/' });
  });
});
