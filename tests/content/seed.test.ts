import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckedEntry } from '../../src/lib/content-check/entries';
import { checkContent } from '../../src/lib/node/content-check/check-content';
import { formatProblem } from '../../src/lib/content-check/problem';

const report = checkContent({ root: join(import.meta.dirname, '../..'), today: new Date() });
const of = (collection: string) => report.entries.filter((e) => e.collection === collection);
const data = (entry: CheckedEntry | undefined) => (entry?.data ?? {}) as Record<string, unknown>;

describe('the published content', () => {
  it('passes the content checker with no errors', () => {
    expect(report.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it('lists the 10 cooperatives and 2 consortia of the seed, by their exact names, with Alveare as capofila', () => {
    const members = of('members').map((m) => data(m) as { name: string; kind: string; role: string });
    expect(members.filter((m) => m.kind === 'cooperativa').map((m) => m.name).sort()).toEqual(
      ['Alveare Cooperativa Sociale', 'Arca', 'Betania Travel', 'Fabbrica dei Segni', 'Il Grappolo', 'La Goccia', 'La tenda Amatese', 'Millemani', 'Re-tech life', 'Sammamet'].sort(),
    );
    expect(members.filter((m) => m.kind === 'consorzio').map((m) => m.name).sort()).toEqual(['Consorzio Idea Agenzia per il Lavoro', 'Consorzio SiR - Solidarietà in Rete']);
    expect(members.filter((m) => m.role === 'capofila').map((m) => m.name)).toEqual(['Alveare Cooperativa Sociale']);
  });

  it('has more than 45 services, each marked illustrative until staff verify it and date the review', () => {
    const services = of('services');
    expect(services.length).toBeGreaterThan(45);
    for (const service of services) {
      const { illustrative, reviewedAt } = data(service);
      expect(illustrative === true || reviewedAt instanceof Date, service.file).toBe(true);
    }
  });

  it('carries the convegno of 28 October 2025 as the seed describes it', () => {
    const convegno = data(of('news').find((n) => n.id === 'convegno-nuovi-spazi-di-economia-civile'));
    expect(convegno['event']).toMatchObject({
      start: '2025-10-28T14:00',
      end: '2025-10-28T18:00',
      venue: 'Aula Pio XI, Università Cattolica del Sacro Cuore',
      address: 'Largo Gemelli 1',
      city: 'Milano',
      moderator: { name: 'Simone Fanti', organisation: 'RCS' },
      promoters: ['ordine-consulenti-del-lavoro', 'ancl-milano'],
      partners: ['altis-universita-cattolica'],
      patrons: ['citta-metropolitana-di-milano', 'provincia-di-varese', 'comune-di-bollate', 'manageritalia-lombardia'],
    });
    const speakers = (convegno['event'] as { speakers: { name: string }[] }).speakers.map((s) => s.name);
    expect(speakers).toEqual(['Luca Pesenti', 'Potito di Nunzio', 'Alessandro Graziano', 'Ivan Lembo', 'Valeria Innocenti']);
  });

  it('names Fondazione Cariplo as the funder and keeps the impact figures of the seed', () => {
    expect(data(of('partners').find((p) => p.id === 'fondazione-cariplo'))).toMatchObject({ name: 'Fondazione Cariplo', kind: 'funder' });
    expect(data(of('settings')[0])['impact']).toMatchObject({ contracts: 50, commesse: 30, years: 2 });
  });

  it('tells the Out of the blue story, linked to Consorzio SiR', () => {
    expect(data(of('stories').find((s) => s.id === 'out-of-the-blue'))).toMatchObject({ members: ['consorzio-sir'], namedPeople: false });
  });
});
