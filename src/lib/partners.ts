import type { PartnerKind } from '../schemas/partner';

/** A news item as far as its event's supporters go. */
interface EventLike {
  id: string;
  data: {
    title: string;
    event?: { promoters: readonly { id: string }[]; partners: readonly { id: string }[]; patrons: readonly { id: string }[] } | undefined;
  };
}

export interface PartnerEvent {
  /** The news item's id. */
  id: string;
  title: string;
  role: Exclude<PartnerKind, 'funder'>;
}

/**
 * For each partner, the events it promoted, partnered or patronised, so that the site says what
 * an organisation supported instead of implying it supports the whole network.
 *
 * @example
 * eventsByPartner([{ id: 'convegno', data: { title: 'Convegno', event: { promoters: [{ id: 'ancl' }], partners: [], patrons: [] } } }]).get('ancl')
 * // → [{ id: 'convegno', title: 'Convegno', role: 'promoter' }]
 */
export function eventsByPartner(news: readonly EventLike[]): Map<string, PartnerEvent[]> {
  const byPartner = new Map<string, PartnerEvent[]>();
  for (const item of news) {
    const event = item.data.event;
    if (!event) continue;
    const roles = [
      ['promoter', event.promoters],
      ['partner', event.partners],
      ['patron', event.patrons],
    ] as const;
    for (const [role, references] of roles) {
      for (const reference of references) {
        const list = byPartner.get(reference.id) ?? [];
        list.push({ id: item.id, title: item.data.title, role });
        byPartner.set(reference.id, list);
      }
    }
  }
  return byPartner;
}
