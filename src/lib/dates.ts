import { defaultLocale, localeTags, type Locale } from '../i18n/locales';

/** Dates are shown in the page's language and in Rome time, whatever the machine that builds the site. */
const timeZone = 'Europe/Rome';

/** One set of formatters per language, made once: building them costs more than using them. */
const formatters = Object.fromEntries(
  Object.entries(localeTags).map(([locale, { intl }]) => [
    locale,
    {
      longDate: new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
      weekdayDate: new Intl.DateTimeFormat(intl, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }),
      clock: new Intl.DateTimeFormat(intl, { hour: '2-digit', minute: '2-digit', timeZone, hourCycle: 'h23' }),
      dayAndMonth: new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
    },
  ]),
) as Record<Locale, Record<'longDate' | 'weekdayDate' | 'clock' | 'dayAndMonth', Intl.DateTimeFormat>>;

/** Italian writes the first day of a month as an ordinal, «1º gennaio»; Intl writes «1 gennaio». English does not. */
function withOrdinalFirst(format: Intl.DateTimeFormat, date: Date, locale: Locale): string {
  if (locale !== 'it') return format.format(date);
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
 * formatDate(new Date('2022-01-01T00:00:00Z'), 'en') // → '1 January 2022'
 */
export function formatDate(date: Date, locale: Locale = defaultLocale): string {
  return withOrdinalFirst(formatters[locale].longDate, date, locale);
}

/**
 * A day that comes back every year, written MM-DD in the rules, in words.
 *
 * @example
 * formatAnnualDate('01-31') // → '31 gennaio'
 */
export function formatAnnualDate(monthDay: string, locale: Locale = defaultLocale): string {
  return withOrdinalFirst(formatters[locale].dayAndMonth, new Date(`2000-${monthDay}T00:00:00Z`), locale);
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

/** `martedì 28 ottobre 2025` (`Tuesday 28 October 2025`) for a Rome wall-clock time. */
export function formatRomeDay(local: string, locale: Locale = defaultLocale): string {
  return formatters[locale].weekdayDate.format(romeToInstant(local));
}

/** `14:00` for a Rome wall-clock time. */
export function formatRomeTime(local: string, locale: Locale = defaultLocale): string {
  return formatters[locale].clock.format(romeToInstant(local));
}
