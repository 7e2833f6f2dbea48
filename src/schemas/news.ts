import { z } from 'astro/zod';
import { onceForReference, type SchemaContext } from './context';
import { imageWithAlt, isoDate, romeDateTime, summary, title } from './shared';

const person = z.object({
  name: z
    .string()
    .trim()
    .min(2, 'Expected the person’s name.')
    .meta({ title: 'Nome e cognome', description: 'Come la persona si presenta in pubblico. Esempio: «Simone Fanti».' }),
  role: z.string().trim().optional().meta({ title: 'Ruolo', description: 'Esempio: «Presidente».' }),
  organisation: z.string().trim().optional().meta({ title: 'Organizzazione', description: 'Esempio: «ANCL Milano».' }),
});

const event = onceForReference((reference) =>
  z
    .object({
      start: romeDateTime().meta({
        title: 'Inizio',
        description: 'Data e ora di inizio, ora di Roma.',
      }),
      end: romeDateTime().meta({
        title: 'Fine',
        description: 'Data e ora di fine, ora di Roma.',
      }),
      venue: z.string().trim().min(2).meta({
        title: 'Luogo',
        description: 'Esempio: «Aula Pio XI, Università Cattolica del Sacro Cuore».',
      }),
      address: z.string().trim().min(2).meta({
        title: 'Indirizzo',
        description: 'Via e numero civico. Esempio: «Largo Gemelli 1».',
      }),
      city: z.string().trim().min(2).meta({ title: 'Città', description: 'Esempio: «Milano».' }),
      moderator: person.optional().meta({ title: 'Moderatore', description: 'Chi modera l’incontro, se c’è.' }),
      speakers: z
        .array(person)
        .default([])
        .meta({ title: 'Relatori', description: 'Nell’ordine in cui intervengono. Scrivi solo ruoli e organizzazioni confermati.' }),
      programme: z.array(z.string().trim().min(2)).default([]).meta({
        title: 'Programma',
        description: 'I momenti dell’evento, uno per riga, nell’ordine in cui si svolgono.',
      }),
      promoters: reference('partners').array().default([]).meta({
        title: 'Promotori',
        description: 'Le organizzazioni che promuovono l’evento insieme alla rete. Se manca, aggiungila prima in «Partner e sostenitori».',
      }),
      partners: reference('partners').array().default([]).meta({
        title: 'Partner',
        description: 'Le organizzazioni che collaborano all’evento.',
      }),
      patrons: reference('partners').array().default([]).meta({
        title: 'Patrocini',
        description: 'Gli enti che hanno concesso il patrocinio all’evento.',
      }),
    })
    .refine((e) => e.end > e.start, {
      path: ['end'],
      message: 'Expected the end to come after the start.',
    })
    .meta({
      title: 'Evento',
      description: 'Compila solo se la notizia annuncia un evento.',
    }),
);

const fields = onceForReference(() => ({
  title: title('Il titolo della notizia o dell’evento.'),
  date: isoDate().meta({
    title: 'Data',
    description: 'La data della notizia; per un evento, il giorno dell’evento. Formato AAAA-MM-GG.',
  }),
  summary: summary(200),
}));

/** A news item or an event: content/news/<id>/index.md. */
export const newsSchema = (ctx: SchemaContext) => {
  const f = fields(ctx);
  return z.strictObject({
    title: f.title,
    date: f.date,
    summary: f.summary,
    cover: imageWithAlt(ctx, 'Immagine di copertina').optional(),
    event: event(ctx).optional(),
  });
};

export type NewsInput = z.input<ReturnType<typeof newsSchema>>;
