import { z } from 'astro/zod';
import { optionLabels } from '../i18n/t';
import type { SchemaContext } from './context';
import { areas, audiences, isoDate, summary, title } from './shared';

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
        .min(1, 'Expected at least one audience: aziende, persone or enti.')
        .meta({
          title: 'Per chi',
          description: 'A chi si rivolge il servizio.',
          optionLabels: optionLabels('audience', audiences),
        }),
      areas: z
        .array(z.enum(areas))
        .min(1, 'Expected at least one province: MI, MB or VA.')
        .meta({
          title: 'Territori',
          description: 'Le province in cui il servizio è disponibile.',
          optionLabels: optionLabels('areas', areas),
        }),
      art14: z.boolean().meta({
        title: 'Commessa Art. 14',
        description: 'Attivo se il servizio può essere oggetto di una commessa in convenzione ai sensi dell’Art. 14 del D.Lgs. 276/2003.',
      }),
      featured: z.boolean().default(false).meta({
        title: 'In evidenza nella home',
        description: 'La home mostra fino a 6 servizi in evidenza; se nessuno lo è, uno per ciascuna delle prime categorie.',
      }),
      illustrative: z.boolean().default(false).meta({
        title: 'Scheda indicativa',
        description: 'Attivo finché la scheda non è stata verificata con le cooperative: il sito lo segnala ai visitatori.',
      }),
      reviewedAt: isoDate().optional().meta({
        title: 'Verificata il',
        description:
          'La data dell’ultima verifica della scheda con le cooperative. Il sito la mostra; dopo 12 mesi la scheda va riverificata. Obbligatoria quando la scheda non è più indicativa.',
      }),
    })
    // A sheet presented as verified must say when it was; an illustrative one was never checked.
    .superRefine((service, issue) => {
      if (!service.illustrative && !service.reviewedAt) {
        issue.addIssue({
          code: 'custom',
          path: ['reviewedAt'],
          message: 'Expected the date the sheet was checked with the cooperatives (YYYY-MM-DD), because illustrative is false.',
        });
      }
    });

export type ServiceInput = z.input<ReturnType<typeof serviceSchema>>;
