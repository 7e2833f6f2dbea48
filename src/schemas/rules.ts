import { z } from 'astro/zod';
import { optionLabels } from '../i18n/t';
import { httpsUrl, isoDate } from './shared';

/** How sure the sources are: see ../shared/research/l68-art14-facts.md for the scale. */
export const confidences = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof confidences)[number];

/** What a legal fact's amount counts, so the site can write it out («60 giorni», «39,21 €»). */
export const factUnits = ['percent', 'euro', 'days', 'months', 'years', 'employees', 'people', 'age', 'count'] as const;
export type FactUnit = (typeof factUnits)[number];

const count = (label: string) => z.number().int('Expected a whole number.').min(0, 'Expected zero or more.').meta({ title: label });
const percent = (label: string) => z.number().min(0, 'Expected zero or more.').max(100, 'Expected at most 100.').meta({ title: label });

/** Ids are written in MDX guides (`<Fact id="…" />`): camelCase, so they read like the calculator's rule names. */
const factIdPattern = /^[a-z][a-zA-Z0-9]*$/;

/**
 * Where a legal statement was read: shared by the calculator's parameters, the facts the guides
 * state and the acts they list. A date is kept only where a source states it, so none is required.
 */
const sourced = {
  effectiveFrom: isoDate().optional().meta({
    title: 'In vigore dal',
    description: 'Solo se una fonte dice da quando vale, formato AAAA-MM-GG. Lascia vuoto se la fonte non lo dice: il sito non mostra date senza fonte.',
  }),
  confidence: z.enum(confidences).meta({
    title: 'Affidabilità della fonte',
    description: 'Alta: testo normativo o più fonti concordi. Media: una sola fonte secondaria. Bassa: fonte debole o non lombarda.',
    optionLabels: optionLabels('rules.confidence', confidences),
  }),
  source: z
    .string()
    .trim()
    .min(10, 'Expected the source: the law, decree or document, and its date.')
    .meta({ title: 'Fonte', description: 'La norma o il documento, con numero e data. Esempio: «L. 68/99 art. 3 c. 1».', widget: 'text' }),
  url: httpsUrl().meta({ title: 'Indirizzo della fonte', description: 'Dove si legge la fonte: indirizzo completo, con https://.' }),
  research: z
    .string()
    .trim()
    .optional()
    .meta({ title: 'Riga della ricerca', description: 'La riga del file di ricerca da cui viene il dato, per esempio «1.17». Non compare sul sito.' }),
  note: z
    .string()
    .trim()
    .optional()
    .meta({ title: 'Nota', description: 'Dubbi, limiti, verifiche da fare. Compare sul sito accanto alla fonte.', widget: 'text' }),
};

/**
 * One parameter of the calculator: its value, and where and how surely it was read.
 * Nothing reaches the calculator without a source.
 */
const parameter = <V extends z.ZodType>(label: string, value: V) => z.object({ value, ...sourced }).meta({ title: label });

/**
 * A legal fact that the guides state in words (`<Fact id="…" />`, `<Cite id="…" />`): an amount
 * with its unit, a yearly deadline, a list, or a statement with no figure at all, always sourced.
 */
const fact = z
  .object({
    id: z
      .string()
      .trim()
      .regex(factIdPattern, 'Expected an id in camelCase, such as hiringRequestDays.')
      .meta({ title: 'Identificativo', description: 'Il nome con cui le guide citano il dato, in camelCase. Esempio: «hiringRequestDays».' }),
    claim: z
      .string()
      .trim()
      .min(10, 'Expected the statement in words.')
      .meta({ title: 'Che cosa dice', description: 'L’affermazione in parole semplici, come la leggerebbe chi visita il sito.', widget: 'text' }),
    quantity: z
      .object({
        amount: z.number().meta({ title: 'Valore', description: 'Il numero. Esempio: 60.' }),
        unit: z.enum(factUnits).meta({ title: 'Unità', description: 'Che cosa conta il valore.', optionLabels: optionLabels('rules.unit', factUnits) }),
      })
      .optional()
      .meta({ title: 'Quantità', description: 'Se il dato è un numero: il valore e che cosa conta.' }),
    annualDate: z
      .string()
      .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Expected a day of the year written as MM-DD, for example 01-31.')
      .optional()
      .meta({ title: 'Scadenza di ogni anno', description: 'Mese e giorno, formato MM-GG. Esempio: 01-31 per il 31 gennaio.' }),
    items: z
      .array(z.string().trim().min(3))
      .optional()
      .meta({ title: 'Elenco', description: 'Se il dato è un elenco (per esempio chi può essere assunto), una voce per riga.' }),
    text: z.string().trim().min(2).optional().meta({
      title: 'Come si scrive',
      description: 'Se il dato non è un numero con un’unità: come si scrive in una frase. Esempio: «meno di un terzo».',
    }),
    ...sourced,
  })
  .meta({ title: 'Dato' });

