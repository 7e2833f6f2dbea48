import { en } from './en';
import type { Locale } from './locales';
import { it, type Dictionary } from './ui';

/**
 * Every language's words, by locale. The Italian dictionary (ui.ts) defines the keys; each other
 * language imports only its type, so no dictionary imports another.
 */
export const dictionaries = { it, en } satisfies Record<Locale, Dictionary>;
