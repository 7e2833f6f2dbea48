import { describe, expect, it } from 'vitest';
import { areasWithServices, featuredServices, groupByCategory, relatedServices, servicesInArea, servicesOfMember } from '../../src/lib/catalogue';
import type { ServiceCategory } from '../../src/schemas/service';
import type { Area } from '../../src/schemas/shared';

const service = (id: string, title: string, category: ServiceCategory, areas: Area[], providers: string[] = []) => ({
  id,
  data: { title, category, areas, providers: providers.map((p) => ({ id: p, collection: 'members' })) },
});
const services = [
  service('vetri', 'Pulizia di vetrate', 'pulizie', ['MI']),
  service('uffici', 'Pulizia di uffici', 'pulizie', ['MI', 'MB'], ['alveare']),
  service('data', 'Data entry', 'amministrativi', ['MB'], ['alveare', 'arca']),
  service('consulenza', 'Consulenza', 'consulenza', ['MI']),
];

describe('groupByCategory', () => {
  it('returns groups in taxonomy order with titles sorted, leaving out empty categories', () => {
    expect(groupByCategory(services).map((g) => [g.category, g.services.map((s) => s.id)])).toEqual([
      ['consulenza', ['consulenza']],
      ['pulizie', ['uffici', 'vetri']],
      ['amministrativi', ['data']],
    ]);
  });
});

describe('servicesInArea and areasWithServices', () => {
  it('returns the services of a province and only provinces with services', () => {
    expect(servicesInArea(services, 'MB').map((s) => s.id)).toEqual(['data', 'uffici']);
    expect(areasWithServices(services)).toEqual(['MI', 'MB']);
  });
});

describe('servicesOfMember', () => {
  it('returns the services a member provides', () => {
    expect(servicesOfMember(services, 'alveare').map((s) => s.id)).toEqual(['data', 'uffici']);
    expect(servicesOfMember(services, 'nessuno')).toEqual([]);
  });
});

describe('relatedServices', () => {
  it('returns others of the same category, never the service itself', () => {
    expect(relatedServices(services, services[1]!).map((s) => s.id)).toEqual(['vetri']);
  });
});

describe('featuredServices', () => {
  const withFeatured = (featured: string[]) => services.map((s) => ({ ...s, data: { ...s.data, featured: featured.includes(s.id) } }));

  it('returns the services editors featured, by title', () => {
    expect(featuredServices(withFeatured(['vetri', 'data'])).map((s) => s.id)).toEqual(['data', 'vetri']);
  });

  it('returns the first service of each category while none is featured', () => {
    expect(featuredServices(withFeatured([])).map((s) => s.id)).toEqual(['consulenza', 'uffici', 'data']);
    expect(featuredServices(withFeatured([]), 2).map((s) => s.id)).toEqual(['consulenza', 'uffici']);
  });
});
