/**
 * Turns the calculator's structured steps and problems into sentences. The templates come from the
 * UI dictionary (`calculator.explain.*`, `calculator.error.*`); the page hands them to its script already
 * translated, so this module never imports the dictionary and stays small in the browser.
 */
import { fill } from '../../i18n/fill';
import type { ExplanationKey, ExplanationValue, InputProblem, ProblemKey, Step } from './calculate';

export const explanationKeys = [
  'partTime.none',
  'partTime.sum',
  'base',
  'quota.none',
  'quota.band',
  'quota.percent',
  'art18.none',
  'art18.flat',
  'uncovered',
  'art14.notMember',
  'art14.noEsonero',
  'art14.standard',
  'esonero',
  'sanction',
  'commessa',
] as const satisfies readonly ExplanationKey[];

export const problemKeys = [
  'wholeNumber',
  'weeklyHours',
  'fullTimeHours',
  'workingDays',
  'labourCost',
  'tooManyExcluded',
] as const satisfies readonly ProblemKey[];

/**
 * Formats a number the way of the page's language (its Intl tag, 'it-IT' by default): up to two
 * decimals, or exactly two for money. Thousands are always grouped: Italian style leaves
 * four-digit numbers ungrouped, but 9802,50 € is easy to misread.
 *
 * @example
 * formatValue(3.57) // → '3,57'
 * formatValue({ euro: 9802.5 }) // → '9.802,50'
 * formatValue({ euro: 9802.5 }, 'en-GB') // → '9,802.50'
 */
export function formatValue(value: ExplanationValue, intl = 'it-IT'): string {
  return typeof value === 'number'
    ? value.toLocaleString(intl, { maximumFractionDigits: 2, useGrouping: 'always' })
    : value.euro.toLocaleString(intl, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: 'always' });
}

function formatAll(values: Record<string, ExplanationValue>, intl: string): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, formatValue(value, intl)]));
}

/**
 * The sentence that says how a step's value was found.
 *
 * @example
 * explainStep(step, { 'quota.percent': '{percent}% di {base} = {exact}, arrotondato a {value}', … }) // → '7% di 51 = 3,57, arrotondato a 4'
 */
export function explainStep(step: Pick<Step, 'explanation'>, templates: Record<ExplanationKey, string>, intl = 'it-IT'): string {
  return fill(templates[step.explanation.key], formatAll(step.explanation.values, intl));
}

/** The message for an input problem, to show next to its field. */
export function describeProblem(problem: InputProblem, templates: Record<ProblemKey, string>, intl = 'it-IT'): string {
  return fill(templates[problem.key], formatAll(problem.values, intl));
}
