import { serviceReviewMonths } from '../../schemas/service';
import { collectionStorage } from '../../schemas/storage';
import { consentRenewalYears } from '../../schemas/story';
import { isoDay } from '../dates';
import type { CheckedEntry } from './entries';
import type { ContentProblem } from './problem';

function addUtc(date: Date, years: number, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth() + months, date.getUTCDate()));
}

/** A date field of an entry's parsed data, by its path (`['consent', 'date']`). */
function dateAt(data: unknown, path: readonly string[]): Date | undefined {
  const value = path.reduce<unknown>((object, key) => (object && typeof object === 'object' ? (object as Record<string, unknown>)[key] : undefined), data);
  return value instanceof Date ? value : undefined;
}

/**
 * Warnings that do not stop a build but need a person: service sheets not reviewed for a year or
 * never reviewed, and stories whose consent is over two years old. A review or a consent dated
 * after today is an error: it records something that has not happened. The dates are the
 * schema's (Dates), so nothing here reads text.
 */
export function freshnessProblems(entries: readonly CheckedEntry[], today: Date): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  const neverReviewed: string[] = [];
  for (const entry of entries) {
    for (const path of [['reviewedAt'], ['consent', 'date']]) {
      const date = dateAt(entry.data, path);
      if (date && date > today) {
        warnings.push({
          severity: 'error',
          file: entry.file,
          line: entry.lineOf(path),
          field: path.join('.'),
          message: `The date ${isoDay(date)} is in the future: it must record a review or a consent that has already happened.`,
          fix: 'Write the day it actually happened, today or earlier.',
        });
      }
    }
    if (entry.collection === 'services') {
      const reviewed = dateAt(entry.data, ['reviewedAt']);
      if (reviewed === undefined && entry.data['illustrative'] === true) neverReviewed.push(entry.file);
      if (reviewed && addUtc(reviewed, 0, serviceReviewMonths) < today) {
        warnings.push({
          severity: 'warning',
          file: entry.file,
          line: entry.lineOf(['reviewedAt']),
          field: 'reviewedAt',
          message: `This service sheet was last reviewed on ${isoDay(reviewed)}, more than ${serviceReviewMonths} months ago.`,
          fix: 'Check the sheet with the cooperatives and update reviewedAt.',
        });
      }
    }
    if (entry.collection === 'stories') {
      const given = dateAt(entry.data, ['consent', 'date']);
      if (given && addUtc(given, consentRenewalYears, 0) < today) {
        warnings.push({
          severity: 'warning',
          file: entry.file,
          line: entry.lineOf(['consent', 'date']),
          field: 'consent.date',
          message: `The consent for this story dates from ${isoDay(given)}, more than ${consentRenewalYears} years ago.`,
          fix: 'Ask the cooperative to renew the consent, or unpublish the story.',
        });
      }
    }
  }
  // One line for them all: illustrative sheets are a known backlog, not news at every build.
  if (neverReviewed.length > 0) {
    const folder = `${collectionStorage.services.folder}/`;
    warnings.push({
      severity: 'warning',
      file: folder,
      field: 'reviewedAt',
      message: `${neverReviewed.length} illustrative service sheets have never been checked with the cooperatives: ${neverReviewed.map((file) => file.replace(folder, '')).join(', ')}.`,
      fix: 'Check each sheet with the cooperatives, then set reviewedAt and switch illustrative off.',
    });
  }
  return warnings;
}
