import { describe, expect, it } from 'vitest';
import { publishReadinessProblems, publishTarget } from '../../src/lib/content-check/publish-readiness';

describe('publishTarget', () => {
  it.each([
    // the deploy workflow's build of the production branch
    [{ SITE_URL: 'https://www.example.org' }, 'production'],
    // the deploy workflow's build of another branch
    [{ SITE_URL: 'https://prova.jpn.pages.dev', JPN_PREVIEW: '1' }, 'preview'],
    // Cloudflare building the site itself, without SITE_URL
    [{ CF_PAGES_URL: 'https://abc.jpn.pages.dev' }, 'preview'],
    // a developer's machine, the tests
    [{}, 'local'],
    [{ SITE_URL: '  ' }, 'local'],
  ] as const)('returns for %j: %s', (env, expected) => {
    expect(publishTarget(env)).toBe(expected);
  });
});

describe('publishReadinessProblems', () => {
  const file = 'content/settings/site.yaml';

  it('returns nothing when the contact and the data controller are there', () => {
    expect(publishReadinessProblems(file, { contactEmail: 'rete@example.org', dataController: { name: 'Coop', email: 'privacy@example.org' } })).toEqual([]);
  });

  it('returns one error per missing field, naming the file, the field and where to fill it in', () => {
    const problems = publishReadinessProblems(file, { impact: {} });
    expect(problems.map((p) => [p.severity, p.file, p.field])).toEqual([
      ['error', file, 'contactEmail'],
      ['error', file, 'dataController'],
    ]);
    expect(problems[0]?.fix).toMatch(/«Email di contatto della rete».*Impostazioni/);
    expect(problems[1]?.message).toMatch(/titolare del trattamento/);
  });
});
