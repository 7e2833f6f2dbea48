import { describe, expect, it } from 'vitest';
import { composeRequest, mailtoUrl, requestTemplateKeys, type RequestTemplates } from '../../src/lib/request/compose';
import { carriedRequest, carryTo, parseShortlist, serializeShortlist } from '../../src/lib/request/shortlist';
import { t } from '../../src/i18n/t';

const known = new Set(['pulizia-uffici', 'data-entry', 'manutenzione-del-verde']);

describe('parseShortlist', () => {
  it.each([
    ['?servizi=data-entry,pulizia-uffici', ['data-entry', 'pulizia-uffici']],
    // what a plain HTML form sends
    ['?servizi=data-entry&servizi=pulizia-uffici', ['data-entry', 'pulizia-uffici']],
    // duplicates and unknown ids are dropped, order is kept
    ['?servizi=data-entry,nope,data-entry,manutenzione-del-verde', ['data-entry', 'manutenzione-del-verde']],
    ['?altro=1', []],
    ['', []],
  ])('returns for %s the ids %j', (search, expected) => {
    expect(parseShortlist(search, known)).toEqual(expected);
  });
});

describe('serializeShortlist', () => {
  it.each([
    [['data-entry', 'pulizia-uffici'], '', '?servizi=data-entry,pulizia-uffici'],
    [[], '?servizi=data-entry', ''],
    // other parameters are kept
    [['data-entry'], '?categoria=pulizie', '?categoria=pulizie&servizi=data-entry'],
  ])('returns for %j over %s the query %s', (ids, search, expected) => {
    expect(serializeShortlist(ids, search)).toBe(expected);
  });
});

const templates = Object.fromEntries(requestTemplateKeys.map((key) => [key, t(`request.mail.${key}`)])) as RequestTemplates;
const formatDate = (iso: string) => iso.split('-').reverse().join('/');

describe('composeRequest', () => {
  const services = [
    {
      title: 'Pulizia uffici',
      category: 'Pulizie e sanificazione',
      providers: [{ name: 'Cooperativa A', email: 'a@example.org' }, { name: 'Cooperativa B' }],
      unverified: false,
    },
    // a sheet nobody has confirmed: the message says so
    { title: 'Data entry', category: 'Servizi amministrativi e data entry', providers: [], unverified: true },
  ];

  it('returns the network and the providers with a public email as recipients, once each', () => {
    const request = composeRequest({ services: [...services, services[0]!], contactEmail: 'rete@example.org', templates, formatDate });
    expect(request.to).toEqual(['rete@example.org', 'a@example.org']);
  });

  it('returns a subject naming one service, or counting several', () => {
    expect(composeRequest({ services: services.slice(0, 1), templates, formatDate }).subject).toBe('Richiesta di informazioni: Pulizia uffici');
    expect(composeRequest({ services, templates, formatDate }).subject).toBe('Richiesta di informazioni su 2 servizi');
    expect(composeRequest({ services: [], templates, formatDate }).subject).toBe(t('request.mail.subjectNone'));
  });

  it('returns a body listing each service with its providers, the calculation and the details', () => {
    const { body } = composeRequest({
      services,
      calculation: { base: 187, quotaArt3: 13, quotaArt18: 2, uncoveredArt3: 7, uncoveredArt18: 1, art14Min: 5, art14Max: 6, sourcesCollected: '2026-11-25' },
      details: { company: ' Rossi S.p.A. ', person: '', area: 'Monza e Brianza', message: 'Ci servono pulizie a Monza.' },
      templates,
      formatDate,
    });
    expect(body.split('\n')).toEqual([
      'Buongiorno,',
      '',
      'vorrei ricevere informazioni su questi servizi della rete Job Placement Network:',
      '- Pulizia uffici (Pulizie e sanificazione); offerto da: Cooperativa A, Cooperativa B',
      '- Data entry (Servizi amministrativi e data entry); cooperativa da individuare; scheda da verificare',
      '',
      'Dal calcolatore del vostro sito (indicativo; fonti raccolte il 25/11/2026): base di computo 187, quota di riserva 13, posti scoperti 7, di cui una convenzione Art. 14 potrebbe coprirne 5–6. Categorie protette (art. 18): quota 2, posti scoperti 1.',
      '',
      'Ci servono pulizie a Monza.',
      '',
      'Azienda: Rossi S.p.A.',
      'Provincia: Monza e Brianza',
      '',
      'Grazie, cordiali saluti.',
    ]);
  });
});

describe('mailtoUrl', () => {
  it('returns a mailto: URL with CRLF line breaks, %20 spaces and readable addresses', () => {
    expect(mailtoUrl({ to: ['a@example.org', 'b@example.org'], subject: 'Ciao a tutti', body: 'Riga 1\nRiga 2 & 3' })).toBe(
      'mailto:a@example.org,b@example.org?subject=Ciao%20a%20tutti&body=Riga%201%0D%0ARiga%202%20%26%203',
    );
  });

  it('returns a URL without recipients when there are none', () => {
    expect(mailtoUrl({ to: [], subject: 'S', body: 'B' })).toBe('mailto:?subject=S&body=B');
  });
});

describe('carriedRequest and carryTo', () => {
  it.each([
    ['?richiesta=a,b', '#calcolo.base=3', { ids: ['a', 'b'], hash: '#calcolo.base=3' }],
    // ids of another shape, and fragments that are not the calculator's, are not carried
    ['?richiesta=a,<b>,A', '#contenuto', { ids: ['a'], hash: '' }],
    ['', '', { ids: [], hash: '' }],
  ])('returns for %s %s the request %j', (search, hash, expected) => {
    expect(carriedRequest(search, hash)).toEqual(expected);
  });

  it.each([
    ['/servizi/data-entry/', { ids: ['a', 'b'], hash: '#calcolo.base=3' }, '/servizi/data-entry/?richiesta=a,b#calcolo.base=3'],
    ['/servizi/', { ids: [], hash: '#calcolo.base=3' }, '/servizi/#calcolo.base=3'],
    ['/servizi/', { ids: [], hash: '' }, '/servizi/'],
  ])('returns for %s and %j the link %s', (path, carried, expected) => {
    expect(carryTo(path, carried)).toBe(expected);
  });
});
