/**
 * The legal facts the site states in words, each with its source: the facts listed in the rules
 * file, and the calculator's parameters under names the guides can cite. A guide writes
 * `<Fact id="esoneroPerDay" />`, never the figure, so a change in content/rules/ changes every
 * page that states it.
 */
import { fill } from '../../i18n/fill';
import { pluralForm } from '../../i18n/plural';
import { pluralForms } from '../../i18n/t';
import { defaultLocale, localeTags, type Locale } from '../../i18n/locales';
import { formatAnnualDate } from '../dates';
import type { Confidence, FactUnit, Rules, RulesFact } from '../../schemas/rules';

/** Where a statement was read and how surely: what every citation on the site shows. */
export interface SourceRef {
  source: string;
  url: string;
  confidence: Confidence;
  /** Only where a source states it. */
  effectiveFrom?: Date | undefined;
  note?: string | undefined;
}

/** One fact as the guides read it. */
export type LegalFact = SourceRef & Pick<RulesFact, 'id'> & Partial<Pick<RulesFact, 'claim' | 'quantity' | 'annualDate' | 'items' | 'text'>>;

/**
 * An amount with its unit, the way each language writes it.
 *
 * @example
 * formatAmount(39.21, 'euro') // → '39,21 €'
 * formatAmount(39.21, 'euro', 'en') // → '€39.21'
 * formatAmount(60, 'days') // → '60 giorni'
 */
export function formatAmount(amount: number, unit: FactUnit, locale: Locale = defaultLocale): string {
  // Money shows its cents, unless it is a whole sum such as an income limit («8.500 €», not «8.500,00 €»).
  const digits = unit === 'euro' && !Number.isInteger(amount) ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : { maximumFractionDigits: 2 };
  const { intl } = localeTags[locale];
  const n = amount.toLocaleString(intl, { ...digits, useGrouping: 'always' });
  return fill(pluralForm(amount, pluralForms(`facts.amount.${unit}`, locale)), { n });
}

/**
 * A fact as a phrase to put in a sentence: its amount, its yearly date, or its list.
 *
 * @example
 * formatFact({ quantity: { amount: 12, unit: 'months' }, … }) // → '12 mesi'
 * formatFact({ annualDate: '01-31', … }) // → '31 gennaio'
 */
export function formatFact(fact: LegalFact, locale: Locale = defaultLocale): string {
  if (fact.quantity) return formatAmount(fact.quantity.amount, fact.quantity.unit, locale);
  if (fact.annualDate) return formatAnnualDate(fact.annualDate, locale);
  if (fact.items) return new Intl.ListFormat(localeTags[locale].intl, { type: 'conjunction' }).format(fact.items);
  if (fact.text) return fact.text;
  throw new Error(`content/rules/: the fact "${fact.id}" has no amount, date, list or text to show. Cite it with <Cite id="${fact.id}" /> instead.`);
}

/** A fact's claim with its own value in place of `{value}`. */
export function factClaim(fact: LegalFact, locale: Locale = defaultLocale): string | undefined {
  if (!fact.claim) return undefined;
  return fact.claim.includes('{value}') ? fill(fact.claim, { value: formatFact(fact, locale) }) : fact.claim;
}

function fromParameter<K extends keyof Rules>(rules: Rules, name: K): SourceRef {
  const { source, url, confidence, effectiveFrom, note } = rules[name] as SourceRef;
  return { source, url, confidence, effectiveFrom, note };
}

/**
 * Every fact a guide can state, by id: the rules file's `facts`, then the calculator's parameters
 * under the names below. The sanction per day is derived (multiple × contribution), so it takes
 * the contribution's date: the amount holds from then.
 */
