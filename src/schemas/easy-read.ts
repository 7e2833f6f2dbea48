import { z } from 'astro/zod';
import type { UiKey } from '../i18n/t';
import { readabilityTargets } from '../lib/readability';
import { onceForReference, type SchemaContext } from './context';
import { imageWithAlt, isoDate, summary, title } from './shared';

/** An easy-to-read text needs a few ideas to be worth a page of its own. */
export const minIdeas = 3;

const { minGulpease, maxSentenceWords } = readabilityTargets.easyRead;

/** Only drawings: photographs of people are what Inclusion Europe's standards advise against. */
const isDrawing = (src: unknown) => (typeof src === 'string' ? /\.svg$/i.test(src) : (src as { format?: string } | undefined)?.format === 'svg');

const fields = onceForReference((reference) => ({
  title: title('Il titolo del testo, con parole semplici. Esempio: «Che cos’è una cooperativa sociale di tipo B».'),
  summary: summary(160),
  order: z.number().int().min(0).meta({
    title: 'Ordine',
    description: 'La posizione del testo nell’elenco dei testi facili: 1 è il primo.',
  }),
  testo: z
    .string()
    .trim()
    .min(1, 'Expected the sentences of the idea.')
    .meta({
      title: 'Testo',
      description: `Una frase per riga, con al massimo ${maxSentenceWords} parole. Usa parole di tutti i giorni. Spiega ogni parola difficile, ogni sigla e ogni numero. L’indice Gulpease dell’idea deve essere almeno ${minGulpease}: l’anteprima te lo mostra mentre scrivi.`,
      widget: 'text',
    }),
  fullVersion: reference('pages').optional().meta({
    title: 'Versione completa',
    description: 'Facoltativo. La pagina del sito che questo testo spiega in modo facile. Le due pagine si collegano tra loro.',
  }),
  verifica: z
    .object({
      da: z.string().trim().min(3, 'Expected who checked the text.').max(200, 'Expected at most 200 characters.').meta({
        title: 'Controllato da',
        description:
          'Il gruppo di persone con disabilità intellettiva che ha letto e controllato il testo, come vuole che sia scritto. Esempio: «il gruppo di autorappresentanti di un’associazione».',
      }),
      data: isoDate().meta({ title: 'Data del controllo', description: 'Il giorno del controllo. Formato AAAA-MM-GG.' }),
    })
    .optional()
    .meta({
      title: 'Controllo dei lettori',
      description:
        'Compila solo dopo che persone con disabilità intellettiva hanno controllato il testo, come chiedono le regole europee. Finché è vuoto, la pagina dice che il testo non è ancora controllato.',
    }),
}));

/**
 * An easy-to-read text (Inclusion Europe's «Information for all»): content/facile/<id>/index.md,
 * its drawings in content/facile/<id>/media/. The text is in `ideas`, each a drawing and a few
 * short sentences, one per line; the file has no Markdown body (see `body: false` in index.ts).
 * `verifica` records the check by readers with intellectual disabilities that the standards
 * require before a text may call itself checked.
 */
export const easyReadSchema = (ctx: SchemaContext) => {
  const f = fields(ctx);
  return z
    .strictObject({
      title: f.title,
      summary: f.summary,
      order: f.order,
      ideas: z
        .array(
          z.object({
            testo: f.testo,
            immagine: imageWithAlt(ctx, 'Disegno', 'Un disegno in formato SVG, che mostra l’idea. Niente fotografie.'),
          }),
        )
        .min(minIdeas, `Expected at least ${minIdeas} ideas.`)
        .meta({
          title: 'Idee',
          description: `Ogni idea è un disegno con poche frasi accanto. Servono almeno ${minIdeas} idee.`,
        }),
      fullVersion: f.fullVersion,
      verifica: f.verifica,
    })
    .superRefine((text, issue) => {
      text.ideas.forEach((idea, n) => {
        if (!isDrawing(idea.immagine.src)) {
          issue.addIssue({
            code: 'custom',
            path: ['ideas', n, 'immagine', 'src'],
            message: 'Expected a drawing in SVG format: easy-to-read texts show drawings, not photographs.',
            params: { editorMessage: 'cms.issue.easyRead.drawing' satisfies UiKey },
          });
        }
      });
    });
};

export type EasyReadInput = z.input<ReturnType<typeof easyReadSchema>>;
