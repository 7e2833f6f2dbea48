import { z } from 'astro/zod';
import { isoDate, summary, title } from './shared';

/** The site's sections that have guides; a guide whose id is its section's name is that section's first page. */
export const guideSections = ['aziende', 'persone'] as const;
export type GuideSection = (typeof guideSections)[number];

/**
 * A long-form explainer that developers write in MDX: content/guides/<id>.mdx. Every legal
 * figure, date and source in it comes from content/rules/ through the guide components
 * (src/components/guide/); the content check refuses any other import, export or expression.
 * Guides are edited through Git with review, not in the CMS.
 */
export const guideSchema = () =>
  z.strictObject({
    title: title('Il titolo della guida.'),
    summary: summary(200),
    section: z.enum(guideSections).meta({ title: 'Sezione', description: 'Dove sta la guida: «aziende» (/aziende/…) o «persone» (/persone/…).' }),
    order: z.number().int().min(0).meta({ title: 'Ordine', description: 'La posizione nell’elenco delle guide della sezione; la pagina della sezione ha 0.' }),
    updated: isoDate().optional().meta({ title: 'Aggiornata il', description: 'Facoltativo. Formato AAAA-MM-GG.' }),
  });

export type GuideInput = z.input<ReturnType<typeof guideSchema>>;
