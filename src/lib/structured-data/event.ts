import type { Event, Person } from 'schema-dts';
import { romeIsoWithOffset } from '../dates';
import { absoluteUrl } from './ids';
import { externalOrganisation, networkReference, type ExternalOrganisation } from './organization';

export interface EventPerson {
  name: string;
  role?: string | undefined;
  organisation?: string | undefined;
}

export interface EventFacts {
  /** The news item's path, from urls.ts. */
  path: string;
  title: string;
  summary: string;
  image: string;
  /** Rome wall-clock times, as the content stores them: `2025-10-28T14:00`. */
  start: string;
  end: string;
  venue: string;
  address: string;
  city: string;
  speakers: readonly EventPerson[];
  /** Organisations that promote the event with the network. */
  promoters: readonly ExternalOrganisation[];
}

function person(speaker: EventPerson): Person {
  return {
    '@type': 'Person',
    name: speaker.name,
    ...(speaker.role ? { jobTitle: speaker.role } : {}),
    ...(speaker.organisation ? { affiliation: { '@type': 'Organization', name: speaker.organisation } } : {}),
  };
}

/**
 * An event, with start and end in ISO 8601 with Rome's offset for that day (+01:00 or +02:00,
 * from the time zone database), a Place with its PostalAddress, the network and the promoters as
 * organizers and the speakers as performers. The content has no cancelled or moved state, so the
 * status is EventScheduled; the site's events take place in person.
 *
 * @example
 * eventNode(site, convegno).startDate // → '2025-10-28T14:00:00+01:00'
 */
export function eventNode(site: URL, event: EventFacts): Event {
  const url = absoluteUrl(event.path, site);
  return {
    '@type': 'Event',
    '@id': `${url}#event`,
    name: event.title,
    description: event.summary,
    url,
    image: event.image,
    // The language the event was held in, whatever the page's: the network's events are in Italian.
    inLanguage: 'it-IT',
    startDate: romeIsoWithOffset(event.start),
    endDate: romeIsoWithOffset(event.end),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: event.venue,
      address: { '@type': 'PostalAddress', streetAddress: event.address, addressLocality: event.city, addressCountry: 'IT' },
    },
    organizer: [networkReference(site), ...event.promoters.map(externalOrganisation)],
    ...(event.speakers.length > 0 ? { performer: event.speakers.map(person) } : {}),
  };
}
