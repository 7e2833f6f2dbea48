/** Dates are shown in Italian and in Rome time, whatever the machine that builds the site. */
const timeZone = 'Europe/Rome';

const longDate = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const weekdayDate = new Intl.DateTimeFormat('it-IT', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone });
const clock = new Intl.DateTimeFormat('it-IT', { hour: '2-digit', minute: '2-digit', timeZone, hourCycle: 'h23' });

const dayAndMonth = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** Italian writes the first day of a month as an ordinal, «1º gennaio»; Intl writes «1 gennaio». */
function withOrdinalFirst(format: Intl.DateTimeFormat, date: Date): string {
  return format
    .formatToParts(date)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1º' : part.value))
    .join('');
}

/**
 * A calendar date (stored as UTC midnight) in words.
 *
 * @example
 * formatDate(new Date('2025-10-28T00:00:00Z')) // → '28 ottobre 2025'
 * formatDate(new Date('2022-01-01T00:00:00Z')) // → '1º gennaio 2022'
 */
export function formatDate(date: Date): string {
  return withOrdinalFirst(longDate, date);
}

/**
 * A day that comes back every year, written MM-DD in the rules, in words.
 *
 * @example
 * formatAnnualDate('01-31') // → '31 gennaio'
 */
export function formatAnnualDate(monthDay: string): string {
  return withOrdinalFirst(dayAndMonth, new Date(`2000-${monthDay}T00:00:00Z`));
}

/** A calendar day as people and the CMS write it: YYYY-MM-DD. */
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The calendar day a YYYY-MM-DD text names, as UTC midnight (how the site stores calendar
 * dates); `undefined` for any other text and for a day that does not exist, which `new Date`
 * would silently roll over (2025-02-30 to 2 March). The one reader of written days: the schemas,
 * the search results, the calculator's summary in a URL and the CMS previews all use it.
 *
 * @example
 * parseDay('2025-10-28') // → 2025-10-28T00:00:00.000Z
 * parseDay('2025-02-30') // → undefined
 */
export function parseDay(text: string): Date | undefined {
  const match = dayPattern.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear puts them back.
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** The YYYY-MM-DD form of a calendar date, for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The offset of Rome from UTC at a given instant, as `+01:00` or `+02:00`.
 */
function romeOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'longOffset' }).formatToParts(instant);
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * Turns a wall-clock time in Rome (`2025-10-28T14:00`) into the instant it names.
 * Daylight saving is taken from the time zone database, not assumed.
 *
 * @example
 * romeToInstant('2025-10-28T14:00').toISOString() // → '2025-10-28T13:00:00.000Z'
 */
export function romeToInstant(local: string): Date {
  const asUtc = new Date(`${local}:00Z`);
  const guess = new Date(asUtc.getTime() - romeOffsetMinutes(asUtc) * 60_000);
  return new Date(asUtc.getTime() - romeOffsetMinutes(guess) * 60_000);
}

/**
 * The ISO 8601 form of a Rome wall-clock time with its offset, as schema.org and calendars want.
 *
 * @example
 * romeIsoWithOffset('2025-10-28T14:00') // → '2025-10-28T14:00:00+01:00'
 */
export function romeIsoWithOffset(local: string): string {
  const offset = romeOffsetMinutes(romeToInstant(local));
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${local}:00${sign}${hours}:${minutes}`;
}

/** `martedì 28 ottobre 2025` for a Rome wall-clock time. */
export function formatRomeDay(local: string): string {
  return weekdayDate.format(romeToInstant(local));
}

/** `14:00` for a Rome wall-clock time. */
export function formatRomeTime(local: string): string {
  return clock.format(romeToInstant(local));
}
