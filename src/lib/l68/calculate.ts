/**
 * The L. 68/1999 obligation of a company and what an Art. 14 convention could cover, computed
 * from versioned rules (content/rules/) and a company's figures. Pure: no I/O, no dates read from
 * the clock. Every number comes with the step that produced it and the rule behind it.
 */

import type { Rules } from '../../schemas/rules';

export type { Rules };
export type RuleName = Exclude<keyof Rules, 'title' | 'validFrom' | 'reviewedAt'>;

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

/** One step of the calculation, as the page shows it. */
export interface Step {
  id: string;
  value: number;
  /** How the value was obtained, with the numbers used. */
  working: string;
  /** The rules the step applies. */
  rules: RuleName[];
}

export interface Range {
  min: number;
  max: number;
}

export interface Result {
  /** The base di computo: computable employees, part-time pro rata, rounded. */
  base: number;
  partTimeEquivalent: number;
  quotaArt3: number;
  quotaArt18: number;
  uncoveredArt3: number;
  uncoveredArt18: number;
  /** The percentage of the art. 3 quota an Art. 14 convention may cover, and why. */
  art14Percent: number;
  /** Positions an Art. 14 convention may cover: a range, because the rounding is not known. */
  art14Positions: Range;
  /** Yearly euros per uncovered position and in total; the commessa only if its cost was given. */
  yearly: { esoneroPerPosition: number; sanctionPerPosition: number; sanctionTotal: number; commessaPerPosition?: number | undefined };
  steps: Step[];
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

const euros = (value: number) => Math.round(value * 100) / 100;

/** The L. 68 quota for a base di computo, with the band or percentage that applies. */
export function quotaFor(base: number, rules: Rules): { quota: number; working: string } {
  const band = rules.quotaBands.value.find((b) => base >= b.minBase && base <= b.maxBase);
  if (band) return { quota: band.workers, working: `base ${base}, fascia ${band.minBase}–${band.maxBase}: ${band.workers}` };
  const { fromBase, percent } = rules.quotaPercent.value;
  if (base >= fromBase) {
    const exact = (base * percent) / 100;
    const quota = roundQuota(exact, rules.rounding.value.roundUpAbove);
    return { quota, working: `${percent}% di ${base} = ${exact.toFixed(2)}, arrotondato a ${quota}` };
  }
  const lowest = Math.min(...rules.quotaBands.value.map((b) => b.minBase));
  return { quota: 0, working: `base ${base}, sotto ${lowest}: nessun obbligo` };
}

/** The art. 18 quota for a base di computo. */
export function art18QuotaFor(base: number, rules: Rules): { quota: number; working: string } {
  const r = rules.art18Quota.value;
  if (base >= r.percentFromBase) {
    const exact = (base * r.percent) / 100;
    const quota = roundQuota(exact, rules.rounding.value.roundUpAbove);
    return { quota, working: `${r.percent}% di ${base} = ${exact.toFixed(2)}, arrotondato a ${quota}` };
  }
  if (base >= r.flatFromBase && base <= r.flatToBase)
    return { quota: r.flatWorkers, working: `base ${base}, tra ${r.flatFromBase} e ${r.flatToBase}: ${r.flatWorkers}` };
  return { quota: 0, working: `base ${base}, fino a ${r.flatFromBase - 1}: nessun obbligo` };
}

/** The part of the art. 3 quota an Art. 14 convention may cover, in Lombardy. */
export function art14PercentFor(input: Pick<CompanyInput, 'associationMember' | 'usesEsonero'>, rules: Rules): { percent: number; working: string } {
  const shares = rules.art14Shares.value;
  if (!input.associationMember) return { percent: shares.notMemberFirstYear, working: `azienda non associata, primo anno: ${shares.notMemberFirstYear}%` };
  if (!input.usesEsonero) return { percent: shares.noEsonero, working: `azienda senza esonero parziale: fino al ${shares.noEsonero}%` };
  return { percent: shares.standard, working: `di norma: ${shares.standard}%` };
}

/** Full-time employees outside the base: the excluded groups and the people already hired under L. 68. */
function excludedFullTime(input: CompanyInput): number {
  return Object.values(input.excluded).reduce((sum, n) => sum + n, 0) + input.disabledEmployed + input.protectedEmployed;
}

/** Checks the figures before computing, so a wrong entry says what is wrong. */
export function inputProblems(input: CompanyInput): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const whole = (field: string, value: number, label: string) => {
    if (!Number.isInteger(value) || value < 0) problems.push({ field, message: `${label}: un numero intero, zero o più.` });
  };
  whole('fullTime', input.fullTime, 'Dipendenti a tempo pieno');
  whole('disabledEmployed', input.disabledEmployed, 'Persone con disabilità già assunte');
  whole('protectedEmployed', input.protectedEmployed, 'Persone delle categorie protette già assunte');
  for (const [key, value] of Object.entries(input.excluded)) whole(`excluded.${key}`, value, 'Esclusi');
  input.partTime.forEach((group, index) => {
    whole(`partTime.${index}.count`, group.count, 'Numero di part-time');
    if (!(group.weeklyHours > 0 && group.weeklyHours < input.fullTimeHours)) {
      problems.push({
        field: `partTime.${index}.weeklyHours`,
        message: `Ore settimanali: più di 0 e meno delle ore di un tempo pieno (${input.fullTimeHours}).`,
      });
    }
  });
  if (!(input.fullTimeHours > 0 && input.fullTimeHours <= 48)) problems.push({ field: 'fullTimeHours', message: 'Ore di un tempo pieno: tra 1 e 48.' });
  if (!(Number.isInteger(input.workingDays) && input.workingDays > 0 && input.workingDays <= 366))
    problems.push({ field: 'workingDays', message: 'Giorni lavorativi: un numero intero tra 1 e 366.' });
  if (input.cooperativeLabourCost !== undefined && !(input.cooperativeLabourCost > 0))
    problems.push({ field: 'cooperativeLabourCost', message: 'Costo annuo: un importo maggiore di zero.' });
  if (problems.length === 0 && excludedFullTime(input) > input.fullTime) {
    problems.push({
      field: 'fullTime',
      message: `Dipendenti a tempo pieno: almeno quanti i gruppi esclusi e le persone già assunte che indicate (${excludedFullTime(input)}).`,
    });
  }
  return problems;
}

