import { z } from 'astro/zod';
import { onceForReference, type SchemaContext } from './context';
import { confidences } from './rules';
import { httpsUrl } from './shared';
import { optionLabels } from '../i18n/t';

const source = z
  .object({
    title: z
      .string()
      .trim()
      .min(5, 'Expected the title of the source.')
      .meta({ title: 'Titolo', description: 'Esempio: «Gazzetta Ufficiale, L. 68/1999 art. 2».' }),
    url: httpsUrl().meta({ title: 'Indirizzo', description: 'Indirizzo completo, con https://.' }),
  })
  .meta({ title: 'Fonte' });

const fields = onceForReference((reference) => ({
  term: z.string().trim().min(2, 'Expected the term.').max(80).meta({ title: 'Termine', description: 'Come compare nei testi. Esempio: «Quota di riserva».' }),
  aka: z
    .array(z.string().trim().min(2))
    .default([])
    .meta({ title: 'Detto anche', description: 'Altri nomi, o la forma estesa di una sigla. Esempio: «Ente del Terzo settore».' }),
  definition: z
    .string()
    .trim()
    .min(20, 'Expected a definition of at least one sentence.')
    .max(400, 'Expected a short definition: at most 400 characters.')
    .meta({
      title: 'Definizione',
      description:
        'Una, due o tre frasi brevi in italiano semplice. Niente cifre di legge (numeri, percentuali, importi, date): le cifre sono nelle guide, con la loro fonte.',
      widget: 'text',
    }),
  sources: z.array(source).min(1, 'Expected at least one source.').meta({ title: 'Fonti', description: 'Dove si legge la definizione. Almeno una.' }),
  confidence: z.enum(confidences).meta({
    title: 'Affidabilità della fonte',
    description: 'Alta: testo normativo o più fonti concordi. Media: una sola fonte secondaria. Bassa: fonte debole.',
    optionLabels: optionLabels('rules.confidence', confidences),
  }),
  research: z.string().trim().optional().meta({ title: 'Riga della ricerca', description: 'Per esempio «B4». Non compare sul sito.' }),
  note: z.string().trim().optional().meta({ title: 'Nota', description: 'Un limite o un dubbio che chi legge deve conoscere.', widget: 'text' }),
  related: z.array(reference('glossary')).default([]).meta({ title: 'Vedi anche', description: 'Altri termini del glossario da leggere dopo questo.' }),
}));

/** A term of the glossary (/glossario/): content/glossary/<id>.yaml; the id is the term's anchor. */
export const glossarySchema = (ctx: SchemaContext) => z.strictObject(fields(ctx));

export type GlossaryInput = z.input<ReturnType<typeof glossarySchema>>;
