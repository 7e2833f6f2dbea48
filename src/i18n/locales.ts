/** The site's languages: Italian first, at the root; English under /en/. */
export const locales = ['it', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'it';

/** How each language is named where the web needs a tag: Intl, Open Graph, hreflang and `<html lang>`. */
export const localeTags: Record<Locale, { intl: string; og: string; lang: string }> = {
  it: { intl: 'it-IT', og: 'it_IT', lang: 'it' },
  en: { intl: 'en-GB', og: 'en_GB', lang: 'en' },
};

export function isLocale(value: unknown): value is Locale {
  return (locales as readonly unknown[]).includes(value);
}

/**
 * The language of the page being rendered, from Astro's i18n routing (`Astro.currentLocale`).
 *
 * @example
 * localeOf({ currentLocale: 'en' }) // → 'en'
 * localeOf({ currentLocale: undefined }) // → 'it'
 */
export function localeOf(astro: { currentLocale?: string | undefined }): Locale {
  return isLocale(astro.currentLocale) ? astro.currentLocale : defaultLocale;
}

/**
 * The language of a content file: English under content/en/ (the translations), Italian elsewhere.
 * A body's fixed words (a callout's «Nota») follow it.
 *
 * @example
 * contentLocale(new URL('file:///site/content/en/stories/x.md')) // → 'en'
 */
export function contentLocale(file: URL | undefined): Locale {
  return file?.pathname.includes('/content/en/') ? 'en' : defaultLocale;
}
