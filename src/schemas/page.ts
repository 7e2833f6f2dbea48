import { z } from 'astro/zod';
import { isoDate, summary, title } from './shared';

const faqItem = z.object({
  question: z
    .string()
    .trim()
    .min(5, 'Expected a question.')
    .meta({ title: 'Domanda', description: 'Con le parole di chi la farebbe. Esempio: «Chi conta nella base di computo?»' }),
  answer: z
    .string()
    .trim()
    .min(5, 'Expected an answer.')
    .meta({ title: 'Risposta', description: 'Breve e verificabile: per numeri e percentuali rimanda alle regole del calcolatore.', widget: 'text' }),
});

/** An editable prose page such as “Chi siamo” or the privacy notice: content/pages/<id>.md. */
export const pageSchema = () =>
  z.strictObject({
    title: title('Il titolo della pagina.'),
    summary: summary(160),
    updated: isoDate().optional().meta({
      title: 'Aggiornata il',
      description: 'Facoltativo. Formato AAAA-MM-GG.',
    }),
    faq: z.array(faqItem).default([]).meta({
      title: 'Domande frequenti',
      description: 'Facoltativo. Domande e risposte mostrate in fondo alla pagina.',
    }),
  });

export type PageInput = z.input<ReturnType<typeof pageSchema>>;
