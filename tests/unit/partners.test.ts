import { describe, expect, it } from 'vitest';
import { eventsByPartner } from '../../src/lib/partners';

const item = (id: string, promoters: string[], partners: string[], patrons: string[]) => ({
  id,
  data: {
    title: `Evento ${id}`,
    event: { promoters: promoters.map((p) => ({ id: p })), partners: partners.map((p) => ({ id: p })), patrons: patrons.map((p) => ({ id: p })) },
  },
});

describe('eventsByPartner', () => {
  it('returns each partner’s events with the role it had in each', () => {
    const map = eventsByPartner([
      item('a', ['ordine'], ['altis'], ['comune']),
      item('b', ['comune'], [], []),
      { id: 'notizia', data: { title: 'Senza evento', event: undefined } },
    ]);
    expect(map.get('ordine')).toEqual([{ id: 'a', title: 'Evento a', role: 'promoter' }]);
    expect(map.get('altis')).toEqual([{ id: 'a', title: 'Evento a', role: 'partner' }]);
    expect(map.get('comune')).toEqual([
      { id: 'a', title: 'Evento a', role: 'patron' },
      { id: 'b', title: 'Evento b', role: 'promoter' },
    ]);
    expect(map.has('cariplo')).toBe(false);
  });
});
