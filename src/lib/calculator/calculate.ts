/**
 * The L. 68/1999 obligation of a company and what an Art. 14 convention could cover, computed
 * from versioned rules (content/rules/) and a company's figures. Pure: no I/O, no dates read from
 * the clock, no words. Every number comes with the step that produced it, the numbers that step
 * used and the rules behind it; src/lib/calculator/explain.ts turns that into sentences from the UI
 * dictionary, so the page and its script say the same thing.
 */

import type { Rules } from '../../schemas/rules';

export type { Rules };
/** The rules file's keys that are not parameters: its metadata and what only the guides read. */
const notParameters = ['title', 'validFrom', 'sourcesCollectedAt', 'facts', 'unknowns', 'acts'] as const;
export type RuleName = Exclude<keyof Rules, (typeof notParameters)[number]>;
/** What the calculation reads of the rules: their values, not their sources (the browser gets only these). */
export type RuleValues = { [K in RuleName]: { value: Rules[K]['value'] } };

/**
 * The values of the rules, without sources and dates.
 *
 * @example
 * ruleValues(rules).esoneroPerDay // → { value: 39.21 }
 */
export function ruleValues(rules: Rules): RuleValues {
  const names = Object.keys(rules).filter((name): name is RuleName => !(notParameters as readonly string[]).includes(name));
  return Object.fromEntries(names.map((name) => [name, { value: rules[name].value }])) as RuleValues;
}

/** A company's figures, as entered in the calculator. */
export interface CompanyInput {
  /** All employees on a subordinate contract, full time, the excluded groups below included. */
  fullTime: number;
  /** Part-time employees by weekly hours. */
  partTime: { count: number; weeklyHours: number }[];
  /** Full-time weekly hours of the company's contract (usually 40). */
  fullTimeHours: number;
  /** Full-time employees the law leaves out of the base, by group. */
  excluded: { dirigenti: number; apprentices: number; shortFixedTerm: number; other: number };
  /** Disabled workers already employed under L. 68/1999, full time: out of the base, and they cover the quota. */
  disabledEmployed: number;
  /** Workers of the protected categories (art. 18) already employed, full time: out of the base, and they cover its quota. */
  protectedEmployed: number;
  /** Member of an employer association that signed the framework convention. */
  associationMember: boolean;
  /** Authorised to pay the contributo esonerativo for part of the quota. */
  usesEsonero: boolean;
  /** Working days in the year, for the yearly costs. */
  workingDays: number;
  /** Yearly labour cost of one worker at the cooperative, the basis of a commessa; unknown if absent. */
  cooperativeLabourCost?: number | undefined;
}

/** An amount of money, so that it is shown with its two decimals. */
export interface Euro {
  euro: number;
}
export type ExplanationValue = number | Euro;

/** Which sentence explains a step: the dictionary key is `calculator.explain.<key>`. */
export type ExplanationKey =
  | 'partTime.none'
  | 'partTime.sum'
  | 'base'
  | 'quota.none'
  | 'quota.band'
  | 'quota.percent'
  | 'art18.none'
  | 'art18.flat'
  | 'uncovered'
  | 'art14.notMember'
  | 'art14.noEsonero'
  | 'art14.standard'
  | 'esonero'
  | 'sanction'
  | 'commessa';

export type StepId = 'partTime' | 'base' | 'quotaArt3' | 'quotaArt18' | 'uncoveredArt3' | 'uncoveredArt18' | 'art14' | 'esonero' | 'sanction' | 'commessa';

/** One step of the calculation, as the page shows it. */
export interface Step {
  id: StepId;
  value: number;
  /** How the value was obtained: the sentence to use and the numbers that go in it. */
  explanation: { key: ExplanationKey; values: Record<string, ExplanationValue> };
  /** The rules the step applies. */
  rules: RuleName[];
}

/** Every rule a step may apply, whatever the figures: the page lists their sources beside the step. */
export const stepRules: Record<StepId, RuleName[]> = {
  partTime: ['partTime', 'rounding'],
  base: ['exclusions', 'partTime'],
  quotaArt3: ['quotaBands', 'quotaPercent', 'rounding'],
  quotaArt18: ['art18Quota', 'rounding'],
  // The quotas above them show their rules.
  uncoveredArt3: [],
  uncoveredArt18: [],
  art14: ['art14Shares'],
  esonero: ['esoneroPerDay', 'esoneroMaxShare'],
  sanction: ['sanctionMultiple', 'esoneroPerDay'],
  commessa: ['art14Shares'],
};

