import { describe, expect, it } from 'vitest';
import { articleNode } from '../../src/lib/structured-data/article';
import { breadcrumbList } from '../../src/lib/structured-data/breadcrumbs';
import { eventNode, type EventFacts } from '../../src/lib/structured-data/event';
import { faqPage } from '../../src/lib/structured-data/faq';
import { absoluteUrl, memberId, networkId } from '../../src/lib/structured-data/ids';
import { memberOrganization, networkOrganization } from '../../src/lib/structured-data/organization';
import { jsonLdGraph, serializeJsonLd } from '../../src/lib/structured-data/serialize';
import { serviceNode } from '../../src/lib/structured-data/service';

const site = new URL('https://www.example.org');
const image = 'https://www.example.org/og/abc.png';

const convegno: EventFacts = {
  path: '/notizie/convegno/',
  title: 'Nuovi spazi di economia civile',
  summary: 'Il convegno della rete.',
  image,
  start: '2025-10-28T14:00',
  end: '2025-10-28T18:00',
  venue: 'Aula Pio XI, Università Cattolica del Sacro Cuore',
  address: 'Largo Gemelli 1',
  city: 'Milano',
  speakers: [
    { name: 'Luca Pesenti', organisation: 'ALTIS Università Cattolica' },
    { name: 'Alessandro Graziano', role: 'Presidente', organisation: 'ANCL Milano' },
  ],
  promoters: [{ name: 'ANCL Milano', url: 'https://www.anclmilano.it' }],
};

