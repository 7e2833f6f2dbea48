import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { mainTextBlocks } from '../../scripts/lib/page-text';
import { checkContent } from '../../src/lib/node/content-check/check-content';
import { formatDate } from '../../src/lib/dates';
import { legalFacts } from '../../src/lib/l68/facts';
import { readability, sentencesOf } from '../../src/lib/readability';
import { urls } from '../../src/lib/urls';
import { collectionDefinitions } from '../../src/schemas';
import { rulesSchema, type Rules } from '../../src/schemas/rules';
import { listPages, readPage } from '../support/dist';
import { projectRoot } from '../support/site';

/*
 * The content's truth on the built site: unverified service sheets marked wherever they show, the
 * home page's results limited to the seed's facts, the glossary, the guides' sources and dates,
 * and one voice (the law's name, «tu», «1º», short sentences).
 */
const distDir = inject('distDir');
const pages = listPages(distDir).filter((page) => !page.path.startsWith('/admin/'));
const pageAt = (path: string) => {
  const page = pages.find((p) => p.path === path);
  if (!page) throw new Error(`no built page ${path}`);
  return { ...page, html: readFileSync(page.file, 'utf8'), root: readPage(page.file) };
};
const { entries } = checkContent({ root: projectRoot, today: new Date() });
const services = entries.filter((e) => e.collection === 'services').map((e) => ({ id: e.id, data: e.data as { illustrative?: boolean; art14: boolean } }));
const unverifiedIds = new Set(services.filter((s) => s.data.illustrative).map((s) => s.id));
const rulesEntry = entries.find((e) => e.collection === 'rules');
const rules = rulesSchema().parse(rulesEntry?.data) as Rules;
const guidePaths = [urls.companies(), urls.guide('aziende', 'obbligo'), urls.guide('aziende', 'convenzioni')];

describe('unverified service sheets', () => {
  it('are all unverified today, so every card below is checked', () => {
    expect(unverifiedIds.size).toBeGreaterThan(40);
  });

  /** Every card that links to a service sheet, on every page, with the page it is on. */
  const cards = pages.flatMap((page) =>
    readPage(page.file)
      .querySelectorAll('li.card')
      .flatMap((card) => {
        const href = card.querySelector('.card__title a')?.getAttribute('href') ?? '';
        const id = /^\/servizi\/([a-z0-9-]+)\/$/.exec(href)?.[1];
        return id && !['categoria', 'territorio'].includes(id) ? [{ page: page.path, id, card }] : [];
      }),
  );

  it('are marked «Scheda da verificare» on every card that shows one, on the home page, the catalogue and its category and area pages', () => {
    const pageKinds = new Set(cards.map((c) => (c.page === '/' ? 'home' : c.page.replace(/^\/servizi\/(categoria|territorio)\/.*/, '$1'))));
    expect([...pageKinds]).toEqual(expect.arrayContaining(['home', '/servizi/', 'categoria', 'territorio']));
    for (const { page, id, card } of cards) {
      const badges = card.querySelectorAll('.badge').map((b) => b.text.trim());
      if (unverifiedIds.has(id)) expect(badges, `${page} ${id}`).toContain('Scheda da verificare');
      else expect(badges, `${page} ${id}`).not.toContain('Scheda da verificare');
      // an Art. 14 badge on an unverified sheet says that it is to be verified
      if (unverifiedIds.has(id) && badges.some((b) => b.startsWith('Art. 14'))) expect(badges).toContain('Art. 14: da verificare');
    }
  });

  it('say on their own page that no cooperative has confirmed them, and claim no provider in their structured data', () => {
    for (const id of unverifiedIds) {
      const { root } = pageAt(urls.service(id));
      expect(root.querySelector('.service__badges')?.text, id).toContain('Scheda da verificare');
      expect(root.querySelector('.notice--warning')?.text, id).toContain('Nessuna cooperativa ha ancora confermato questa scheda');
      expect(root.querySelector('[data-search-meta] [data-pagefind-meta="verifica:1"]'), id).not.toBeNull();
      const service = root
        .querySelectorAll('script[type="application/ld+json"]')
        .flatMap((s) => (JSON.parse(s.rawText) as { '@graph': Record<string, unknown>[] })['@graph'])
        .find((node) => node['@type'] === 'Service');
      expect(service, id).toBeDefined();
      expect(service, id).not.toHaveProperty('provider');
    }
  });

  it('are marked in the request page’s list, and carry the mark into the message sent without JavaScript', () => {
    const { root } = pageAt(urls.request());
    for (const id of unverifiedIds) {
      const box = root.querySelector(`input[data-service-id="${id}"]`);
      expect(box?.getAttribute('value'), id).toMatch(/\(scheda da verificare\)$/);
      expect(root.querySelector(`label[for="request-${id}"] .badge--warning`)?.text, id).toBe('Scheda da verificare');
    }
  });

  it('are counted on the catalogue as what they are: sheets, still to verify', () => {
    const text = pageAt(urls.services()).root.querySelector('[data-catalogue-count]')?.text.replace(/\s+/g, ' ').trim();
    expect(text).toBe(`Nel catalogo ci sono ${services.length} schede di servizi. Sono tutte ancora da verificare: nessuna cooperativa le ha confermate.`);
  });
});

