import { fill } from './fill';
import { defaultLocale, dictionaries, type Locale, type UiKey } from './ui';

export type { UiKey } from './ui';

/**
 * Looks up a UI string and fills its `{placeholders}`.
 * A placeholder without a value is left visible so that the mistake shows on the page and in tests.
 *
 * @example
 * t('services.inCategory', { count: 48 }) // → '48 servizi in questa categoria'
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
export function optionLabels<const V extends string>(prefix: string, values: readonly V[]): Record<V, string> {
  return Object.fromEntries(values.map((value) => [value, t(`${prefix}.${value}` as UiKey)])) as Record<V, string>;
}
