import type { CheckedEntry } from './check-content';
import type { ContentProblem } from './problem';

/** A service sheet is stale after this many months without a review. */
export const serviceReviewMonths = 12;
/** A consent older than this many years should be renewed. */
export const consentRenewalYears = 2;

function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  return undefined;
}

function addUtc(date: Date, years: number, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth() + months, date.getUTCDate()));
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Warnings that do not stop a build but need a person: service sheets not reviewed for a year,
 * and stories whose consent is over two years old.
 */
export function freshnessWarnings(entries: readonly CheckedEntry[], today: Date): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  for (const entry of entries) {
    const data = entry.data as { reviewedAt?: unknown; consent?: { date?: unknown } };
    if (entry.collection === 'services') {
      const reviewed = toDate(data.reviewedAt);
      if (reviewed && addUtc(reviewed, 0, serviceReviewMonths) < today) {
        warnings.push({
          severity: 'warning',
          file: entry.file,
          line: entry.lineOf(['reviewedAt']),
          field: 'reviewedAt',
          message: `This service sheet was last reviewed on ${day(reviewed)}, more than ${serviceReviewMonths} months ago.`,
          fix: 'Check the sheet with the cooperatives and update reviewedAt.',
        });
      }
    }
    if (entry.collection === 'stories') {
      const given = toDate(data.consent?.date);
      if (given && addUtc(given, consentRenewalYears, 0) < today) {
        warnings.push({
          severity: 'warning',
          file: entry.file,
          line: entry.lineOf(['consent', 'date']),
          field: 'consent.date',
          message: `The consent for this story dates from ${day(given)}, more than ${consentRenewalYears} years ago.`,
          fix: 'Ask the cooperative to renew the consent, or unpublish the story.',
        });
      }
    }
  }
  return warnings;
}
