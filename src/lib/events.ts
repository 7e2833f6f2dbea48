import { romeToInstant } from './dates';

interface Dated {
  data: { date: Date; event?: { start: string; end: string } | undefined };
}

/**
 * Splits news into upcoming events and everything else, by the moment the site is built.
 * The page is static, so "upcoming" means upcoming at build time; nothing reads the visitor's clock.
 * Upcoming events come soonest first; the rest newest first.
 */
export function splitByBuildTime<T extends Dated>(items: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const isUpcoming = (item: T) => item.data.event !== undefined && romeToInstant(item.data.event.end) >= now;
  const upcoming = items.filter(isUpcoming).sort((a, b) => startOf(a) - startOf(b));
  const past = items.filter((item) => !isUpcoming(item)).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
  return { upcoming, past };
}

function startOf(item: Dated): number {
  return item.data.event ? romeToInstant(item.data.event.start).getTime() : item.data.date.getTime();
}

/** Whether an event has ended at the given instant. */
export function hasEnded(event: { end: string }, now: Date): boolean {
  return romeToInstant(event.end) < now;
}
