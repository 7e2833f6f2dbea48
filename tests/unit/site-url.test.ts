import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/lib/site-url';

describe('siteUrl', () => {
  it.each([
    [{}, 'http://localhost:4321'],
    [{ SITE_URL: 'https://anteprima.example.org/' }, 'https://anteprima.example.org'],
    [{ SITE_URL: ' https://www.example.org/percorso ' }, 'https://www.example.org'],
    // A build on Cloudflare Pages: its own preview address…
    [{ CF_PAGES_URL: 'https://abc123.jpn.pages.dev' }, 'https://abc123.jpn.pages.dev'],
    // …unless SITE_URL says otherwise (production on its own domain).
    [{ SITE_URL: 'https://www.example.org', CF_PAGES_URL: 'https://abc123.jpn.pages.dev' }, 'https://www.example.org'],
  ])('returns the origin for %j', (env, expected) => {
    expect(siteUrl(env)).toBe(expected);
  });
  it('throws when SITE_URL is not https', () => {
    expect(() => siteUrl({ SITE_URL: 'http://www.example.org' })).toThrow(/https/);
  });
  it('throws naming CF_PAGES_URL when that is the one that is wrong', () => {
    expect(() => siteUrl({ CF_PAGES_URL: 'pages' })).toThrow(/CF_PAGES_URL is not a valid URL/);
  });
  it('throws when SITE_URL is not a URL', () => {
    expect(() => siteUrl({ SITE_URL: 'sito' })).toThrow(/not a valid URL/);
  });
});
