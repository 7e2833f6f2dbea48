import { describe, expect, it } from 'vitest';
import { fieldOfProblem, parseEnglishNumber, parseItalianNumber, readCompanyForm } from '../../src/lib/calculator/company-form';
import { describeProblem, explainStep, formatValue } from '../../src/lib/calculator/explain';
import { summaryFromFragment, summaryToFragment, type CalculationSummary } from '../../src/lib/calculator/summary';

describe('parseItalianNumber', () => {
  it.each([
    ['34', 34],
    // dots group thousands, a comma marks decimals
    ['28.000', 28000],
    ['1.234.567', 1234567],
    ['28.000,50', 28000.5],
    ['12,5', 12.5],
    // a single dot before one or two digits is a decimal point
    ['37.5', 37.5],
    // spaces and the euro sign are ignored
    [' 28 000 € ', 28000],
    ['', undefined],
    ['   ', undefined],
    ['dodici', Number.NaN],
    ['1,2,3', Number.NaN],
    ['-3', -3],
  ])('returns for %j the number %s', (text, expected) => {
    expect(parseItalianNumber(text)).toEqual(expected);
  });
});

describe('parseEnglishNumber', () => {
  it.each([
    ['34', 34],
    // commas group thousands, a dot marks decimals
    ['28,000', 28000],
    ['1,234,567', 1234567],
    ['1,234.50', 1234.5],
    ['37.5', 37.5],
    // «27.500» is twenty-seven and a half in English
    ['27.500', 27.5],
    // a comma that cannot group thousands is a decimal comma, as visitors from Italy write it
    ['12,5', 12.5],
    [' €28 000 ', 28000],
    ['', undefined],
    ['twelve', Number.NaN],
    ['1,2,3', Number.NaN],
  ])('reads %j as %s', (text, expected) => {
    expect(parseEnglishNumber(text)).toEqual(expected);
  });
});

describe('readCompanyForm', () => {
  it('returns undefined while the full-time employees are empty', () => {
    expect(readCompanyForm({ fullTimeHours: '40', workingDays: '264' }, 1)).toBeUndefined();
  });

  it('returns empty counts as zero, ticked boxes as true, and skips empty part-time rows', () => {
    const form = readCompanyForm(
      {
        fullTime: '34',
        fullTimeHours: '40',
        'excluded.dirigenti': '1',
        'partTime.0.count': '',
        'partTime.0.weeklyHours': '',
        'partTime.1.count': '6',
        'partTime.1.weeklyHours': '20',
        associationMember: 'si',
        workingDays: '264',
      },
      2,
    );
    expect(form?.input).toMatchObject({
      fullTime: 34,
      excluded: { dirigenti: 1, apprentices: 0, shortFixedTerm: 0, other: 0 },
      partTime: [{ count: 6, weeklyHours: 20 }],
      associationMember: true,
      usesEsonero: false,
      workingDays: 264,
      cooperativeLabourCost: undefined,
    });
    expect(form?.rowOfGroup).toEqual([1]);
  });

  it('returns a half-filled part-time row, with NaN hours for the checks to report', () => {
    const form = readCompanyForm({ fullTime: '10', fullTimeHours: '40', workingDays: '264', 'partTime.0.count': '3' }, 1);
    expect(form?.input.partTime[0]?.count).toBe(3);
    expect(form?.input.partTime[0]?.weeklyHours).toBeNaN();
  });
});

describe('fieldOfProblem', () => {
  it.each([
    ['partTime.0.weeklyHours', [2], 'partTime.2.weeklyHours'],
    ['partTime.1.count', [0, 3], 'partTime.3.count'],
    ['fullTime', [5], 'fullTime'],
  ])('returns for %s with rows %j the field %s', (field, rows, expected) => {
    expect(fieldOfProblem(field, rows)).toBe(expected);
  });
});

describe('formatValue', () => {
  it.each([
    [3.57, '3,57'],
    [10, '10'],
    [1234, '1.234'],
    [{ euro: 9802.5 }, '9.802,50'],
    [{ euro: 345832.2 }, '345.832,20'],
  ])('returns %j as %s', (value, expected) => {
    expect(formatValue(value)).toBe(expected);
  });
});

describe('explainStep and describeProblem', () => {
  it('returns the template filled with Italian numbers', () => {
    const step = { explanation: { key: 'quota.percent' as const, values: { percent: 7, base: 51, exact: 3.57, value: 4 } } };
    expect(explainStep(step, { 'quota.percent': '{percent}% di {base} = {exact}, arrotondato a {value}' } as never)).toBe('7% di 51 = 3,57, arrotondato a 4');
    expect(describeProblem({ field: 'x', key: 'weeklyHours', values: { max: 40 } }, { weeklyHours: 'meno di {max}' } as never)).toBe('meno di 40');
  });
});

describe('summaryToFragment and summaryFromFragment', () => {
  const summary: CalculationSummary = {
    base: 187,
    quotaArt3: 13,
    quotaArt18: 2,
    uncoveredArt3: 7,
    uncoveredArt18: 1,
    art14Min: 5,
    art14Max: 6,
    sourcesCollected: '2026-11-25',
  };

  it('returns the same summary after a round trip through the fragment', () => {
    expect(summaryFromFragment(summaryToFragment(summary))).toEqual(summary);
  });

  it.each([
    // anything but whole numbers and a date is refused: a URL can be written by anyone
    ['#calcolo.base=<script>'],
    [summaryToFragment(summary).replace('calcolo.base=187', 'calcolo.base=-1')],
    [summaryToFragment(summary).replace('2026-11-25', 'ieri')],
    [summaryToFragment(summary).replace('calcolo.art14Max=6', '')],
    [''],
  ])('returns undefined for %s', (hash) => {
    expect(summaryFromFragment(hash)).toBeUndefined();
  });
});