export interface Range {
  min: number;
  max: number;
}

/** Caveats the sources leave open, shown beside the result they concern. */
export type Caveat = 'art14Rounding' | 'smallCompanyCap' | 'largeCompany';

export interface Result {
  /** The base di computo: computable employees, part-time pro rata, rounded. */
  base: number;
  partTimeEquivalent: number;
  quotaArt3: number;
  quotaArt18: number;
  uncoveredArt3: number;
  uncoveredArt18: number;
  /** The percentage of the art. 3 quota an Art. 14 convention may cover. */
  art14Percent: number;
  /** Positions an Art. 14 convention may cover: a range, because the rounding is not known. */
  art14Positions: Range;
  /** Yearly euros per uncovered position and in total; the commessa only if its cost was given. */
  yearly: { esoneroPerPosition: number; sanctionPerPosition: number; sanctionTotal: number; commessaPerPosition?: number | undefined };
  caveats: Caveat[];
  steps: Step[];
}

/** Which sentence explains an input problem: the dictionary key is `calculator.error.<key>`. */
export type ProblemKey = 'wholeNumber' | 'weeklyHours' | 'fullTimeHours' | 'workingDays' | 'labourCost' | 'tooManyExcluded';

export interface InputProblem {
  /** The input's name, as in the form: `fullTime`, `excluded.dirigenti`, `partTime.0.weeklyHours`. */
  field: string;
  key: ProblemKey;
  values: Record<string, number>;
}

/**
 * Rounds a fraction the way the prospetto informativo does: up only when the decimal part is
 * strictly above the threshold (0.50), otherwise down.
 *
 * @example
 * roundQuota(3.57, 0.5) // → 4
 * roundQuota(10.5, 0.5) // → 10
 */
export function roundQuota(value: number, roundUpAbove: number): number {
  // Work in hundredths: 7% of 150 is 10.500000000000002 in floating point, and must stay 10.
  const hundredths = Math.round(value * 100);
  const whole = Math.floor(hundredths / 100);
  return hundredths - whole * 100 > Math.round(roundUpAbove * 100) ? whole + 1 : whole;
}

const cents = (value: number) => Math.round(value * 100) / 100;
const euro = (value: number): Euro => ({ euro: cents(value) });
/** Two decimals, as the working shows them: 3.57, not 3.5700000000000003. */
const hundredths = (value: number) => Math.round(value * 100) / 100;

type Quota = Pick<Step, 'value' | 'explanation' | 'rules'>;

/** The L. 68 quota (art. 3) for a base di computo, with the band or percentage that applies. */
export function quotaFor(base: number, rules: RuleValues): Quota {
  const band = rules.quotaBands.value.find((b) => base >= b.minBase && base <= b.maxBase);
  if (band) {
    return {
      value: band.workers,
      explanation: { key: 'quota.band', values: { base, min: band.minBase, max: band.maxBase, value: band.workers } },
      rules: ['quotaBands'],
    };
  }
  const { fromBase, percent } = rules.quotaPercent.value;
  if (base >= fromBase) {
    const exact = (base * percent) / 100;
    const value = roundQuota(exact, rules.rounding.value.roundUpAbove);
    return { value, explanation: { key: 'quota.percent', values: { percent, base, exact: hundredths(exact), value } }, rules: ['quotaPercent', 'rounding'] };
  }
  const lowest = Math.min(...rules.quotaBands.value.map((b) => b.minBase));
  return { value: 0, explanation: { key: 'quota.none', values: { base, min: lowest } }, rules: ['quotaBands'] };
}

/** The art. 18 quota for a base di computo. */
export function art18QuotaFor(base: number, rules: RuleValues): Quota {
  const r = rules.art18Quota.value;
  if (base >= r.percentFromBase) {
    const exact = (base * r.percent) / 100;
    const value = roundQuota(exact, rules.rounding.value.roundUpAbove);
    return {
      value,
      explanation: { key: 'quota.percent', values: { percent: r.percent, base, exact: hundredths(exact), value } },
      rules: ['art18Quota', 'rounding'],
    };
  }
  if (base >= r.flatFromBase && base <= r.flatToBase) {
    return {
      value: r.flatWorkers,
      explanation: { key: 'art18.flat', values: { base, min: r.flatFromBase, max: r.flatToBase, value: r.flatWorkers } },
      rules: ['art18Quota'],
    };
  }
  return { value: 0, explanation: { key: 'art18.none', values: { base, max: r.flatFromBase - 1 } }, rules: ['art18Quota'] };
}