export function legalFacts(rules: Rules): Map<string, LegalFact> {
  const quotaBands = fromParameter(rules, 'quotaBands');
  const art14 = fromParameter(rules, 'art14Shares');
  const art18 = fromParameter(rules, 'art18Quota');
  const esonero = fromParameter(rules, 'esoneroPerDay');
  const derived: LegalFact[] = [
    // quotaBand1Min, quotaBand1Max, quotaBand1Workers, quotaBand2Min…, in the order of the bands
    ...rules.quotaBands.value.flatMap((band, index): LegalFact[] => [
      { id: `quotaBand${index + 1}Min`, quantity: { amount: band.minBase, unit: 'employees' }, ...quotaBands },
      { id: `quotaBand${index + 1}Max`, quantity: { amount: band.maxBase, unit: 'employees' }, ...quotaBands },
      { id: `quotaBand${index + 1}Workers`, quantity: { amount: band.workers, unit: 'people' }, ...quotaBands },
    ]),
    { id: 'quotaPercent', quantity: { amount: rules.quotaPercent.value.percent, unit: 'percent' }, ...fromParameter(rules, 'quotaPercent') },
    { id: 'quotaPercentFromBase', quantity: { amount: rules.quotaPercent.value.fromBase, unit: 'employees' }, ...fromParameter(rules, 'quotaPercent') },
    { id: 'art18Percent', quantity: { amount: rules.art18Quota.value.percent, unit: 'percent' }, ...art18 },
    { id: 'art18FromBase', quantity: { amount: rules.art18Quota.value.flatFromBase, unit: 'employees' }, ...art18 },
    { id: 'art18FlatToBase', quantity: { amount: rules.art18Quota.value.flatToBase, unit: 'employees' }, ...art18 },
    { id: 'art18FlatWorkers', quantity: { amount: rules.art18Quota.value.flatWorkers, unit: 'people' }, ...art18 },
    { id: 'roundingThreshold', quantity: { amount: rules.rounding.value.roundUpAbove, unit: 'count' }, ...fromParameter(rules, 'rounding') },
    { id: 'partTime', ...fromParameter(rules, 'partTime') },
    { id: 'art14Standard', quantity: { amount: rules.art14Shares.value.standard, unit: 'percent' }, ...art14 },
    { id: 'art14NoEsonero', quantity: { amount: rules.art14Shares.value.noEsonero, unit: 'percent' }, ...art14 },
    { id: 'art14NotMemberFirstYear', quantity: { amount: rules.art14Shares.value.notMemberFirstYear, unit: 'percent' }, ...art14 },
    { id: 'art14WithEsoneroLarge', quantity: { amount: rules.art14Shares.value.esoneroPlusArt14Over120, unit: 'percent' }, ...art14 },
    { id: 'art14LargeCompanyOver', quantity: { amount: rules.art14Shares.value.largeCompanyOver, unit: 'employees' }, ...art14 },
    { id: 'esoneroPerDay', quantity: { amount: rules.esoneroPerDay.value, unit: 'euro' }, ...esonero },
    { id: 'esoneroMaxShare', quantity: { amount: rules.esoneroMaxShare.value, unit: 'percent' }, ...fromParameter(rules, 'esoneroMaxShare') },
    { id: 'sanctionMultiple', quantity: { amount: rules.sanctionMultiple.value, unit: 'count' }, ...fromParameter(rules, 'sanctionMultiple') },
    {
      id: 'sanctionPerDay',
      quantity: { amount: Math.round(rules.sanctionMultiple.value * rules.esoneroPerDay.value * 100) / 100, unit: 'euro' },
      ...fromParameter(rules, 'sanctionMultiple'),
      effectiveFrom: esonero.effectiveFrom,
    },
    { id: 'hiringRequestDays', quantity: { amount: rules.hiringRequestDays.value, unit: 'days' }, ...fromParameter(rules, 'hiringRequestDays') },
    { id: 'exclusions', items: rules.exclusions.value, ...fromParameter(rules, 'exclusions') },
  ];
  const facts = new Map<string, LegalFact>();
  for (const fact of [...rules.facts, ...derived]) {
    if (facts.has(fact.id)) throw new Error(`content/rules/: the fact id "${fact.id}" is used twice; it is also the name of a calculator parameter.`);
    facts.set(fact.id, fact);
  }
  return facts;
}

/**
 * A fact by id, or an error that says where the id was written and which ids exist.
 *
 * @example
 * requireFact(facts, 'hiringRequestDays', 'content/guides/obbligo.mdx').amount // → 60
 */
export function requireFact(facts: Map<string, LegalFact>, id: string, from: string): LegalFact {
  const fact = facts.get(id);
  if (!fact) throw new Error(`${from}: no legal fact "${id}" in content/rules/. Expected one of: ${[...facts.keys()].sort().join(', ')}.`);
  return fact;
}
