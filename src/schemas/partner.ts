import { z } from 'astro/zod';
import { optionLabels } from '../i18n/t';
import { onceForReference, type SchemaContext } from './context';
import { httpsUrl, imageWithAlt } from './shared';

/** The order here is the order of the sections on the partners page. */
export const partnerKinds = ['funder', 'promoter', 'partner', 'patron'] as const;
export type PartnerKind = (typeof partnerKinds)[number];

const fields = onceForReference(() => ({
  name: z.string().trim().min(2, 'Expected the organisation’s name.').meta({
    title: 'Nome',
    description: 'Il nome ufficiale. Esempio: «Fondazione Cariplo».',
  }),
  kind: z.enum(partnerKinds).meta({
    title: 'Ruolo',
    description:
      'Come l’organizzazione ha sostenuto il progetto o le sue iniziative. Promotori, partner e patrocini di un evento vanno collegati anche nella scheda dell’evento: il sito mostra per quale evento.',
    optionLabels: optionLabels('partners.kind', partnerKinds),
  }),
  url: httpsUrl().optional().meta({
    title: 'Sito web',
    description: 'Facoltativo. Indirizzo completo, con https://.',
  }),
}));

/** A funder, promoter, partner or patron: content/partners/<id>.yaml, its logo in content/partners/media/. */
export const partnerSchema = (ctx: SchemaContext) => z.strictObject({ ...fields(ctx), logo: imageWithAlt(ctx, 'Logo').optional() });

export type PartnerInput = z.input<ReturnType<typeof partnerSchema>>;
