import { describe, expect, it } from 'vitest';
import { branchAlias, deployOrigin, siteUrl } from '../../src/lib/site-url';

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

describe('branchAlias', () => {
  it.each([
    // Already an alias.
    ['reach', 'reach'],
    // Lowercased, slashes and underscores become hyphens.
    ['feature/Social_Cards', 'feature-social-cards'],
    // No hyphen at either end.
    ['-fix:date-', 'fix-date'],
    // At most 28 characters.
    ['dependabot/npm_and_yarn/dustjs-linkedin-3.0.0', 'dependabot-npm-and-yarn-dust'],
  ])('returns the Cloudflare Pages alias of %s', (branch, alias) => {
    expect(branchAlias(branch)).toBe(alias);
  });
});

describe('deployOrigin', () => {
  const base = { productionBranch: 'main', project: 'jpn-sito' };
  it.each([
    // Production with its own domain…
    [{ ...base, branch: 'main', productionUrl: 'https://www.example.org/' }, 'https://www.example.org'],
    // …or, until one is set, the project's pages.dev address.
    [{ ...base, branch: 'main' }, 'https://jpn-sito.pages.dev'],
    // Any other branch: its preview alias.
    [{ ...base, branch: 'feature/Reach' }, 'https://feature-reach.jpn-sito.pages.dev'],
  ])('returns the origin for %j', (input, origin) => {
    expect(deployOrigin(input)).toBe(origin);
  });
  it('throws when the project name is not one Cloudflare accepts', () => {
    expect(() => deployOrigin({ ...base, project: 'JPN sito', branch: 'main' })).toThrow(/project name "JPN sito" is not valid/);
  });
  it('throws when the branch has nothing usable for an address', () => {
    expect(() => deployOrigin({ ...base, branch: '::' })).toThrow(/no usable characters/);
  });
});
