import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventCalendar, type CalendarEvent } from '../../src/lib/calendar';

const convegno: CalendarEvent = {
  uid: 'convegno@www.example.org',
  title: 'Nuovi spazi di economia civile: il convegno',
  summary: 'Martedì 28 ottobre 2025 a Milano, all’Università Cattolica, la rete presenta i risultati.',
  url: 'https://www.example.org/notizie/convegno/',
  start: '2025-10-28T14:00',
  end: '2025-10-28T18:00',
  venue: 'Aula Pio XI, Università Cattolica del Sacro Cuore',
  address: 'Largo Gemelli 1',
  city: 'Milano',
};

/** The one VEVENT of a calendar file, read by an independent parser. */
function parseEvent(ics: string) {
  const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('No VEVENT');
  return new ICAL.Event(vevent);
}

/** A UTC instant as Rome's wall clock, `2025-10-28 14:00`. */
const inRome = (date: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Rome', dateStyle: 'short', timeStyle: 'short' }).format(date);

describe('eventCalendar', () => {
  it.each([
    // The convegno: CET (+01:00), so 14:00–18:00 in Rome is 13:00–17:00 UTC.
    ['2025-10-28T14:00', '2025-10-28T18:00', '2025-10-28T13:00:00.000Z', '2025-10-28T17:00:00.000Z'],
    // In June Rome is on CEST (+02:00).
    ['2026-06-10T14:00', '2026-06-10T18:00', '2026-06-10T12:00:00.000Z', '2026-06-10T16:00:00.000Z'],
    // Across the night summer time ends (25 October 2026): 01:00 CEST to 04:00 CET is four hours.
    ['2026-10-25T01:00', '2026-10-25T04:00', '2026-10-24T23:00:00.000Z', '2026-10-25T03:00:00.000Z'],
  ])('returns %s–%s Rome time as the right instants', (start, end, utcStart, utcEnd) => {
    const event = parseEvent(eventCalendar({ ...convegno, start, end }, '-//test//IT'));
    expect(event.startDate.toJSDate().toISOString()).toBe(utcStart);
    expect(event.endDate.toJSDate().toISOString()).toBe(utcEnd);
    expect(inRome(event.startDate.toJSDate())).toBe(start.replace('T', ' '));
    expect(inRome(event.endDate.toJSDate())).toBe(end.replace('T', ' '));
  });

  it('returns the title, summary, place, link and uid of the event', () => {
    const ics = eventCalendar(convegno, '-//Job Placement Network//www.example.org//IT');
    const event = parseEvent(ics);
    expect(event.summary).toBe(convegno.title);
    expect(event.description).toBe(convegno.summary);
    expect(event.location).toBe('Aula Pio XI, Università Cattolica del Sacro Cuore, Largo Gemelli 1, Milano');
    expect(event.uid).toBe('convegno@www.example.org');
    expect(event.component.getFirstPropertyValue('url')).toBe(convegno.url);
    expect(ics).toContain('PRODID:-//Job Placement Network//www.example.org//IT');
  });

  it('returns lines ended by CRLF, as RFC 5545 asks', () => {
    const ics = eventCalendar(convegno, '-//test//IT');
    expect(ics.split('\r\n').length).toBeGreaterThan(10);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  });
});
