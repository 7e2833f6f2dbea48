import { z } from 'astro/zod';
import { optionLabels } from '../i18n/t';
import { onceForReference, type SchemaContext } from './context';
import { areas, email, httpsUrl, imageWithAlt } from './shared';

export const memberKinds = ['cooperativa', 'consorzio'] as const;
export const memberRoles = ['capofila', 'membro'] as const;

/** The short description shown on the member's card and in the network's list. */
const descriptionLength = { min: 20, max: 300 } as const;

const fields = onceForReference(() => ({
  name: z.string().trim().min(2, 'Expected the organisation’s name.').meta({
    title: 'Nome',
    description: 'Il nome esatto dell’organizzazione, come compare nei documenti ufficiali. Esempio: «Alveare Cooperativa Sociale».',
  }),
  kind: z.enum(memberKinds).meta({
    title: 'Tipo',
    description: 'Cooperativa sociale di tipo B oppure consorzio di cooperative sociali.',
    optionLabels: optionLabels('members.kind', memberKinds),
  }),
  role: z
    .enum(memberRoles)
    .default('membro')
    .meta({
      title: 'Ruolo nella rete',
      description: 'La capofila coordina il progetto. Una sola organizzazione è capofila.',
      optionLabels: optionLabels('members.role', memberRoles),
    }),
  description: z
    .string()
    .trim()
    .min(descriptionLength.min, `Expected a short description of at least ${descriptionLength.min} characters.`)
    .max(descriptionLength.max, `Expected a short description of at most ${descriptionLength.max} characters.`)
    .meta({
      title: 'Descrizione breve',
      description: `Due o tre frasi su chi è l’organizzazione e cosa fa. Massimo ${descriptionLength.max} caratteri.`,
      widget: 'text',
    }),
  areas: z
    .array(z.enum(areas))
    .default([])
    .meta({
      title: 'Territori',
      description: 'Le province in cui l’organizzazione lavora. Lascia vuoto se non è ancora confermato.',
      optionLabels: optionLabels('areas', areas),
    }),
  sectors: z.array(z.string().trim().min(2)).default([]).meta({
    title: 'Settori',
    description: 'I settori di attività, uno per riga. Esempio: «Pulizie», «Logistica».',
  }),
  website: httpsUrl().optional().meta({
    title: 'Sito web',
    description: 'Indirizzo completo, con https://. Facoltativo.',
  }),
  email: email().optional().meta({
    title: 'Email pubblica',
    description: 'Un indirizzo che l’organizzazione accetta di pubblicare. Facoltativo.',
  }),
  detailsPending: z.boolean().default(false).meta({
    title: 'Scheda da completare',
    description: 'Attivo finché i dettagli non sono stati confermati dall’organizzazione: il sito lo segnala ai visitatori.',
  }),
}));

/** A cooperative or consortium of the network: content/members/<id>.md, its logo in content/members/media/. */
export const memberSchema = (ctx: SchemaContext) => {
  const { detailsPending, ...rest } = fields(ctx);
  return z.strictObject({
    ...rest,
    logo: imageWithAlt(ctx, 'Logo').optional(),
    detailsPending,
  });
};

export type MemberInput = z.input<ReturnType<typeof memberSchema>>;
