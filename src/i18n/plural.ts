/** Italian's plural rules, from the Unicode CLDR data every browser and Node carry; English's agree for whole counts (one for 1, other for the rest). */
const italian = new Intl.PluralRules('it-IT');

/** The forms of a message that depends on a count, as the dictionary writes them: `<key>.one` and `<key>.other`. */
export interface PluralForms<T = string> {
  one: T;
  other: T;
}

/**
 * The form of a message for a count, chosen by Italian's plural rules (Intl.PluralRules): `one`
 * for 1, `other` for the rest. CLDR's `many` (a million and up: «un milione di risultati») is
 * written like `other` here, which the site's counts never reach.
 *
 * @example
 * pluralForm(1, { one: '1 risultato', other: '{count} risultati' }) // → '1 risultato'
 * pluralForm(0, { one: '1 risultato', other: '{count} risultati' }) // → '{count} risultati'
 */
export function pluralForm<T>(count: number, forms: PluralForms<T>): T {
  return italian.select(count) === 'one' ? forms.one : forms.other;
}
