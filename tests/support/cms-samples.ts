import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CollectionName } from '../../src/schemas';
import { translatedPaths, type TranslatedCollection } from '../../src/schemas/translation';
import { goodContentRoot } from './fixtures';

/**
 * One complete entry per collection, every optional field and group filled in, valid under the
 * contract test's probe context (tests/support/cms-contract.ts): an image is `image:<path>`, a
 * reference `<collection>:<id>`. The contract test changes one field at a time and asks zod what
 * it thinks, so a field missing here fails that test with its path.
 *
 * The entries avoid the schemas' rules across fields (a story names people only with a consent),
 * so that removing one field tells whether that field alone is required.
 */
const rules = parse(readFileSync(join(goodContentRoot, 'content/rules/2026-01-01.yaml'), 'utf8')) as Record<string, Record<string, unknown>>;
// Every optional part of a parameter filled in, so that removing it tells whether it is required.
const optionalParts = { note: 'Una nota di prova.', research: '1.1', effectiveFrom: '2022-01-01' };
for (const [name, parameter] of Object.entries(rules)) {
  if (typeof parameter === 'object' && parameter !== null && !Array.isArray(parameter)) rules[name] = { ...optionalParts, ...parameter };
}
rules['facts'] = [
  {
    id: 'factOfTest',
    claim: 'Un dato di prova vale {value}.',
    quantity: { amount: 60, unit: 'days' },
    annualDate: '01-31',
    items: ['una voce di prova'],
    text: 'meno di un terzo',
    ...optionalParts,
    confidence: 'high',
    source: 'Una fonte di prova, con la sua data',
    url: 'https://www.example.org',
  },
] as unknown as Record<string, unknown>;
rules['unknowns'] = [{ id: 'unknownOfTest', question: 'Una domanda aperta di prova?', research: '2.13' }] as unknown as Record<string, unknown>;
rules['acts'] = [
  {
    name: 'DM di prova',
    subject: 'Un atto di prova, senza cifre.',
    ...optionalParts,
    confidence: 'high',
    source: 'Una fonte di prova, con la sua data',
    url: 'https://www.example.org',
  },
] as unknown as Record<string, unknown>;

// Functions, not shared objects: structuredClone keeps shared objects shared, and a test that
// removes a field from one would remove it from the other.
const image = () => ({ src: 'image:media/prova.png', alt: 'Un’immagine di prova' });
const person = () => ({ name: 'Persona Esempio', role: 'Presidente', organisation: 'Ente di prova' });
// Easy-to-read texts take drawings only (SVG).
const idea = () => ({ testo: 'Una frase di prova.\nUn’altra frase di prova.', immagine: { src: 'image:media/prova.svg', alt: 'Un disegno di prova' } });

