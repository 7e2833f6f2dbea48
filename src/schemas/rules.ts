import { z } from 'astro/zod';
import { optionLabels } from '../i18n/t';
import { httpsUrl, isoDate } from './shared';

/** How sure the sources are: see ../shared/research/l68-art14-facts.md for the scale. */
export const confidences = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof confidences)[number];

const count = (label: string) => z.number().int('Expected a whole number.').min(0, 'Expected zero or more.').meta({ title: label });
const percent = (label: string) => z.number().min(0, 'Expected zero or more.').max(100, 'Expected at most 100.').meta({ title: label });

/**
 * One legal parameter: its value, when it took effect, how sure we are and where it was read.
 * Nothing reaches the calculator without a source.
 */
const parameter = <V extends z.ZodType>(label: string, value: V) =>
  z
    .object({
      value,
      effectiveFrom: isoDate().meta({ title: 'In vigore dal', description: 'La data da cui vale il valore, formato AAAA-MM-GG.' }),
      confidence: z.enum(confidences).meta({
        title: 'Affidabilità della fonte',
        description: 'Alta: testo normativo o più fonti concordi. Media: una sola fonte secondaria. Bassa: fonte debole o non lombarda.',
        optionLabels: optionLabels('rules.confidence', confidences),
      }),
      source: z
        .string()
        .trim()
        .min(10, 'Expected the source: the law, decree or document, and its date.')
        .meta({ title: 'Fonte', description: 'La norma o il documento, con numero e data. Esempio: «L. 68/1999 art. 3 c. 1».', widget: 'text' }),
      url: httpsUrl().meta({ title: 'Indirizzo della fonte', description: 'Dove si legge la fonte: indirizzo completo, con https://.' }),
      note: z.string().trim().optional().meta({ title: 'Nota', description: 'Dubbi, limiti, verifiche da fare.', widget: 'text' }),
    })
    .meta({ title: label });

/**
 * The rules of the L. 68/1999 and Art. 14 calculator, one version per file in content/rules/,
 * named by the date it applies from. The site uses the newest version in force on the build day.
 */
export const rulesSchema = () =>
  z.strictObject({
    title: z.string().trim().min(5).meta({ title: 'Titolo', description: 'Esempio: «Legge 68/1999 e convenzioni Art. 14 in Lombardia».' }),
    validFrom: isoDate().meta({ title: 'Versione in vigore dal', description: 'Il giorno da cui il sito usa questa versione delle regole.' }),
    reviewedAt: isoDate().meta({ title: 'Verificata il', description: 'L’ultima verifica delle fonti. Il calcolatore la mostra.' }),
    quotaBands: parameter(
      'Quota di riserva per fasce',
      z
        .array(z.object({ minBase: count('Da (base di computo)'), maxBase: count('A (base di computo)'), workers: count('Persone da assumere') }))
        .min(1)
        .meta({ title: 'Fasce' }),
    ),
    quotaPercent: parameter(
      'Quota percentuale oltre le fasce',
      z.object({ fromBase: count('Dalla base di computo'), percent: percent('Percentuale') }).meta({ title: 'Quota percentuale' }),
    ),
    art18Quota: parameter(
      'Quota delle categorie protette (art. 18)',
      z
        .object({
          flatFromBase: count('Quota fissa dalla base'),
          flatToBase: count('Quota fissa fino alla base'),
          flatWorkers: count('Persone nella quota fissa'),
          percentFromBase: count('Quota percentuale dalla base'),
          percent: percent('Percentuale'),
        })
        .meta({ title: 'Quota art. 18' }),
    ),
    rounding: parameter(
      'Arrotondamento delle frazioni',
      z.object({ roundUpAbove: z.number().min(0).max(1).meta({ title: 'Si arrotonda per eccesso sopra' }) }).meta({ title: 'Arrotondamento' }),
    ),
    exclusions: parameter('Esclusi dalla base di computo', z.array(z.string().trim().min(3)).min(1).meta({ title: 'Categorie escluse' })),
    partTime: parameter(
      'Lavoratori part-time',
      z
        .object({ method: z.enum(['proRataSum']).meta({ title: 'Metodo', optionLabels: optionLabels('rules.partTime', ['proRataSum']) }) })
        .meta({ title: 'Part-time' }),
    ),
    art14Shares: parameter(
      'Quota coperta con convenzioni Art. 14',
      z
        .object({
          standard: percent('Quota di norma'),
          notMemberFirstYear: percent('Aziende non associate, primo anno'),
          noEsonero: percent('Aziende senza esonero parziale'),
          esoneroPlusArt14Over120: percent('Esonero più Art. 14, aziende grandi'),
          largeCompanyOver: count('Aziende grandi: oltre quanti dipendenti'),
        })
        .meta({ title: 'Percentuali' }),
    ),
    esoneroPerDay: parameter('Contributo esonerativo per giorno', z.number().min(0).meta({ title: 'Euro per giorno lavorativo e per persona' })),
    esoneroMaxShare: parameter('Esonero parziale massimo', percent('Percentuale massima della quota')),
    sanctionMultiple: parameter('Sanzione per la mancata copertura', z.number().min(1).meta({ title: 'Multiplo del contributo esonerativo' })),
  });

export type RulesInput = z.input<ReturnType<typeof rulesSchema>>;
export type Rules = z.output<ReturnType<typeof rulesSchema>>;