/** Something the research could not confirm: the site says so where it matters, instead of guessing. */
const unknown = z
  .object({
    id: z
      .string()
      .trim()
      .regex(factIdPattern, 'Expected an id in camelCase, such as art14SmallCompanies.')
      .meta({ title: 'Identificativo', description: 'Il nome con cui le guide lo citano (`<Unknown id="…" />`), in camelCase.' }),
    question: z
      .string()
      .trim()
      .min(10, 'Expected the open question in words.')
      .meta({ title: 'Che cosa non sappiamo', description: 'La domanda aperta, in parole semplici.', widget: 'text' }),
    research: z.string().trim().optional().meta({ title: 'Riga della ricerca', description: 'Per esempio «2.13». Non compare sul sito.' }),
  })
  .meta({ title: 'Dato non confermato' });

/** A law, decree or regional act the guides list, dated only by what the source says. */
const act = z
  .object({
    name: z.string().trim().min(3).meta({ title: 'Atto', description: 'Esempio: «DM Lavoro n. 193 del 30/09/2021».' }),
    subject: z
      .string()
      .trim()
      .min(10)
      .meta({ title: 'Di che cosa parla', description: 'In parole semplici, senza cifre: le cifre sono nei dati.', widget: 'text' }),
    ...sourced,
  })
  .meta({ title: 'Atto' });

/**
 * The legal rules the site states, one version per file in content/rules/, named by the date it
 * applies from. The site uses the newest version in force on the build day: the calculator reads
 * the parameters, the guides the facts, the unknowns and the acts.
 */
export const rulesSchema = () =>
  z.strictObject({
    title: z.string().trim().min(5).meta({ title: 'Titolo', description: 'Esempio: «Legge 68/1999 e convenzioni Art. 14 in Lombardia».' }),
    validFrom: isoDate().meta({ title: 'Versione in vigore dal', description: 'Il giorno da cui il sito usa questa versione delle regole.' }),
    sourcesCollectedAt: isoDate().meta({
      title: 'Fonti raccolte il',
      description: 'Il giorno in cui sono state raccolte le fonti. Non è un controllo sui testi ufficiali: il sito lo dice.',
    }),
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
    hiringRequestDays: parameter(
      'Tempo per chiedere l’assunzione',
      count('Giorni da quando sorge l’obbligo').meta({ description: 'Dopo questi giorni corre la sanzione.' }),
    ),
    facts: z.array(fact).default([]).meta({
      title: 'Altri dati di legge',
      description: 'I dati che le guide citano con <Fact id="…" /> e <Cite id="…" />: ognuno con la sua fonte.',
    }),
    unknowns: z.array(unknown).default([]).meta({
      title: 'Dati non confermati',
      description: 'Quello che le fonti non confermano. Il sito lo dice e invita a chiedere al collocamento mirato.',
    }),
    acts: z.array(act).default([]).meta({ title: 'Norme e atti recenti', description: 'Le leggi, i decreti e le delibere che le guide elencano.' }),
  });

export type RulesInput = z.input<ReturnType<typeof rulesSchema>>;
export type Rules = z.output<ReturnType<typeof rulesSchema>>;
/** One fact of the guides, as parsed. */
export type RulesFact = Rules['facts'][number];