export const completeEntries: Record<CollectionName, Record<string, unknown>> = {
  // The translations' samples are derived from the Italian ones, below.
  ...({} as Record<`${TranslatedCollection}En`, Record<string, unknown>>),
  members: {
    name: 'Cooperativa di prova',
    kind: 'cooperativa',
    role: 'capofila',
    description: 'Una cooperativa sociale di tipo B di prova, con una descrizione abbastanza lunga.',
    areas: ['MI'],
    sectors: ['Pulizie'],
    website: 'https://www.example.org',
    email: 'info@example.org',
    logo: image(),
    detailsPending: true,
  },
  services: {
    title: 'Servizio di prova',
    summary: 'Un servizio di prova con un sommario abbastanza lungo per il test.',
    category: 'amministrativi',
    providers: ['members:alveare'],
    audience: ['aziende'],
    areas: ['MI'],
    art14: true,
    featured: true,
    illustrative: true,
    reviewedAt: '2025-10-28',
  },
  stories: {
    title: 'Una storia di prova',
    date: '2025-10-28',
    summary: 'Una storia di prova con un sommario abbastanza lungo per il test.',
    cover: image(),
    members: ['members:alveare'],
    services: ['services:data-entry'],
    namedPeople: false,
    consent: { given: true, scope: ['nome'], date: '2025-10-01', reference: 'LIB-PROVA-1' },
  },
  news: {
    title: 'Una notizia di prova',
    date: '2025-10-28',
    summary: 'Una notizia di prova con un sommario abbastanza lungo per il test.',
    cover: image(),
    event: {
      start: '2025-10-28T14:00',
      end: '2025-10-28T18:00',
      venue: 'Aula di prova',
      address: 'Via di Prova 1',
      city: 'Milano',
      moderator: person(),
      speakers: [person()],
      programme: ['Presentazione dei risultati'],
      promoters: ['partners:ancl-milano'],
      partners: ['partners:altis-universita-cattolica'],
      patrons: ['partners:comune-di-bollate'],
    },
  },
  partners: { name: 'Ente di prova', kind: 'funder', url: 'https://www.example.org', logo: image() },
  pages: {
    title: 'Pagina di prova',
    summary: 'Una pagina di prova con un sommario abbastanza lungo per il test.',
    updated: '2025-10-28',
    faq: [{ question: 'Una domanda di prova?', answer: 'Una risposta di prova.' }],
  },
  facile: {
    title: 'Un testo facile di prova',
    summary: 'Un testo facile di prova con un sommario abbastanza lungo.',
    order: 1,
    ideas: [idea(), idea(), idea()],
    fullVersion: 'pages:chi-siamo',
    verifica: { da: 'Un gruppo di lettori di prova', data: '2025-10-28' },
  },
  glossary: {
    term: 'Termine di prova',
    aka: ['Altro nome'],
    definition: 'Una definizione di prova, scritta in modo semplice.',
    sources: [{ title: 'Una fonte di prova', url: 'https://www.example.org' }],
    confidence: 'high',
    research: 'B1',
    note: 'Una nota di prova.',
    related: ['glossary:commessa'],
  },
  guides: {
    title: 'Guida di prova',
    summary: 'Una guida di prova con un sommario abbastanza lungo per il test.',
    section: 'aziende',
    order: 1,
    updated: '2025-10-28',
  },
  rules,
  settings: {
    contactEmail: 'info@example.org',
    contactPhone: '02 1234 5678',
    contactAddress: 'Via di Prova 1, 20100 Milano',
    dataController: { name: 'Cooperativa di prova', email: 'privacy@example.org', address: 'Via di Prova 1, 20100 Milano' },
    impact: { contracts: 50, commesse: 30, years: 2, servicesOver: 45, source: 'Una fonte di prova' },
  },
};

/** The words of an Italian sample at the given paths (`a.b`, `list[].c`), as a translation holds them. */
function pickPaths(value: unknown, paths: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => pickPaths(item, paths));
  if (typeof value !== 'object' || value === null) return value;
  const picked: Record<string, unknown> = {};
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const [head = '', ...rest] = path.split('.');
    groups.set(head, [...(groups.get(head) ?? []), ...(rest.length > 0 ? [rest.join('.')] : [])]);
  }
  for (const [head, rest] of groups) {
    const name = head.endsWith('[]') ? head.slice(0, -2) : head;
    const field = (value as Record<string, unknown>)[name];
    if (field !== undefined) picked[name] = rest.length > 0 ? pickPaths(field, rest) : field;
  }
  return picked;
}

/** A complete translation: the Italian sample's words and list keys, and the id it translates where the CMS names the file by it. */
function translationSample(italian: TranslatedCollection, id: string | undefined): Record<string, unknown> {
  const paths = translatedPaths[italian];
  const words = pickPaths(completeEntries[italian], [...paths.fields, ...('keys' in paths ? paths.keys : [])]) as Record<string, unknown>;
  return id === undefined ? words : { ...words, translationOf: id };
}

completeEntries.membersEn = translationSample('members', 'alveare');
completeEntries.servicesEn = translationSample('services', 'data-entry');
completeEntries.storiesEn = translationSample('stories', 'out-of-the-blue');
completeEntries.newsEn = translationSample('news', 'convegno-nuovi-spazi-di-economia-civile');
completeEntries.pagesEn = translationSample('pages', 'chi-siamo');
completeEntries.glossaryEn = translationSample('glossary', 'commessa');
completeEntries.guidesEn = translationSample('guides', undefined);
completeEntries.rulesEn = translationSample('rules', undefined);
completeEntries.settingsEn = translationSample('settings', undefined);
