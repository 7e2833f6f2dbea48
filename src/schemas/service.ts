import { z } from 'astro/zod';
import { optionLabels, type UiKey } from '../i18n/t';
import type { SchemaContext } from './context';
import { areas, audiences, isoDate, oneOf, summary, title } from './shared';

/**
 * The fixed taxonomy of the catalogue, in the words a company would use.
 * Labels live in the UI dictionary (`categories.*`); the order here is the order on the site.
 */
export const serviceCategories = [
  'consulenza',
  'selezione',
  'pulizie',
  'manutenzioni',
  'verde',
  'logistica',
  'amministrativi',
  'produzione',
  'comunicazione',
  'ristorazione',
  'accoglienza',
  'riciclo',
] as const;
export type ServiceCategory = (typeof serviceCategories)[number];

/** The home page shows at most this many featured services (src/lib/catalogue.ts). */
export const maxFeaturedServices = 6;

/** A service sheet is stale after this many months without a review (the content check warns). */
export const serviceReviewMonths = 12;

/** A service sheet in the catalogue: content/services/<id>.md. */
export const serviceSchema = (ctx: SchemaContext) =>
  z
    .strictObject({
      title: title('Il nome del servizio, come lo cercherebbe un’azienda. Esempio: «Pulizia di uffici».'),
      summary: summary(160),
      category: z.enum(serviceCategories).meta({
        title: 'Categoria',
        description: 'La categoria del catalogo in cui compare il servizio.',
        optionLabels: optionLabels('categories', serviceCategories),
      }),
      providers: z.array(ctx.reference('members')).default([]).meta({
        title: 'Chi lo offre',
        description: 'Le organizzazioni della rete che offrono il servizio. Lascia vuoto se non è ancora confermato: meglio vuoto che sbagliato.',
      }),
      audience: z
        .array(z.enum(audiences))
        .min(1, `Expected at least one audience: ${oneOf(audiences)}.`)
        .meta({
          title: 'Per chi',
          description: 'A chi si rivolge il servizio.',
          optionLabels: optionLabels('audience', audiences),
        }),
      areas: z
        .array(z.enum(areas))
        .min(1, `Expected at least one province: ${oneOf(areas)}.`)
        .meta({
          title: 'Territori',
          description: 'Le province in cui il servizio è disponibile.',
          optionLabels: optionLabels('areas', areas),
        }),
      art14: z.boolean().meta({
        title: 'Commessa Art. 14',
        description: 'Attivo se il servizio può essere oggetto di una commessa in convenzione ai sensi dell’Art. 14 del D.Lgs. 276/2003.',
      }),
      featured: z
        .boolean()
        .default(false)
        .meta({
          title: 'In evidenza nella home',
          description: `La home mostra fino a ${maxFeaturedServices} servizi in evidenza; se nessuno lo è, uno per ciascuna delle prime categorie.`,
        }),
      illustrative: z.boolean().default(false).meta({
        title: 'Scheda indicativa',
        description: 'Attivo finché la scheda non è stata verificata con le cooperative: il sito lo segnala ai visitatori.',
      }),
      reviewedAt: isoDate()
        .optional()
        .meta({
          title: 'Verificata il',
          description: `La data dell’ultima verifica della scheda con le cooperative. Il sito la mostra; dopo ${serviceReviewMonths} mesi la scheda va riverificata. Obbligatoria quando la scheda non è più indicativa.`,
        }),
    })
    // A sheet presented as verified must say when it was; an illustrative one was never checked.
    .superRefine((service, issue) => {
      if (!service.illustrative && !service.reviewedAt) {
        issue.addIssue({
          code: 'custom',
          path: ['reviewedAt'],
          message: 'Expected the date the sheet was checked with the cooperatives (YYYY-MM-DD), because illustrative is false.',
          // What the CMS tells the editor instead (src/lib/content-check/editor-issues.ts).
          params: { editorMessage: 'cms.issue.service.reviewedAt' satisfies UiKey },
        });
      }
    });

export type ServiceInput = z.input<ReturnType<typeof serviceSchema>>;
