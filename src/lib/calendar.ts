import { createEvents, type EventAttributes } from 'ics';
import { romeToInstant } from './dates';

export interface CalendarEvent {
  /** A globally unique, stable id: the news item's id at the site's host. */
  uid: string;
  title: string;
  summary: string;
  /** The absolute URL of the event's page. */
  url: string;
  /** Rome wall-clock times, as the content stores them: `2025-10-28T14:00`. */
  start: string;
  end: string;
  venue: string;
  address: string;
  city: string;
}

/**
 * An iCalendar file (.ics) for one event, made with the `ics` package.
 *
 * The content gives times on Rome's wall clock. `ics` cannot write a TZID, so each time is
 * turned into the instant it names in Europe/Rome, with daylight saving from the time zone
 * database (dates.ts), and written in UTC: 14:00 on 28 October 2025 (CET, +01:00) becomes
 * 13:00Z, 14:00 on 10 June (CEST, +02:00) 12:00Z. Every calendar shows the right local time.
 *
 * @example
 * eventCalendar(convegno) // → 'BEGIN:VCALENDAR…DTSTART:20251028T130000Z\r\nDTEND:20251028T170000Z…'
 */
export function eventCalendar(event: CalendarEvent, productId: string): string {
  const attributes: EventAttributes = {
    uid: event.uid,
    title: event.title,
    description: event.summary,
    url: event.url,
    location: `${event.venue}, ${event.address}, ${event.city}`,
    start: romeToInstant(event.start).getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: romeToInstant(event.end).getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  };
  const { error, value } = createEvents([attributes], { productId });
  if (error || !value) throw new Error(`The calendar file for ${event.url} could not be made: ${error?.message ?? 'no output'}`);
  return value;
}
