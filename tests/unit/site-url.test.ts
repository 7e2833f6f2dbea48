import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/lib/site-url';

describe('siteUrl', () => {
  it.each([
    [{}, 'http://localhost:4321'],
    [{ SITE_URL: 'https://anteprima.example.org/' }, 'https://anteprima.example.org'],
    [{ SITE_URL: ' https://www.example.org/percorso ' }, 'https://www.example.org'],
  ])('returns the origin for %j', (env, expected) => {
    expect(siteUrl(env)).toBe(expected);
  });
  it('throws when SITE_URL is not https', () => {
    expect(() => siteUrl({ SITE_URL: 'http://www.example.org' })).toThrow(/https/);
  });
  it('throws when SITE_URL is not a URL', () => {
    expect(() => siteUrl({ SITE_URL: 'sito' })).toThrow(/not a valid URL/);
  });
});
