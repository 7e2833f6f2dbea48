import { z } from 'astro/zod';
import { parseDay } from '../lib/dates';
import type { SchemaContext } from './context';

/**
 * A list of allowed values as an error message writes it: «MI, MB or VA». Messages read their
 * lists from the constants, so a value added to a list is in its message too.
 *
 * @example
 * oneOf(['MI', 'MB', 'VA']) // → 'MI, MB or VA'
 */
export function oneOf(values: readonly string[]): string {
  return new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(values);
}

/** Provinces the network works in. Labels live in the UI dictionary (`areas.*`). */
export const areas = ['MI', 'MB', 'VA'] as const;
export type Area = (typeof areas)[number];

/** Who a service is for. Labels live in the UI dictionary (`audience.*`). */
export const audiences = ['aziende', 'persone', 'enti'] as const;
export type Audience = (typeof audiences)[number];

/**
 * A calendar date. YAML parsers disagree on unquoted dates (js-yaml turns them into a Date and
 * silently rolls 2025-02-30 over to 2 March), so both forms are accepted and the content checker,
 * which reads the raw text, catches impossible days.
 */
export const isoDate = () =>
  z
    .union([
      z.date(),
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date written as YYYY-MM-DD, for example 2025-10-28.')
        .refine((value) => parseDay(value) !== undefined, 'Expected a real calendar day (this day does not exist).'),
    ])
    // Both branches have already proved the text is a real day.
    .transform((value) => (value instanceof Date ? value : (parseDay(value) as Date)))
    .meta({ fieldKind: 'date' });

/** A wall-clock time in Rome, YYYY-MM-DDTHH:mm, as the CMS date-time picker writes it. */
const romeDateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;
export const romeDateTime = () =>
  z
    .string()
    .regex(romeDateTimePattern, 'Expected a local Rome date and time written as YYYY-MM-DDTHH:mm, for example 2025-10-28T14:00.')
    .refine((value) => parseDay(value.slice(0, 10)) !== undefined, 'Expected a real calendar day (this day does not exist).')
    .meta({ fieldKind: 'datetime' });

export const httpsUrl = () =>
  z
    .string()
    .trim()
    .regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, 'Expected a full web address starting with https://, for example https://www.example.org.')
    .meta({ format: 'url' });

export const email = () =>
  z
    .string()
    .trim()
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Expected an email address such as info@example.org.')
    .meta({ format: 'email' });

/** Alt text longer than this is a description, which belongs in the text. */
const maxAltLength = 250;

/**
 * Alt text is required wherever an image is: the site is for screen-reader users too. `srcHint`
 * replaces the file's hint where a collection takes only some images (drawings).
 */
export const imageWithAlt = (
  ctx: SchemaContext,
  label: string,
  srcHint = 'Carica un file JPG, PNG, WebP o SVG. Niente fotografie di persone senza consenso.',
) =>
  z
    .object({
      src: ctx.image().meta({
        title: 'Immagine',
        description: srcHint,
      }),
      alt: z
        .string()
        .trim()
        .min(1, 'Expected alt text describing the image for people who cannot see it.')
        .max(maxAltLength, `Expected alt text of at most ${maxAltLength} characters.`)
        .meta({
          title: 'Testo alternativo',
          description: `Descrivi l’immagine per chi non può vederla, in una frase. Esempio: «Illustrazione di mani che compongono un puzzle». Massimo ${maxAltLength} caratteri.`,
        }),
    })
    .meta({ title: label, widget: 'image-with-alt' });

/** The length of a display title: long enough to say something, short enough for a card. */
const titleLength = { min: 3, max: 120 } as const;

/** A display title, shown as the page’s h1. */
export const title = (description: string) =>
  z
    .string()
    .trim()
    .min(titleLength.min, `Expected a title of at least ${titleLength.min} characters.`)
    .max(titleLength.max, `Expected a title of at most ${titleLength.max} characters.`)
    .meta({ title: 'Titolo', description });

/** A one-sentence summary: it becomes the meta description and the card text. */
export const summary = (max = 160) =>
  z
    .string()
    .trim()
    .min(20, 'Expected a summary of at least 20 characters.')
    .max(max, `Expected a summary of at most ${max} characters: it is shown in search results.`)
    .meta({
      title: 'Sommario',
      description: `Una o due frasi che riassumono il contenuto: compaiono negli elenchi, nei risultati di ricerca e su Google. Massimo ${max} caratteri.`,
      widget: 'text',
    });
