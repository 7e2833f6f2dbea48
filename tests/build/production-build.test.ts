import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parse as parseHtml } from 'node-html-parser';
import { t } from '../../src/i18n/t';
import { urls } from '../../src/lib/urls';
import { buildProject, projectWithContent } from '../../scripts/lib/project-copy';
import { projectRoot } from '../support/site';

/*
 * Three real builds of a copy of the project, as the deploy workflow runs them (SITE_URL set).
 * The first has the repository's settings, where no one has yet given the network's contact or
 * the data controller: it must refuse to publish and say which fields of which file to fill in.
 * The second has them (test values), and one legal figure changed in content/rules/: every page
 * that states the figure must show the new one, and every path to act must lead somewhere. One
 * easy-to-read text records its check by readers with intellectual disabilities: it must say who
 * checked it and when, with the credit line of the easy-to-read logo. The third follows a change
 * to one story, and must take every page the story does not touch from the second one's cache.
 */
const production = { SITE_URL: 'https://www.example.org' };
const project = projectWithContent(join(projectRoot, 'content'));
afterAll(() => project.remove());
const read = (path: string) => readFileSync(join(project.root, 'dist', path, 'index.html'), 'utf8');

describe('a production build without the network’s contact and data controller', () => {
  it('refuses to run, names the settings file and both fields, and publishes nothing', { timeout: 120_000 }, () => {
    const build = buildProject(project.root, production);
    expect(build.status, build.output.slice(-2000)).not.toBe(0);
    expect(build.output).toMatch(/content\/settings\/site\.yaml {2}contactEmail {2}.*Fix: Fill in «Email di contatto della rete»/);
    expect(build.output).toMatch(/content\/settings\/site\.yaml {2}dataController {2}.*titolare del trattamento/);
    expect(build.output).toMatch(/Nothing was published/);
    expect(existsSync(join(project.root, 'dist'))).toBe(false);
  });
});

/** What the first full build printed: the incremental test below reads which pages it reused. */
let firstBuildOutput = '';

