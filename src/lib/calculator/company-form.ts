/**
 * Reads the calculator's form, as the browser hands it over (strings), into a CompanyInput.
 * Numbers may be typed the way of the page's language ("28.000" and "12,5" in Italian, "28,000"
 * and "12.5" in English). Empty counts mean zero; text that is not a number becomes NaN, so that
 * `inputProblems` names the field instead of guessing.
 */
import type { Locale } from '../../i18n/locales';
import type { CompanyInput } from './calculate';

/**
 * Parses a number typed by a person in Italy: dots group thousands, a comma marks decimals;
 * a single dot before one or two digits is read as a decimal point. Empty text is `undefined`.
 *
 * @example
 * parseItalianNumber('28.000') // → 28000
 * parseItalianNumber('12,5') // → 12.5
 * parseItalianNumber('dodici') // → NaN
 */
export function parseItalianNumber(text: string | null | undefined): number | undefined {
  const compact = (text ?? '').replace(/[\s\u00a0€]/g, '');
  if (compact === '') return undefined;
  let normalised: string;
  if (compact.includes(',')) normalised = compact.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(compact)) normalised = compact.replace(/\./g, '');
  else normalised = compact;
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/**
 * Parses a number typed on an English page: commas group thousands, a dot marks decimals. A
 * comma that cannot be a thousands separator ("12,5") is read as a decimal comma: visitors of the
 * English pages often write numbers the Italian way.
 *
 * @example
 * parseEnglishNumber('28,000') // → 28000
 * parseEnglishNumber('1,234.50') // → 1234.5
 * parseEnglishNumber('12,5') // → 12.5
 */
export function parseEnglishNumber(text: string | null | undefined): number | undefined {
  const compact = (text ?? '').replace(/[\s\u00a0€]/g, '');
  if (compact === '') return undefined;
  let normalised: string;
  if (compact.includes('.') || /^\d{1,3}(,\d{3})+$/.test(compact)) normalised = compact.replace(/,/g, '');
  else normalised = compact.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/** The parser for numbers typed on a page in a language. */
export const numberParsers: Record<Locale, (text: string | null | undefined) => number | undefined> = { it: parseItalianNumber, en: parseEnglishNumber };

/** The form's fields: names as in the page, values as typed; checkboxes are present when ticked. */
export type FormFields = Record<string, string | undefined>;

/** Names of the form's fields, shared by the page that renders them and the script that reads them. */
export const fieldNames = {
  fullTime: 'fullTime',
  fullTimeHours: 'fullTimeHours',
  dirigenti: 'excluded.dirigenti',
  apprentices: 'excluded.apprentices',
  shortFixedTerm: 'excluded.shortFixedTerm',
  other: 'excluded.other',
  disabledEmployed: 'disabledEmployed',
  protectedEmployed: 'protectedEmployed',
  associationMember: 'associationMember',
  usesEsonero: 'usesEsonero',
  workingDays: 'workingDays',
  cooperativeLabourCost: 'cooperativeLabourCost',
  partTimeCount: (index: number) => `partTime.${index}.count`,
  partTimeHours: (index: number) => `partTime.${index}.weeklyHours`,
} as const;

export interface CompanyForm {
  input: CompanyInput;
  /** For each part-time group of the input, the form row it came from: empty rows are skipped. */
  rowOfGroup: number[];
}

/**
 * Reads the form. Returns `undefined` while the one figure everything depends on, the number of
 * full-time employees, is still empty: the page then waits instead of showing errors.
 *
 * @example
 * readCompanyForm({ fullTime: '34', fullTimeHours: '40', workingDays: '264' }, 0)?.input.fullTime // → 34
 */
export function readCompanyForm(fields: FormFields, partTimeRows: number, locale: Locale = 'it'): CompanyForm | undefined {
  const parse = numberParsers[locale];
  const number = (name: string, empty: number | undefined) => parse(fields[name]) ?? empty;
  const count = (name: string) => number(name, 0) ?? 0;
  const fullTime = number(fieldNames.fullTime, undefined);
  if (fullTime === undefined) return undefined;
  const partTime: CompanyInput['partTime'] = [];
  const rowOfGroup: number[] = [];
  for (let index = 0; index < partTimeRows; index += 1) {
    const people = parse(fields[fieldNames.partTimeCount(index)]);
    const hours = parse(fields[fieldNames.partTimeHours(index)]);
    // A row left empty is not a group; a half-filled one is, so that its empty half is reported.
    if (people === undefined && hours === undefined) continue;
    partTime.push({ count: people ?? 0, weeklyHours: hours ?? Number.NaN });
    rowOfGroup.push(index);
  }
  const input: CompanyInput = {
    fullTime,
    partTime,
    fullTimeHours: number(fieldNames.fullTimeHours, Number.NaN) ?? Number.NaN,
    excluded: {
      dirigenti: count(fieldNames.dirigenti),
      apprentices: count(fieldNames.apprentices),
      shortFixedTerm: count(fieldNames.shortFixedTerm),
      other: count(fieldNames.other),
    },
    disabledEmployed: count(fieldNames.disabledEmployed),
    protectedEmployed: count(fieldNames.protectedEmployed),
    associationMember: fields[fieldNames.associationMember] !== undefined,
    usesEsonero: fields[fieldNames.usesEsonero] !== undefined,
    workingDays: number(fieldNames.workingDays, Number.NaN) ?? Number.NaN,
    cooperativeLabourCost: parse(fields[fieldNames.cooperativeLabourCost]),
  };
  return { input, rowOfGroup };
}

/**
 * The form field a problem belongs to: problems name part-time groups by their place in the
 * input, the form by its row.
 *
 * @example
 * fieldOfProblem('partTime.0.weeklyHours', [2]) // → 'partTime.2.weeklyHours'
 */
export function fieldOfProblem(field: string, rowOfGroup: readonly number[]): string {
  const match = /^partTime\.(\d+)\.(\w+)$/.exec(field);
  if (!match) return field;
  return `partTime.${rowOfGroup[Number(match[1])] ?? match[1]}.${match[2]}`;
}
