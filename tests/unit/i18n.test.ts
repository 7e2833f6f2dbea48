import { describe, expect, it } from 'vitest';
import { optionLabels, t } from '../../src/i18n/t';
import { dictionaries } from '../../src/i18n/dictionaries';
import { it as italian } from '../../src/i18n/ui';

describe('t', () => {
  it('returns the string with its placeholders filled', () => {
    expect(t('services.inCategory', { count: 48 })).toBe('48 servizi in questa categoria');
  });
  it('returns a missing placeholder visibly, so the mistake shows', () => {
    expect(t('services.inCategory')).toBe('{count} servizi in questa categoria');
  });
});

describe('optionLabels', () => {
  it('returns the labels of enum values from the dictionary', () => {
    expect(optionLabels('areas', ['MI', 'MB', 'VA'])).toEqual({ MI: 'Milano', MB: 'Monza e Brianza', VA: 'Varese' });
  });
});

describe('the Italian dictionary', () => {
  it('has no empty strings and no stray whitespace', () => {
    for (const [key, value] of Object.entries(italian)) {
      expect(value.trim(), key).toBe(value);
      expect(value.length, key).toBeGreaterThan(0);
    }
  });
});

describe('the English dictionary', () => {
  const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]));

  it('has no empty strings and no stray whitespace', () => {
    for (const [key, value] of Object.entries(dictionaries.en)) {
      expect(value.trim(), key).toBe(value);
      expect(value.length, key).toBeGreaterThan(0);
    }
  });

  it('fills the same placeholders as the Italian, so no value is lost in translation', () => {
    for (const [key, value] of Object.entries(italian)) {
      expect(placeholders(dictionaries.en[key as keyof typeof italian]), key).toEqual(placeholders(value));
    }
  });
});