describe('a production build with the contact, the controller and a changed rule', () => {
  const contact = 'rete@example.org';
  const checkedBy = 'il gruppo di lettori di prova';
  beforeAll(() => {
    const settingsFile = join(project.root, 'content/settings/site.yaml');
    const settings = parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(
      settingsFile,
      stringify({
        contactEmail: contact,
        contactPhone: '02 0000 0000',
        dataController: { name: 'Cooperativa di prova', email: 'privacy@example.org' },
        ...settings,
      }),
    );
    const rulesFile = join(project.root, 'content/rules/2026-01-01.yaml');
    let rules = readFileSync(rulesFile, 'utf8');
    const changes: [string | RegExp, string][] = [
      ['esoneroPerDay:\n  value: 39.21', 'esoneroPerDay:\n  value: 41.5'],
      ['hiringRequestDays:\n  value: 60', 'hiringRequestDays:\n  value: 45'],
      [/(id: conventionMaxYears[\s\S]*?amount: )5\n/, '$16\n'],
    ];
    for (const [from, to] of changes) {
      const next = rules.replace(from, to);
      expect(next, String(from)).not.toBe(rules);
      rules = next;
    }
    writeFileSync(rulesFile, rules);
    // A sheet still unconfirmed, now naming a provider: the member's page shows it, marked.
    const sheet = join(project.root, 'content/services/pulizia-uffici.md');
    const text = readFileSync(sheet, 'utf8');
    expect(text).toContain('\nproviders: []\n');
    writeFileSync(sheet, text.replace('\nproviders: []\n', '\nproviders:\n  - alveare\n'));
    // An easy-to-read text checked by its readers: the check is recorded in its frontmatter.
    const easyRead = join(project.root, 'content/facile/cooperativa-sociale-di-tipo-b/index.md');
    const easyText = readFileSync(easyRead, 'utf8');
    expect(easyText).not.toContain('verifica:');
    writeFileSync(easyRead, easyText.replace(/\n---\n$/, `\nverifica:\n  da: ${checkedBy}\n  data: 2025-11-03\n---\n`));
    const build = buildProject(project.root, production);
    expect(build.status, build.output.slice(-3000)).toBe(0);
    firstBuildOutput = build.output;
  }, 180_000);

  it('shows who checked an easy-to-read text and when, and the logo’s credit line in words, without the «not checked» notice', () => {
    const checked = parseHtml(read(urls.easyReadText('cooperativa-sociale-di-tipo-b')));
    const main = checked.querySelector('main');
    expect(main?.querySelector('.easy-read__checked')?.text.trim()).toBe(t('easyRead.checked', { who: checkedBy, date: '3 novembre 2025' }));
    expect(main?.querySelector('.easy-read__credit')?.text.trim()).toBe(t('easyRead.logoCredit'));
    expect(main?.querySelector('.notice')).toBeNull();
    // We have no file of the logo: the credit line stands alone, and the only images are the drawings.
    expect(main?.querySelectorAll('img')).toHaveLength(main?.querySelectorAll('.easy-idea').length ?? -1);
    // The other texts are still unchecked, and say so.
    const unchecked = parseHtml(read(urls.easyReadText('accessibilita')));
    expect(unchecked.querySelector('main .notice')?.text.trim()).toBe(t('easyRead.unchecked'));
    expect(unchecked.querySelector('main .easy-read__credit')).toBeNull();
  });

  it('states the new figures on every page that states them, and the old ones nowhere', () => {
    const obligation = read(urls.guide('aziende', 'obbligo'));
    expect(obligation).toContain('41,50 €');
    // the sanction is derived: 5 × 41,50 €
    expect(obligation).toContain('207,50 €');
    expect(obligation).toMatch(/data-fact="hiringRequestDays">45 giorni</);
    for (const path of [urls.companies(), urls.guide('aziende', 'obbligo'), urls.guide('aziende', 'convenzioni'), urls.calculator()]) {
      const html = read(path);
      expect(html, path).not.toContain('39,21');
      expect(html, path).not.toContain('196,05');
    }
    expect(read(urls.calculator())).toContain('41,50 €');
    expect(read(urls.calculator())).toContain('&quot;esoneroPerDay&quot;:{&quot;value&quot;:41.5}');
    // the FAQ and the FAQPage read the same rules
    const companies = read(urls.companies());
    expect(companies).toMatch(/data-fact="conventionMaxYears">6 anni</);
    expect(companies).toMatch(/"text":"Quanto la commessa: almeno 12 mesi e al massimo 6 anni\. Si può rinnovare\."/);
    expect(read(urls.guide('aziende', 'convenzioni'))).toMatch(/data-fact="conventionMaxYears">6 anni</);
  });

  it('leads every «scrivici» to the network’s address', () => {
    expect(read(urls.contact())).toContain(`href="mailto:${contact}"`);
    const request = read(urls.request());
    expect(request).toContain(`action="mailto:${contact}?subject=`);
    expect(request).toContain(`&quot;contactEmail&quot;:&quot;${contact}&quot;`);
    expect(read(urls.member('arca'))).toContain(`href="mailto:${contact}"`);
    for (const path of [urls.contact(), urls.member('arca'), urls.request()]) expect(read(path), path).not.toContain('data-contact-pending');
  });

  it('names the data controller in the privacy notice', () => {
    const privacy = read(urls.page('privacy'));
    expect(privacy).toContain('Cooperativa di prova');
    expect(privacy).toContain('href="mailto:privacy@example.org"');
    expect(privacy).not.toContain('data-controller-pending');
  });

  it('shows an unconfirmed sheet marked on its provider’s page, and claims no provider for it', () => {
    const member = read(urls.member('alveare'));
    expect(member).toMatch(/href="\/servizi\/pulizia-uffici\/"[\s\S]*?Scheda da verificare/);
    const service = read(urls.service('pulizia-uffici'));
    expect(service).toContain('href="/rete/alveare/"');
    const nodes = [...service.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap(
      (m) => (JSON.parse(m[1] ?? '{}') as { '@graph': { '@type': string }[] })['@graph'],
    );
    expect(nodes.find((n) => n['@type'] === 'Service')).not.toHaveProperty('provider');
  });
});

/** The pages Astro took from its cache, as it logs them: `├─ /x/index.html (cached)`. */
function reusedPages(output: string): string[] {
  const plain = stripVTControlCharacters(output);
  return [...plain.matchAll(/├─ (\S+) \((?:cached|restored)\)/g)].map((match) => match[1] ?? '');
}

/*
 * Astro's incremental build reuses a page when its code and its cacheKey are unchanged. It fails
 * silently: a build that reuses nothing is still correct, only slow. A staging folder named per
 * run once changed every page's dependency hash and turned it off, so the same project is built
 * again after one story changes, and the test checks what that build reused.
 */
describe('a rebuild after one story changes', () => {
  const story = join(project.root, 'content/stories/out-of-the-blue/index.md');
  const added = 'Un paragrafo aggiunto per provare la ricostruzione.';

  it('reuses the pages that do not show the story, and renders the story again', { timeout: 180_000 }, () => {
    // The build above started from an empty cache: it reused nothing.
    expect(firstBuildOutput).toContain('/storie/out-of-the-blue/index.html');
    expect(reusedPages(firstBuildOutput)).toEqual([]);

    appendFileSync(story, `\n${added}\n`);
    const second = buildProject(project.root, production);
    expect(second.status, second.output.slice(-2000)).toBe(0);
    const reused = reusedPages(second.output);
    // Services and members that the story does not name, and other news and pages, come from the cache.
    expect(reused).toContain('/servizi/pulizia-uffici/index.html');
    expect(reused).toContain('/notizie/convegno-nuovi-spazi-di-economia-civile/index.html');
    expect(reused.length).toBeGreaterThan(40);
    // The story, and the member it names, are rendered again with the new text.
    expect(reused).not.toContain('/storie/out-of-the-blue/index.html');
    expect(reused).not.toContain('/rete/consorzio-sir/index.html');
    expect(readFileSync(join(project.root, 'dist/storie/out-of-the-blue/index.html'), 'utf8')).toContain(added);
  });
});