/** The part of the art. 3 quota an Art. 14 convention may cover, in Lombardy, and the case that sets it. */
export function art14PercentFor(
  input: Pick<CompanyInput, 'associationMember' | 'usesEsonero'>,
  rules: RuleValues,
): { percent: number; key: 'art14.notMember' | 'art14.noEsonero' | 'art14.standard' } {
  const shares = rules.art14Shares.value;
  if (!input.associationMember) return { percent: shares.notMemberFirstYear, key: 'art14.notMember' };
  if (!input.usesEsonero) return { percent: shares.noEsonero, key: 'art14.noEsonero' };
  return { percent: shares.standard, key: 'art14.standard' };
}

/** Full-time employees outside the base: the excluded groups and the people already hired under L. 68. */
function excludedFullTime(input: CompanyInput): number {
  return Object.values(input.excluded).reduce((sum, n) => sum + n, 0) + input.disabledEmployed + input.protectedEmployed;
}

/** A guard against typing mistakes, not a legal figure: no full-time week in a collective agreement is longer. */
const maxWeeklyHours = 48;

/** The most working days a year can have. */
const maxWorkingDays = 366;

/** The working days the form starts with: the Ministry of Labour counts 66 a quarter for the self-certified esonero. */
export const defaultWorkingDays = 264;

/**
 * Checks the figures before computing, so that a wrong entry says which field and what is wrong.
 *
 * @example
 * inputProblems({ ...company, fullTime: -1 }) // → [{ field: 'fullTime', key: 'wholeNumber', values: {} }]
 */
export function inputProblems(input: CompanyInput): InputProblem[] {
  const problems: InputProblem[] = [];
  const whole = (field: string, value: number) => {
    if (!Number.isInteger(value) || value < 0) problems.push({ field, key: 'wholeNumber', values: {} });
  };
  whole('fullTime', input.fullTime);
  for (const [key, value] of Object.entries(input.excluded)) whole(`excluded.${key}`, value);
  whole('disabledEmployed', input.disabledEmployed);
  whole('protectedEmployed', input.protectedEmployed);
  const hoursValid = input.fullTimeHours > 0 && input.fullTimeHours <= maxWeeklyHours;
  if (!hoursValid) problems.push({ field: 'fullTimeHours', key: 'fullTimeHours', values: { max: maxWeeklyHours } });
  input.partTime.forEach((group, index) => {
    whole(`partTime.${index}.count`, group.count);
    if (hoursValid && !(group.weeklyHours > 0 && group.weeklyHours < input.fullTimeHours)) {
      problems.push({ field: `partTime.${index}.weeklyHours`, key: 'weeklyHours', values: { max: input.fullTimeHours } });
    }
  });
  if (!(Number.isInteger(input.workingDays) && input.workingDays > 0 && input.workingDays <= maxWorkingDays))
    problems.push({ field: 'workingDays', key: 'workingDays', values: { max: maxWorkingDays } });
  if (input.cooperativeLabourCost !== undefined && !(input.cooperativeLabourCost > 0))
    problems.push({ field: 'cooperativeLabourCost', key: 'labourCost', values: {} });
  if (problems.length === 0 && excludedFullTime(input) > input.fullTime) {
    problems.push({ field: 'fullTime', key: 'tooManyExcluded', values: { excluded: excludedFullTime(input) } });
  }
  return problems;
}

/**
 * Computes the obligation. Throws if `inputProblems` finds any: check first.
 *
 * @example
 * calculate(rules, { fullTime: 40, partTime: [], fullTimeHours: 40, excluded: {…0}, disabledEmployed: 0, … }).quotaArt3 // → 2
 */