/**
 * Computes the obligation. Throws if `inputProblems` finds any: check first.
 *
 * @example
 * calculate(rules, { fullTime: 40, partTime: [], fullTimeHours: 40, excluded: {…0}, disabledEmployed: 0, … }).quotaArt3 // → 2
 */
export function calculate(rules: Rules, input: CompanyInput): Result {
  const problems = inputProblems(input);
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join(' '));
  const steps: Step[] = [];
  const round = rules.rounding.value.roundUpAbove;

  const hours = input.partTime.reduce((sum, group) => sum + group.count * group.weeklyHours, 0);
  const exactEquivalent = hours / input.fullTimeHours;
  const partTimeEquivalent = roundQuota(exactEquivalent, round);
  steps.push({
    id: 'partTime',
    value: partTimeEquivalent,
    working:
      input.partTime.length === 0
        ? 'nessun part-time'
        : `${input.partTime.map((g) => `${g.count} × ${g.weeklyHours} h`).join(' + ')} = ${hours} h ÷ ${input.fullTimeHours} h = ${exactEquivalent.toFixed(2)}, arrotondato a ${partTimeEquivalent}`,
    rules: ['partTime', 'rounding'],
  });

  const excluded = excludedFullTime(input);
  const base = input.fullTime - excluded + partTimeEquivalent;
  steps.push({
    id: 'base',
    value: base,
    working: `${input.fullTime} a tempo pieno − ${excluded} esclusi + ${partTimeEquivalent} equivalenti part-time = ${base}`,
    rules: ['exclusions', 'partTime'],
  });

  const art3 = quotaFor(base, rules);
  steps.push({
    id: 'quotaArt3',
    value: art3.quota,
    working: art3.working,
    rules: base >= rules.quotaPercent.value.fromBase ? ['quotaPercent', 'rounding'] : ['quotaBands'],
  });
  const art18 = art18QuotaFor(base, rules);
  steps.push({ id: 'quotaArt18', value: art18.quota, working: art18.working, rules: ['art18Quota', 'rounding'] });

  const uncoveredArt3 = Math.max(0, art3.quota - input.disabledEmployed);
  const uncoveredArt18 = Math.max(0, art18.quota - input.protectedEmployed);
  steps.push({
    id: 'uncoveredArt3',
    value: uncoveredArt3,
    working: `${art3.quota} − ${input.disabledEmployed} già assunte = ${uncoveredArt3}`,
    rules: ['quotaBands', 'quotaPercent'],
  });
  steps.push({
    id: 'uncoveredArt18',
    value: uncoveredArt18,
    working: `${art18.quota} − ${input.protectedEmployed} già assunte = ${uncoveredArt18}`,
    rules: ['art18Quota'],
  });

  const share = art14PercentFor(input, rules);
  const exactPositions = (art3.quota * share.percent) / 100;
  // How Lombardy rounds the covered share is not known: give both ends, never more than is uncovered.
  const art14Positions = { min: Math.min(Math.floor(exactPositions + 1e-9), uncoveredArt3), max: Math.min(Math.ceil(exactPositions - 1e-9), uncoveredArt3) };
  steps.push({
    id: 'art14',
    value: art14Positions.max,
    working: `${share.working}; ${share.percent}% di ${art3.quota} = ${exactPositions.toFixed(2)}: ${art14Positions.min === art14Positions.max ? art14Positions.min : `tra ${art14Positions.min} e ${art14Positions.max}`}`,
    rules: ['art14Shares'],
  });

  const esoneroPerPosition = euros(rules.esoneroPerDay.value * input.workingDays);
  const sanctionPerPosition = euros(rules.esoneroPerDay.value * rules.sanctionMultiple.value * input.workingDays);
  const sanctionTotal = euros(sanctionPerPosition * uncoveredArt3);
  steps.push({
    id: 'esonero',
    value: esoneroPerPosition,
    working: `${rules.esoneroPerDay.value} € × ${input.workingDays} giorni = ${esoneroPerPosition} €`,
    rules: ['esoneroPerDay', 'esoneroMaxShare'],
  });
  steps.push({
    id: 'sanction',
    value: sanctionTotal,
    working: `${rules.sanctionMultiple.value} × ${rules.esoneroPerDay.value} € × ${input.workingDays} giorni = ${sanctionPerPosition} € per posto, × ${uncoveredArt3} = ${sanctionTotal} €`,
    rules: ['sanctionMultiple', 'esoneroPerDay'],
  });
  const commessaPerPosition = input.cooperativeLabourCost;
  if (commessaPerPosition !== undefined) {
    steps.push({
      id: 'commessa',
      value: commessaPerPosition,
      working: `almeno il costo del lavoro indicato, ${commessaPerPosition} €, più i costi di produzione`,
      rules: ['art14Shares'],
    });
  }

  return {
    base,
    partTimeEquivalent,
    quotaArt3: art3.quota,
    quotaArt18: art18.quota,
    uncoveredArt3,
    uncoveredArt18,
    art14Percent: share.percent,
    art14Positions,
    yearly: { esoneroPerPosition, sanctionPerPosition, sanctionTotal, commessaPerPosition },
    steps,
  };
}