describe('the home page’s results', () => {
  it('are the seed’s facts only: contracts, commesse, years and «oltre 45 servizi», with their source', () => {
    const { root } = pageAt('/');
    const figures = root.querySelectorAll('[data-figure]').map((f) => [f.getAttribute('data-figure'), f.querySelector('dd')?.text.trim()]);
    expect(figures).toEqual([
      ['contracts', '50'],
      ['commesse', '30'],
      ['years', '2'],
      ['services', 'oltre 45'],
    ]);
    expect(root.querySelector('.impact__source')?.text).toContain('28 ottobre 2025');
  });
});

describe('the glossary', () => {
  const { root } = pageAt(urls.glossary());
  const terms = root.querySelectorAll('dl.glossary > div');

  it('defines at least 15 terms, each a <dfn> with an anchor, a definition and a source', () => {
    expect(terms.length).toBeGreaterThanOrEqual(15);
    for (const term of terms) {
      const dt = term.querySelector('dt');
      expect(dt?.id).toMatch(/^[a-z0-9-]+$/);
      expect(dt?.querySelector('dfn')?.text.trim().length).toBeGreaterThan(1);
      expect(term.querySelector('dd > p')?.text.trim().length, dt?.id).toBeGreaterThan(20);
      const sources = term.querySelectorAll('.glossary__sources a[rel="external"]');
      expect(sources.length, dt?.id).toBeGreaterThan(0);
      for (const source of sources) expect(source.getAttribute('href'), dt?.id).toMatch(/^https?:\/\//);
    }
  });

  it('has the terms the issue names', () => {
    const ids = terms.map((term) => term.querySelector('dt')?.id);
    for (const id of [
      'commessa',
      'cooperativa-sociale-di-tipo-b',
      'consorzio',
      'quota-di-riserva',
      'base-di-computo',
      'collocamento-mirato',
      'prospetto-informativo',
      'esonero-parziale',
      'contributo-esonerativo',
      'convenzione-art-11',
      'convenzione-art-14',
      'convenzione-art-12-bis',
      'scopertura',
      'categorie-protette',
      'capofila',
      'ets',
      'societa-benefit',
      'siul',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('is linked from every guide, whose links land on its anchors', () => {
    const anchors = new Set(terms.map((term) => term.querySelector('dt')?.id));
    for (const path of guidePaths) {
      const links = pageAt(path)
        .root.querySelectorAll('main a.term')
        .map((a) => a.getAttribute('href') ?? '');
      expect(links.length, path).toBeGreaterThan(2);
      for (const href of links) expect(anchors.has(href.replace(`${urls.glossary()}#`, '')), `${path} → ${href}`).toBe(true);
    }
  });
});

describe('the guides for companies', () => {
  const sourcedDates = new Set(
    [
      ...[...legalFacts(rules).values()].map((fact) => fact.effectiveFrom),
      ...rules.acts.map((act) => act.effectiveFrom),
      ...Object.values(rules).flatMap((value) =>
        typeof value === 'object' && value !== null && 'effectiveFrom' in value ? [(value as { effectiveFrom?: Date }).effectiveFrom] : [],
      ),
    ].flatMap((date) => (date ? [formatDate(date)] : [])),
  );

  it.each(guidePaths)('%s cites its legal statements, each with a link to its source', (path) => {
    const citations = pageAt(path).root.querySelectorAll('main .rule-source');
    expect(citations.length).toBeGreaterThan(3);
    for (const citation of citations) expect(citation.querySelector('a[rel="external"]')?.getAttribute('href'), citation.text).toMatch(/^https?:\/\//);
  });

  it.each([...guidePaths, urls.calculator()])('%s shows a date only where a source states it', (path) => {
    const text = pageAt(path).root.querySelector('main')?.text.replace(/\s+/g, ' ') ?? '';
    const dates = [...text.matchAll(/\b(?:in vigore )?dal (\d{1,2}º? [a-z]+ \d{4})/g)].map((match) => match[1]);
    for (const date of dates) expect(sourcedDates, `${path}: «dal ${date}»`).toContain(date);
  });

  it('name each guide once in its breadcrumbs, under its section, and mark it as the current guide of the section', () => {
    const crumbs = (path: string) =>
      pageAt(path)
        .root.querySelectorAll('nav.breadcrumbs li')
        .map((li) => li.text.trim());
    expect(crumbs(urls.companies())).toEqual(['Home', 'Per le aziende']);
    expect(crumbs(urls.guide('aziende', 'obbligo'))).toEqual(['Home', 'Per le aziende', 'L’obbligo della Legge 68/1999']);
    for (const path of guidePaths) {
      expect(pageAt(path).root.querySelectorAll('.guide-nav [aria-current="page"]').length, path).toBe(1);
    }
  });

  it('states what the research says is unconfirmed, on /aziende/ and not only in the calculator', () => {
    const text = pageAt(urls.guide('aziende', 'convenzioni')).root.querySelector('main')?.text ?? '';
    const unknown = rules.unknowns.find((u) => u.id === 'art14SmallCompanies');
    expect(text).toContain(unknown?.question.slice(0, 60));
    expect(text).toContain('Chiedi all’ufficio del collocamento mirato');
  });

  it('present L. 198/2025 and the art. 12-bis convention as the other route', () => {
    const text = pageAt(urls.guide('aziende', 'convenzioni')).root.querySelector('main')?.text.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('L. 198/2025');
    expect(text).toContain('L’altra strada: la convenzione art. 12-bis');
    expect(text).toMatch(/enti del Terzo settore.*società benefit/);
  });
});

describe('one voice', () => {
  const textOf = (path: string) => mainTextBlocks(pageAt(path).html);
  /** Any form of the law's name, so that the wrong ones can be told apart. */
  const lawName = /\b(?:Legge|legge|L\.?)\s?(?:n\.\s?)?68\s?\/\s?(?:1999|99)\b/g;

  it.each(pages.map((p) => p.path))('%s names the law «Legge 68/1999» first, then «L. 68/99»', (path) => {
    const names = textOf(path).flatMap((block) => block.match(lawName) ?? []);
    if (names.length === 0) return;
    expect(names[0], path).toBe('Legge 68/1999');
    for (const name of names.slice(1)) expect(['Legge 68/1999', 'L. 68/99'], path).toContain(name);
  });

  it.each(pages.map((p) => p.path))('%s writes the first of a month as «1º»', (path) => {
    const text = pageAt(path).root.querySelector('body')?.text ?? '';
    expect(text).not.toMatch(/\b1 (gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b/);
  });

  /** Forms that address the reader as «Lei», which the site never does. */
  const formal =
    /\b(?:Lei|Suo|Sua|Suoi|Sue)\b|\b(?:la|della|alla|nella|dalla) sua azienda\b|\b(?:Scriva|Compili|Clicchi|Legga|Verifichi|Chieda|Consulti|Si rivolga)\b|\bLa invitiamo\b/;

  it.each(pages.map((p) => p.path))('%s speaks to the reader with «tu»', (path) => {
    for (const block of textOf(path)) expect(block, path).not.toMatch(formal);
  });

  it('speaks with «tu» in every UI string and every hint the CMS shows editors', async () => {
    const { it: dictionary } = await import('../../src/i18n/ui');
    for (const [key, value] of Object.entries(dictionary)) expect(value, key).not.toMatch(formal);
    const { describeCollection } = await import('../../src/lib/schema-fields');
    const { standInContext } = await import('../../src/schemas/context');
    const hints = (fields: { label?: string; hint?: string; fields?: unknown; item?: unknown }[]): string[] =>
      fields.flatMap((f) => [
        f.label ?? '',
        f.hint ?? '',
        ...(Array.isArray(f.fields) ? hints(f.fields as never) : []),
        ...(f.item ? hints([f.item as never]) : []),
      ]);
    for (const definition of Object.values(collectionDefinitions)) {
      for (const text of hints(describeCollection(definition.schema(standInContext)) as never)) expect(text, definition.folder).not.toMatch(formal);
    }
  });

  it.each(['/', ...guidePaths, urls.people()])('%s keeps every sentence under 25 words', (path) => {
    for (const sentence of textOf(path).flatMap(sentencesOf)) expect(readability(sentence).words, `${path}: «${sentence}»`).toBeLessThan(25);
  });

  it.each(['/', urls.page('chi-siamo'), urls.story('out-of-the-blue'), urls.newsItem('convegno-nuovi-spazi-di-economia-civile'), ...guidePaths, urls.people()])(
    '%s reads at Gulpease 60 or more, with no sentence over 25 words, measured on its main text',
    (path) => {
      const score = readability(textOf(path));
      expect(score.gulpease, path).toBeGreaterThanOrEqual(60);
      expect(score.longest.words, score.longest.text).toBeLessThanOrEqual(25);
    },
  );

  it('tells the convegno, an event of the past, in the past tense', () => {
    const text = textOf(urls.newsItem('convegno-nuovi-spazi-di-economia-civile')).join(' ');
    expect(text).toMatch(/ha presentato|sono stati presentati/);
    expect(text).not.toMatch(/\b(si terrà|saranno presentati|vedrà|si concluderà|presenta i risultati|è promosso|vede la partecipazione|si conclude)\b/);
    expect(text).not.toMatch(/call to action|stakeholder/i);
  });
});

describe('a local build, with no contact published', () => {
  it('says where the contact and the data controller would be that they are not published yet', () => {
    expect(pageAt(urls.contact()).root.querySelector('[data-contact-pending]')?.text).toMatch(/non sono ancora pubblicati/);
    expect(pageAt(urls.page('privacy')).root.querySelector('[data-controller-pending]')?.text).toMatch(/non è ancora indicato/);
    expect(pageAt(urls.member('arca')).root.querySelector('[data-contact-pending]')).not.toBeNull();
  });
});
