import { fill } from './fill';
import { pluralForm, type PluralForms } from './plural';
import { dictionaries } from './dictionaries';
import { defaultLocale, type Locale, type UiKey } from './ui';

export type { UiKey } from './ui';

/**
 * Looks up a UI string in a language and fills its `{placeholders}`.
 * A placeholder without a value is left visible so that the mistake shows on the page and in tests.
 *
 * @example
 * t('services.inCategory', { count: 48 }) // → '48 servizi in questa categoria'
 * t('services.inCategory', { count: 48 }, 'en') // → '48 services in this category'
 */
export function t(key: UiKey, values: Record<string, string | number> = {}, locale: Locale = defaultLocale): string {
  return fill(dictionaries[locale][key], values);
}

/**
 * The labels of an enum, read from the dictionary keys `<prefix>.<value>`, for places that need
 * them all at once (CMS select options, filter lists).
 *
 * @example
 * optionLabels('areas', ['MI', 'MB']) // → { MI: 'Milano', MB: 'Monza e Brianza' }
 */
export function optionLabels<const V extends string>(prefix: string, values: readonly V[], locale: Locale = defaultLocale): Record<V, string> {
  return Object.fromEntries(values.map((value) => [value, t(`${prefix}.${value}` as UiKey, {}, locale)])) as Record<V, string>;
}

/** The keys that have a plural form: `<key>.one` and `<key>.other` are both in the dictionary. */
export type PluralKey = { [K in UiKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends UiKey ? Base : never) : never }[UiKey];

/**
 * Both forms of a message that depends on a count, for a script that counts in the browser and
 * chooses with `pluralForm` (src/i18n/plural.ts).
 *
 * @example
 * pluralForms('searchPage.count') // → { one: '1 risultato', other: '{count} risultati' }
 */
export function pluralForms(key: PluralKey, locale: Locale = defaultLocale): PluralForms {
  return { one: t(`${key}.one` as UiKey, {}, locale), other: t(`${key}.other` as UiKey, {}, locale) };
}

/**
 * Looks up the form of a message for a count and fills it; `count` is among the values.
 *
 * @example
 * tPlural('services.finder.status', 48) // → '48 servizi'
 */
export function tPlural(key: PluralKey, count: number, values: Record<string, string | number> = {}, locale: Locale = defaultLocale): string {
  return fill(pluralForm(count, pluralForms(key, locale)), { count, ...values });
}

/** The dictionary's functions bound to one language: what a page or a component of that language uses. */
export interface Translator {
  locale: Locale;
  t: (key: UiKey, values?: Record<string, string | number>) => string;
  tPlural: (key: PluralKey, count: number, values?: Record<string, string | number>) => string;
  pluralForms: (key: PluralKey) => PluralForms;
  optionLabels: <const V extends string>(prefix: string, values: readonly V[]) => Record<V, string>;
}

/**
 * @example
 * translator('en').t('nav.network') // → 'The network'
 */
export function translator(locale: Locale): Translator {
  return {
    locale,
    t: (key, values) => t(key, values, locale),
    tPlural: (key, count, values) => tPlural(key, count, values, locale),
    pluralForms: (key) => pluralForms(key, locale),
    optionLabels: (prefix, values) => optionLabels(prefix, values, locale),
  };
}