export function calculate(rules: RuleValues, input: CompanyInput): Result {
  const problems = inputProblems(input);
  if (problems.length > 0) throw new Error(`calculate: invalid input (${problems.map((p) => `${p.field}: ${p.key}`).join(', ')})`);
  const steps: Step[] = [];
  const round = rules.rounding.value.roundUpAbove;

  const hours = input.partTime.reduce((sum, group) => sum + group.count * group.weeklyHours, 0);
  const exactEquivalent = hours / input.fullTimeHours;
  const partTimeEquivalent = roundQuota(exactEquivalent, round);
  steps.push({
    id: 'partTime',
    value: partTimeEquivalent,
    explanation:
      hours === 0
        ? { key: 'partTime.none', values: {} }
        : { key: 'partTime.sum', values: { hours, fullTimeHours: input.fullTimeHours, exact: hundredths(exactEquivalent), value: partTimeEquivalent } },
    rules: ['partTime', 'rounding'],
  });

  const excluded = excludedFullTime(input);
  const base = input.fullTime - excluded + partTimeEquivalent;
  steps.push({
    id: 'base',
    value: base,
    explanation: { key: 'base', values: { fullTime: input.fullTime, excluded, partTime: partTimeEquivalent, value: base } },
    rules: ['exclusions', 'partTime'],
  });

  const art3 = quotaFor(base, rules);
  steps.push({ id: 'quotaArt3', ...art3 });
  const art18 = art18QuotaFor(base, rules);
  steps.push({ id: 'quotaArt18', ...art18 });

  const uncoveredArt3 = Math.max(0, art3.value - input.disabledEmployed);
  const uncoveredArt18 = Math.max(0, art18.value - input.protectedEmployed);
  steps.push({
    id: 'uncoveredArt3',
    value: uncoveredArt3,
    explanation: { key: 'uncovered', values: { quota: art3.value, hired: input.disabledEmployed, value: uncoveredArt3 } },
    rules: [],
  });
  steps.push({
    id: 'uncoveredArt18',
    value: uncoveredArt18,
    explanation: { key: 'uncovered', values: { quota: art18.value, hired: input.protectedEmployed, value: uncoveredArt18 } },
    rules: [],
  });

  const share = art14PercentFor(input, rules);
  const exactPositions = (art3.value * share.percent) / 100;
  // How Lombardy rounds the covered share is not known: give both ends, never more than is uncovered.
  const art14Positions = {
    min: Math.min(Math.floor(exactPositions + 1e-9), uncoveredArt3),
    max: Math.min(Math.ceil(exactPositions - 1e-9), uncoveredArt3),
  };
  steps.push({
    id: 'art14',
    value: art14Positions.max,
    explanation: {
      key: share.key,
      values: { percent: share.percent, quota: art3.value, exact: hundredths(exactPositions), min: art14Positions.min, max: art14Positions.max },
    },
    rules: ['art14Shares'],
  });

  const perDay = rules.esoneroPerDay.value;
  const multiple = rules.sanctionMultiple.value;
  const esoneroPerPosition = cents(perDay * input.workingDays);
  const sanctionPerPosition = cents(perDay * multiple * input.workingDays);
  const sanctionTotal = cents(sanctionPerPosition * uncoveredArt3);
  steps.push({
    id: 'esonero',
    value: esoneroPerPosition,
    explanation: { key: 'esonero', values: { perDay: euro(perDay), days: input.workingDays, value: euro(esoneroPerPosition) } },
    rules: ['esoneroPerDay', 'esoneroMaxShare'],
  });
  steps.push({
    id: 'sanction',
    value: sanctionTotal,
    explanation: {
      key: 'sanction',
      values: {
        multiple,
        perDay: euro(perDay),
        days: input.workingDays,
        perPosition: euro(sanctionPerPosition),
        uncovered: uncoveredArt3,
        value: euro(sanctionTotal),
      },
    },
    rules: ['sanctionMultiple', 'esoneroPerDay'],
  });
  const commessaPerPosition = input.cooperativeLabourCost;
  if (commessaPerPosition !== undefined) {
    steps.push({
      id: 'commessa',
      value: commessaPerPosition,
      explanation: { key: 'commessa', values: { value: euro(commessaPerPosition) } },
      rules: ['art14Shares'],
    });
  }

  const caveats: Caveat[] = [];
  if (art14Positions.min !== art14Positions.max) caveats.push('art14Rounding');
  const smallest = [...rules.quotaBands.value].sort((a, b) => a.minBase - b.minBase)[0];
  if (smallest && base >= smallest.minBase && base <= smallest.maxBase) caveats.push('smallCompanyCap');
  const headcount = input.fullTime + input.partTime.reduce((sum, group) => sum + group.count, 0);
  if (input.usesEsonero && headcount > rules.art14Shares.value.largeCompanyOver) caveats.push('largeCompany');

  return {
    base,
    partTimeEquivalent,
    quotaArt3: art3.value,
    quotaArt18: art18.value,
    uncoveredArt3,
    uncoveredArt18,
    art14Percent: share.percent,
    art14Positions,
    yearly: { esoneroPerPosition, sanctionPerPosition, sanctionTotal, commessaPerPosition },
    caveats,
    steps,
  };
}
