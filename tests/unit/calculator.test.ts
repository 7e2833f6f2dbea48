import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  art14PercentFor,
  art18QuotaFor,
  calculate,
  inputProblems,
  quotaFor,
  roundQuota,
  ruleValues,
  stepRules,
  type CompanyInput,
} from '../../src/lib/calculator/calculate';
import { rulesSchema } from '../../src/schemas/rules';

// The rules the site publishes, read through their schema as the build reads them.
const rules = rulesSchema().parse(parse(readFileSync(join(import.meta.dirname, '../../content/rules/2026-01-01.yaml'), 'utf8')));

const company = (input: Partial<CompanyInput>): CompanyInput => ({
  fullTime: 0,
  partTime: [],
  fullTimeHours: 40,
  excluded: { dirigenti: 0, apprentices: 0, shortFixedTerm: 0, other: 0 },
  disabledEmployed: 0,
  protectedEmployed: 0,
  associationMember: true,
  usesEsonero: true,
  workingDays: 250,
  ...input,
});

describe('roundQuota', () => {
  it.each([
    // a fraction above 0.50 rounds up, 0.50 and below round down
    [3.57, 4],
    [4.48, 4],
    [10.5, 10],
    [10.51, 11],
    [1.55, 2],
    [0.5, 0],
    // 7% of 150 in floating point is 10.500000000000002: still 10
    [(150 * 7) / 100, 10],
    [2, 2],
  ])('returns %f rounded to %i', (value, expected) => {
    expect(roundQuota(value, 0.5)).toBe(expected);
  });
});

describe('quotaFor', () => {
  it.each([
    // band edges of art. 3
    [14, 0],
    [15, 1],
    [35, 1],
    [36, 2],
    [50, 2],
    // 7% from 51: 3.57 → 4
    [51, 4],
    // 4.48 → 4
    [64, 4],
    // exactly .50 stays down: 10.50 → 10
    [150, 10],
    // 10.57 → 11
    [151, 11],
  ])('returns for a base of %i a quota of %i', (base, quota) => {
    expect(quotaFor(base, rules).value).toBe(quota);
  });
});

describe('art18QuotaFor', () => {
  it.each([
    [50, 0],
    // one unit flat from 51 to 150
    [51, 1],
    [150, 1],
    // 1% from 151: 1.51 → 2
    [151, 2],
    // 2.50 → 2, 2.51 → 3
    [250, 2],
    [251, 3],
  ])('returns for a base of %i an art. 18 quota of %i', (base, quota) => {
    expect(art18QuotaFor(base, rules).value).toBe(quota);
  });
});

describe('art14PercentFor', () => {
  it.each([
    [{ associationMember: true, usesEsonero: true }, 40],
    [{ associationMember: true, usesEsonero: false }, 60],
    [{ associationMember: false, usesEsonero: true }, 30],
    [{ associationMember: false, usesEsonero: false }, 30],
  ])('returns for %j a share of %i%', (input, percent) => {
    expect(art14PercentFor(input, rules).percent).toBe(percent);
  });
});

