import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { factClaim, formatAmount, formatFact, legalFacts, requireFact, type LegalFact } from '../../src/lib/l68/facts';
import { rulesSchema, type Rules } from '../../src/schemas/rules';

// The rules the site publishes, read through their schema as the build reads them.
const rules = rulesSchema().parse(parse(readFileSync(join(import.meta.dirname, '../../content/rules/2026-01-01.yaml'), 'utf8'))) as Rules;
const sourced = { source: 'Una fonte di prova', url: 'https://www.example.org', confidence: 'high' as const };

describe('formatAmount', () => {
  it.each([
    // money always with two decimals, the euro sign after, Italian comma
    [39.21, 'euro', '39,21 €'],
    [196.05, 'euro', '196,05 €'],
    // thousands grouped, even four digits
    [2587.86, 'euro', '2.587,86 €'],
    // a whole sum, such as an income limit, without cents
    [8500, 'euro', '8.500 €'],
    [7, 'percent', '7%'],
    // singular and plural from Intl.PluralRules
    [1, 'days', '1 giorno'],
    [60, 'days', '60 giorni'],
    [1, 'months', '1 mese'],
    [12, 'months', '12 mesi'],
    [5, 'years', '5 anni'],
    [50, 'employees', '50 dipendenti'],
    [1, 'people', '1 persona'],
    [2, 'people', '2 persone'],
    // a plain number keeps its decimals, the Italian way
    [0.5, 'count', '0,5'],
  ] as const)('returns %s %s as «%s»', (amount, unit, expected) => {
    expect(formatAmount(amount, unit)).toBe(expected);
  });
});

describe('formatFact', () => {
  it.each<[string, LegalFact, string]>([
    ['an amount', { id: 'a', quantity: { amount: 12, unit: 'months' }, ...sourced }, '12 mesi'],
    ['a yearly deadline', { id: 'b', annualDate: '01-31', ...sourced }, '31 gennaio'],
    ['a list, joined as Italian does', { id: 'c', items: ['dirigenti', 'apprendisti', 'somministrati'], ...sourced }, 'dirigenti, apprendisti e somministrati'],
    ['a value written in words', { id: 'd', text: 'meno di un terzo', ...sourced }, 'meno di un terzo'],
  ])('returns %s as a phrase', (_, fact, expected) => {
    expect(formatFact(fact)).toBe(expected);
  });

  it('throws, naming the fact, when there is nothing to show', () => {
    expect(() => formatFact({ id: 'soloFonte', ...sourced })).toThrow(/"soloFonte" has no amount, date, list or text.*<Cite id="soloFonte" \/>/);
  });
});

describe('factClaim', () => {
  it('returns the claim with its own value in place of {value}', () => {
    expect(factClaim({ id: 'a', claim: 'Dura almeno {value}.', quantity: { amount: 12, unit: 'months' }, ...sourced })).toBe('Dura almeno 12 mesi.');
  });
  it('returns a claim without a value as it is, and none for a fact without a claim', () => {
    expect(factClaim({ id: 'a', claim: 'La cooperativa assume la persona.', ...sourced })).toBe('La cooperativa assume la persona.');
    expect(factClaim({ id: 'a', ...sourced })).toBeUndefined();
  });
});

describe('legalFacts', () => {
  const facts = legalFacts(rules);

  it('returns the facts of the rules file and the calculator parameters under their own names', () => {
    expect(facts.get('hiringRequestDays')).toMatchObject({ quantity: { amount: 60, unit: 'days' }, source: rules.hiringRequestDays.source });
    expect(facts.get('quotaBand1Min')).toMatchObject({ quantity: { amount: 15, unit: 'employees' } });
    expect(facts.get('quotaBand2Workers')).toMatchObject({ quantity: { amount: 2, unit: 'people' } });
    expect(facts.get('conventionMaxYears')).toMatchObject({ quantity: { amount: 5, unit: 'years' }, research: '2.6' });
  });

  it('returns the sanction per day as multiple × contribution, dated from the contribution, not from any law of its own', () => {
    const sanction = requireFact(facts, 'sanctionPerDay', 'test');
    expect(formatFact(sanction)).toBe('196,05 €');
    expect(sanction.effectiveFrom?.toISOString().slice(0, 10)).toBe('2022-01-01');
    expect(sanction.source).toBe(rules.sanctionMultiple.source);
  });

  it('returns no date where no source gives one', () => {
    for (const id of ['quotaPercent', 'art18Percent', 'roundingThreshold', 'exclusions', 'partTime', 'art14Standard', 'esoneroMaxShare']) {
      expect(requireFact(facts, id, 'test').effectiveFrom, id).toBeUndefined();
    }
  });

  it('throws when a fact of the rules file takes the name of a parameter', () => {
    const clash = { ...rules, facts: [...rules.facts, { id: 'sanctionPerDay', claim: 'Un doppione di prova.', ...sourced }] };
    expect(() => legalFacts(clash)).toThrow(/"sanctionPerDay" is used twice/);
  });
});

describe('requireFact', () => {
  it('throws, naming where the id was written and the ids that exist', () => {
    expect(() => requireFact(legalFacts(rules), 'giorniInventati', 'content/guides/obbligo.mdx')).toThrow(
      /content\/guides\/obbligo\.mdx: no legal fact "giorniInventati".*Expected one of: .*hiringRequestDays/,
    );
  });
});