describe('serializeJsonLd', () => {
  it.each([
    // Text that would end the script element becomes JSON escapes…
    [{ name: '</script><script>alert(1)</script>' }, '{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}'],
    // …and so do an HTML comment opener and the ampersand.
    [{ name: '<!-- & -->' }, '{"name":"\\u003c!-- \\u0026 --\\u003e"}'],
    // JavaScript line separators are escaped too.
    [{ name: 'a\u2028b\u2029c' }, '{"name":"a\\u2028b\\u2029c"}'],
    // Ordinary Italian text is left as it is.
    [{ name: 'L’inclusione è «concreta»' }, '{"name":"L’inclusione è «concreta»"}'],
  ])('returns %j as safe JSON', (data, expected) => {
    expect(serializeJsonLd(data)).toBe(expected);
  });

  it('returns JSON that parses back to the same data', () => {
    const data = { name: '</script> & <b>', list: [1, 'x\u2028'] };
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});

describe('jsonLdGraph', () => {
  it('returns the nodes under one schema.org context', () => {
    expect(jsonLdGraph([{ '@type': 'Thing', name: 'x' }])).toEqual({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Thing', name: 'x' }] });
  });
});

describe('ids', () => {
  it.each([
    [networkId(site), 'https://www.example.org/#organization'],
    [memberId(site, 'alveare'), 'https://www.example.org/rete/alveare/#organization'],
    [absoluteUrl('/storie/', site), 'https://www.example.org/storie/'],
  ])('returns %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('networkOrganization', () => {
  it('returns the network with its members as member and its funders as funder', () => {
    const node = networkOrganization({
      site,
      members: [
        { id: 'alveare', name: 'Alveare Cooperativa Sociale' },
        { id: 'arca', name: 'Arca' },
      ],
      funders: [{ name: 'Fondazione Cariplo', url: 'https://www.fondazionecariplo.it' }],
    });
    expect(node).toMatchObject({
      '@type': 'Organization',
      '@id': 'https://www.example.org/#organization',
      name: 'Job Placement Network',
      url: 'https://www.example.org/',
      member: [
        { '@type': 'Organization', '@id': 'https://www.example.org/rete/alveare/#organization', name: 'Alveare Cooperativa Sociale' },
        { '@type': 'Organization', '@id': 'https://www.example.org/rete/arca/#organization', name: 'Arca' },
      ],
      funder: [{ '@type': 'Organization', name: 'Fondazione Cariplo', url: 'https://www.fondazionecariplo.it' }],
    });
  });

  it('returns no email and no funder when the content has none', () => {
    const node = networkOrganization({ site, members: [], funders: [] });
    expect(node).not.toHaveProperty('email');
    expect(node).not.toHaveProperty('funder');
  });
});

describe('memberOrganization', () => {
  it.each([
    // Without a website, the member's page here is its url.
    [{ id: 'arca', name: 'Arca' }, { url: 'https://www.example.org/rete/arca/' }],
    // With one, its own website.
    [{ id: 'arca', name: 'Arca', website: 'https://arca.example.org' }, { url: 'https://arca.example.org' }],
    // Its areas become areaServed, in words.
    [{ id: 'arca', name: 'Arca', areas: ['MI', 'MB'] as const }, { areaServed: [{ name: 'Milano' }, { name: 'Monza e Brianza' }] }],
  ])('returns %j as an Organization memberOf the network', (member, expected) => {
    const node = memberOrganization(site, member);
    expect(node).toMatchObject({ '@type': 'Organization', '@id': `https://www.example.org/rete/arca/#organization`, name: 'Arca', ...expected });
    expect(node).toMatchObject({ memberOf: { '@type': 'Organization', '@id': 'https://www.example.org/#organization' } });
  });
});

describe('serviceNode', () => {
  const service = {
    id: 'data-entry',
    title: 'Data entry',
    summary: 'Inserimento di dati.',
    category: 'amministrativi' as const,
    areas: ['MI'] as const,
    audience: ['aziende'] as const,
    illustrative: false,
  };

  it('returns the members named on the sheet as providers', () => {
    const node = serviceNode(site, { ...service, providers: [{ id: 'arca', name: 'Arca' }] });
    expect(node).toMatchObject({
      '@type': 'Service',
      name: 'Data entry',
      serviceType: 'Servizi amministrativi e inserimento dati',
      provider: [{ '@type': 'Organization', '@id': 'https://www.example.org/rete/arca/#organization', name: 'Arca' }],
      areaServed: [{ '@type': 'AdministrativeArea', name: 'Milano' }],
      audience: [{ '@type': 'Audience', audienceType: 'Aziende' }],
    });
  });

  it('returns the network as provider when the sheet names no member yet', () => {
    expect(serviceNode(site, { ...service, providers: [] })).toMatchObject({ provider: { '@id': 'https://www.example.org/#organization' } });
  });

  it('returns no provider for a sheet nobody has confirmed, even one that names members', () => {
    expect(serviceNode(site, { ...service, illustrative: true, providers: [{ id: 'arca', name: 'Arca' }] })).not.toHaveProperty('provider');
    expect(serviceNode(site, { ...service, illustrative: true, providers: [] })).not.toHaveProperty('provider');
  });
});

describe('articleNode', () => {
  it('returns an Article published by the network on the day of the entry', () => {
    const node = articleNode(site, {
      path: '/storie/out-of-the-blue/',
      title: 'Out of the blue',
      summary: 'La storia.',
      date: new Date('2025-10-28T00:00:00Z'),
      image,
      about: [{ id: 'consorzio-sir', name: 'Consorzio SiR' }],
    });
    expect(node).toMatchObject({
      '@type': 'Article',
      headline: 'Out of the blue',
      description: 'La storia.',
      datePublished: '2025-10-28',
      url: 'https://www.example.org/storie/out-of-the-blue/',
      image,
      author: { '@id': 'https://www.example.org/#organization' },
      publisher: { '@id': 'https://www.example.org/#organization' },
      about: [{ '@id': 'https://www.example.org/rete/consorzio-sir/#organization' }],
    });
  });
});

describe('eventNode', () => {
  it.each([
    // 28 October 2025 is still CET (+01:00): summer time ended on the 26th.
    ['2025-10-28T14:00', '2025-10-28T18:00', '2025-10-28T14:00:00+01:00', '2025-10-28T18:00:00+01:00'],
    // A June event is in CEST (+02:00).
    ['2026-06-10T09:30', '2026-06-10T13:00', '2026-06-10T09:30:00+02:00', '2026-06-10T13:00:00+02:00'],
    // The night summer time starts, 29 March 2026: 01:30 is CET, 03:30 already CEST.
    ['2026-03-29T01:30', '2026-03-29T03:30', '2026-03-29T01:30:00+01:00', '2026-03-29T03:30:00+02:00'],
  ])('returns start %s and end %s with the Rome offset of that day', (start, end, startDate, endDate) => {
    expect(eventNode(site, { ...convegno, start, end })).toMatchObject({ startDate, endDate });
  });

  it('returns a Place with a PostalAddress, organizers, the speakers as performers and a status', () => {
    expect(eventNode(site, convegno)).toMatchObject({
      '@type': 'Event',
      name: 'Nuovi spazi di economia civile',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Aula Pio XI, Università Cattolica del Sacro Cuore',
        address: { '@type': 'PostalAddress', streetAddress: 'Largo Gemelli 1', addressLocality: 'Milano' },
      },
      organizer: [{ '@id': 'https://www.example.org/#organization' }, { '@type': 'Organization', name: 'ANCL Milano', url: 'https://www.anclmilano.it' }],
      performer: [
        { '@type': 'Person', name: 'Luca Pesenti', affiliation: { name: 'ALTIS Università Cattolica' } },
        { '@type': 'Person', name: 'Alessandro Graziano', jobTitle: 'Presidente', affiliation: { name: 'ANCL Milano' } },
      ],
    });
  });

  it('returns no performer for an event without speakers', () => {
    expect(eventNode(site, { ...convegno, speakers: [] })).not.toHaveProperty('performer');
  });
});

describe('breadcrumbList', () => {
  it('returns one ListItem per crumb, in order, the last one with the page URL', () => {
    expect(breadcrumbList(site, '/storie/x/', [{ label: 'Home', href: '/' }, { label: 'Storie', href: '/storie/' }, { label: 'X' }])).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://www.example.org/' },
        { '@type': 'ListItem', position: 2, name: 'Storie', item: 'https://www.example.org/storie/' },
        { '@type': 'ListItem', position: 3, name: 'X', item: 'https://www.example.org/storie/x/' },
      ],
    });
  });
});

describe('faqPage', () => {
  it('returns each question with its accepted answer, as written', () => {
    expect(faqPage(site, '/aziende/', [{ question: 'Chi conta?', answer: 'I dipendenti.' }])).toMatchObject({
      '@type': 'FAQPage',
      url: 'https://www.example.org/aziende/',
      mainEntity: [{ '@type': 'Question', name: 'Chi conta?', acceptedAnswer: { '@type': 'Answer', text: 'I dipendenti.' } }],
    });
  });
});
