import { describe, expect, it } from 'vitest';
import { formatAnnualDate, formatDate, formatRomeDay, formatRomeTime, isoDay, parseDay, romeIsoWithOffset, romeToInstant } from '../../src/lib/dates';

describe('romeToInstant', () => {
  it.each([
    // winter time (CET, +01:00): the convegno, two days after the change
    ['2025-10-28T14:00', '2025-10-28T13:00:00.000Z'],
    // summer time (CEST, +02:00)
    ['2025-07-01T09:30', '2025-07-01T07:30:00.000Z'],
    // the last hour of summer time before the October change
    ['2025-10-26T01:30', '2025-10-25T23:30:00.000Z'],
    // the first day of summer time
    ['2026-03-29T12:00', '2026-03-29T10:00:00.000Z'],
  ])('returns the UTC instant of Rome wall-clock %s', (local, expected) => {
    expect(romeToInstant(local).toISOString()).toBe(expected);
  });
});

describe('romeIsoWithOffset', () => {
  it.each([
    ['2025-10-28T14:00', '2025-10-28T14:00:00+01:00'],
    ['2025-10-28T18:00', '2025-10-28T18:00:00+01:00'],
    ['2025-06-15T10:00', '2025-06-15T10:00:00+02:00'],
  ])('returns %s with its offset', (local, expected) => {
    expect(romeIsoWithOffset(local)).toBe(expected);
  });
});

describe('formatDate', () => {
  it('returns an Italian long date, whatever the machine time zone', () => {
    expect(formatDate(new Date('2025-10-28T00:00:00Z'))).toBe('28 ottobre 2025');
    expect(isoDay(new Date('2025-10-28T00:00:00Z'))).toBe('2025-10-28');
  });
  it('returns the first of a month as an ordinal, «1º»', () => {
    expect(formatDate(new Date('2022-01-01T00:00:00Z'))).toBe('1º gennaio 2022');
    // the 11th and the 21st are not ordinals
    expect(formatDate(new Date('2025-06-11T00:00:00Z'))).toBe('11 giugno 2025');
    expect(formatDate(new Date('2025-06-21T00:00:00Z'))).toBe('21 giugno 2025');
  });
});

describe('parseDay', () => {
  it.each([
    // the form the CMS and the hand-written files use
    ['2025-10-28', '2025-10-28T00:00:00.000Z'],
    // a leap day in a leap year
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    // the last day of a year
    ['2025-12-31', '2025-12-31T00:00:00.000Z'],
    // a year before 100 stays that year (Date.UTC would make it 1950)
    ['0050-01-01', '0050-01-01T00:00:00.000Z'],
  ])('returns %s as UTC midnight', (text, expected) => {
    expect(parseDay(text)?.toISOString()).toBe(expected);
  });

  it.each([
    // a day that does not exist: new Date would roll it over to 2 March
    ['2025-02-30'],
    // a leap day in a year that has none
    ['2025-02-29'],
    // month 13
    ['2025-13-01'],
    // day 0
    ['2025-10-00'],
    // not zero-padded
    ['2025-1-28'],
    // a date and time is not a day
    ['2025-10-28T14:00'],
    // the Italian way of writing it
    ['28/10/2025'],
    // nothing
    [''],
  ])('returns undefined for %j', (text) => {
    expect(parseDay(text)).toBeUndefined();
  });
});

describe('formatAnnualDate', () => {
  it.each([
    // the prospetto's deadline
    ['01-31', '31 gennaio'],
    // the reference day of the count
    ['12-31', '31 dicembre'],
    // the first of a month, as an ordinal
    ['03-01', '1º marzo'],
  ])('returns %s as %s', (monthDay, expected) => {
    expect(formatAnnualDate(monthDay)).toBe(expected);
  });
});

describe('formatRomeDay and formatRomeTime', () => {
  it('returns the weekday and the Rome clock time', () => {
    expect(formatRomeDay('2025-10-28T14:00')).toBe('martedì 28 ottobre 2025');
    expect(formatRomeTime('2025-10-28T14:00')).toBe('14:00');
    expect(formatRomeTime('2025-10-28T18:00')).toBe('18:00');
  });
});
