import { z } from 'astro/zod';
import type { SchemaContext } from './context';

/** Provinces the network works in. Labels live in the UI dictionary (`areas.*`). */
export const areas = ['MI', 'MB', 'VA'] as const;
export type Area = (typeof areas)[number];

/** Who a service is for. Labels live in the UI dictionary (`audience.*`). */
export const audiences = ['aziende', 'persone', 'enti'] as const;
export type Audience = (typeof audiences)[number];

/** Dates are written by hand or by the CMS as YYYY-MM-DD. */
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the three parts name a day that exists (so 2025-02-30 is false). */
export function isRealCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

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
        .regex(isoDatePattern, 'Expected a date written as YYYY-MM-DD, for example 2025-10-28.')
        .refine((value) => {
          const [, y, m, d] = isoDatePattern.exec(value) ?? [];
          return isRealCalendarDay(Number(y), Number(m), Number(d));
        }, 'Expected a real calendar day (this day does not exist).'),
    ])
    .transform((value) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`)))
    .meta({ fieldKind: 'date' });

/** A wall-clock time in Rome, YYYY-MM-DDTHH:mm, as the CMS date-time picker writes it. */
const romeDateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;
export const romeDateTime = () =>
  z
    .string()
    .regex(romeDateTimePattern, 'Expected a local Rome date and time written as YYYY-MM-DDTHH:mm, for example 2025-10-28T14:00.')
    .refine((value) => {
      const [, y, m, d] = romeDateTimePattern.exec(value) ?? [];
      return isRealCalendarDay(Number(y), Number(m), Number(d));
    }, 'Expected a real calendar day (this day does not exist).')
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
        .max(250, 'Expected alt text of at most 250 characters.')
        .meta({
          title: 'Testo alternativo',
          description:
            'Descrivi l’immagine per chi non può vederla, in una frase. Esempio: «Illustrazione di mani che compongono un puzzle». Massimo 250 caratteri.',
        }),
    })
    .meta({ title: label, widget: 'image-with-alt' });

/** A display title, shown as the page’s h1. */
export const title = (description: string) =>
  z
    .string()
    .trim()
    .min(3, 'Expected a title of at least 3 characters.')
    .max(120, 'Expected a title of at most 120 characters.')
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