describe('calculate', () => {
  it('returns the part-time employees as a rounded sum of their hours', () => {
    // 18 h + 20 h + 24 h on a 40-hour week: 1.55 → 2 (the example of sistemiamolitalia.it)
    const result = calculate(
      rules,
      company({
        fullTime: 13,
        partTime: [
          { count: 1, weeklyHours: 18 },
          { count: 1, weeklyHours: 20 },
          { count: 1, weeklyHours: 24 },
        ],
      }),
    );
    expect(result.partTimeEquivalent).toBe(2);
    expect(result.base).toBe(15);
    expect(result.quotaArt3).toBe(1);
  });

  it('returns half a full time rounded down: one 20-hour part-timer adds nothing', () => {
    expect(calculate(rules, company({ fullTime: 14, partTime: [{ count: 1, weeklyHours: 20 }] })).base).toBe(14);
  });

  it('returns a base without the excluded groups and the people already hired', () => {
    const result = calculate(rules, company({ fullTime: 20, excluded: { dirigenti: 3, apprentices: 2, shortFixedTerm: 0, other: 0 } }));
    expect(result.base).toBe(15);
    const withDisabled = calculate(rules, company({ fullTime: 20, disabledEmployed: 1 }));
    expect(withDisabled.base).toBe(19);
    expect(withDisabled.uncoveredArt3).toBe(0);
  });

  it('returns every figure for a company of 40 employees, some part-time', () => {
    // 34 full time, of whom 1 dirigente and 2 apprentices; 6 part-timers at 20 h: 120 / 40 = 3.
    const result = calculate(
      rules,
      company({
        fullTime: 34,
        excluded: { dirigenti: 1, apprentices: 2, shortFixedTerm: 0, other: 0 },
        partTime: [{ count: 6, weeklyHours: 20 }],
        usesEsonero: false,
      }),
    );
    expect(result).toMatchObject({
      partTimeEquivalent: 3,
      base: 34,
      quotaArt3: 1,
      quotaArt18: 0,
      uncoveredArt3: 1,
      uncoveredArt18: 0,
      art14Percent: 60,
      // 60% of 1 = 0.6: 0 or 1, depending on a rounding the sources do not give
      art14Positions: { min: 0, max: 1 },
      yearly: { esoneroPerPosition: 9802.5, sanctionPerPosition: 49012.5, sanctionTotal: 49012.5 },
    });
  });

  it('returns every figure for a company of 220 employees, some part-time', () => {
    // 200 full time: 5 dirigenti, 10 apprentices, 4 short fixed-term, 6 disabled and 1 protected already hired.
    // Part-time: 12 × 24 h + 8 × 30 h = 528 h / 40 = 13.2 → 13. Base: 200 − 26 + 13 = 187.
    const result = calculate(
      rules,
      company({
        fullTime: 200,
        excluded: { dirigenti: 5, apprentices: 10, shortFixedTerm: 4, other: 0 },
        disabledEmployed: 6,
        protectedEmployed: 1,
        partTime: [
          { count: 12, weeklyHours: 24 },
          { count: 8, weeklyHours: 30 },
        ],
        workingDays: 252,
        cooperativeLabourCost: 28000,
      }),
    );
    expect(result).toMatchObject({
      partTimeEquivalent: 13,
      base: 187,
      // 7% of 187 = 13.09 → 13; 1% of 187 = 1.87 → 2
      quotaArt3: 13,
      quotaArt18: 2,
      uncoveredArt3: 7,
      uncoveredArt18: 1,
      art14Percent: 40,
      // 40% of 13 = 5.2
      art14Positions: { min: 5, max: 6 },
      // 39.21 × 252; 5 × 39.21 × 252; × 7
      yearly: { esoneroPerPosition: 9880.92, sanctionPerPosition: 49404.6, sanctionTotal: 345832.2, commessaPerPosition: 28000 },
    });
    expect(result.steps.map((step) => step.id)).toEqual([
      'partTime',
      'base',
      'quotaArt3',
      'quotaArt18',
      'uncoveredArt3',
      'uncoveredArt18',
      'art14',
      'esonero',
      'sanction',
      'commessa',
    ]);
    for (const step of result.steps) for (const rule of step.rules) expect(rules[rule].source.length, `${step.id} → ${rule}`).toBeGreaterThan(10);
    // 220 people in all, with esonero: the larger combined cap applies; 5.2 positions is a range.
    expect(result.caveats).toEqual(['art14Rounding', 'largeCompany']);
  });

  it('returns only rules the page lists beside each step', () => {
    const result = calculate(rules, company({ fullTime: 300, partTime: [{ count: 4, weeklyHours: 20 }], cooperativeLabourCost: 25000 }));
    for (const step of result.steps) expect(stepRules[step.id], step.id).toEqual(expect.arrayContaining(step.rules));
  });

  it('returns the caveat of the 15–35 band, whose Art. 14 cap the sources leave open', () => {
    expect(calculate(rules, company({ fullTime: 20 })).caveats).toContain('smallCompanyCap');
    expect(calculate(rules, company({ fullTime: 40 })).caveats).not.toContain('smallCompanyCap');
  });

  it('returns the explanation of each step with the numbers it used', () => {
    const result = calculate(rules, company({ fullTime: 51 }));
    expect(result.steps.find((s) => s.id === 'quotaArt3')?.explanation).toEqual({
      key: 'quota.percent',
      values: { percent: 7, base: 51, exact: 3.57, value: 4 },
    });
    expect(result.steps.find((s) => s.id === 'esonero')?.explanation).toEqual({
      key: 'esonero',
      values: { perDay: { euro: 39.21 }, days: 250, value: { euro: 9802.5 } },
    });
  });

  it('returns no more Art. 14 positions than are uncovered', () => {
    expect(calculate(rules, company({ fullTime: 187, disabledEmployed: 12, usesEsonero: false })).art14Positions.max).toBeLessThanOrEqual(1);
  });
});

describe('inputProblems', () => {
  it.each([
    [{ fullTime: -1 }, 'fullTime'],
    [{ fullTime: 2.5 }, 'fullTime'],
    [{ fullTime: 3, excluded: { dirigenti: 2, apprentices: 2, shortFixedTerm: 0, other: 0 } }, 'fullTime'],
    [{ partTime: [{ count: 2, weeklyHours: 40 }] }, 'partTime.0.weeklyHours'],
    [{ workingDays: 0 }, 'workingDays'],
    [{ workingDays: 367 }, 'workingDays'],
    [{ cooperativeLabourCost: 0 }, 'cooperativeLabourCost'],
    [{ fullTimeHours: Number.NaN }, 'fullTimeHours'],
    [{ partTime: [{ count: 1.5, weeklyHours: 20 }] }, 'partTime.0.count'],
    [{ excluded: { dirigenti: -2, apprentices: 0, shortFixedTerm: 0, other: 0 } }, 'excluded.dirigenti'],
  ])('returns a problem for %j, on the field %s', (input, field) => {
    expect(inputProblems(company(input)).map((p) => p.field)).toContain(field);
    expect(() => calculate(rules, company(input))).toThrow();
  });
});

describe('ruleValues', () => {
  it('returns every rule with its value only, and calculates the same with it', () => {
    const values = ruleValues(rules);
    expect(Object.keys(values).sort()).toEqual([
      'art14Shares',
      'art18Quota',
      'esoneroMaxShare',
      'esoneroPerDay',
      'exclusions',
      'hiringRequestDays',
      'partTime',
      'quotaBands',
      'quotaPercent',
      'rounding',
      'sanctionMultiple',
    ]);
    expect(values.esoneroPerDay).toEqual({ value: 39.21 });
    expect(JSON.stringify(values)).not.toContain('http');
    const input = company({ fullTime: 80, partTime: [{ count: 3, weeklyHours: 25 }] });
    expect(calculate(values, input)).toEqual(calculate(rules, input));
  });
});
