import { describe, expect, it } from 'vitest';
import { pluralForm } from '../../src/i18n/plural';
import { pluralForms, tPlural } from '../../src/i18n/t';

const forms = { one: 'one', other: 'other' };

describe('pluralForm', () => {
  it.each([
    // one result
    [1, 'one'],
    // none is plural in Italian: «0 risultati»
    [0, 'other'],
    [2, 'other'],
    [48, 'other'],
    // CLDR's «many» (a million) is written like other
    [1_000_000, 'other'],
  ])('returns for %i the %s form', (count, expected) => {
    expect(pluralForm(count, forms)).toBe(expected);
  });
});

describe('tPlural', () => {
  it.each([
    ['services.finder.status', 1, '1 servizio'],
    ['services.finder.status', 48, '48 servizi'],
    ['searchPage.count', 1, '1 risultato'],
    ['searchPage.count', 7, '7 risultati'],
  ] as const)('returns for %s and %i «%s»', (key, count, expected) => {
    expect(tPlural(key, count)).toBe(expected);
  });
});

describe('pluralForms', () => {
  it('returns both forms of a key, translated', () => {
    expect(pluralForms('searchPage.filtersActive')).toEqual({ one: '1 attivo', other: '{count} attivi' });
  });
});
