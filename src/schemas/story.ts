import { z } from 'astro/zod';
import { optionLabels, type UiKey } from '../i18n/t';
import { onceForReference, type SchemaContext } from './context';
import { imageWithAlt, isoDate, oneOf, summary, title } from './shared';

/** What a person agreed to have published about them. Health data is special data under GDPR art. 9. */
export const consentScopes = ['nome', 'foto', 'salute'] as const;

/** A consent older than this many years should be renewed (the content check warns). */
export const consentRenewalYears = 2;

const consent = z
  .object({
    given: z.boolean().meta({
      title: 'Consenso raccolto',
      description: 'Attivo solo se la liberatoria firmata è conservata dalla cooperativa.',
    }),
    scope: z
      .array(z.enum(consentScopes))
      .min(1, `Expected at least one consent scope: ${oneOf(consentScopes)}.`)
      .meta({
        title: 'Ambito del consenso',
        description: 'Cosa la persona ha autorizzato a pubblicare.',
        optionLabels: optionLabels('consent.scope', consentScopes),
      }),
    date: isoDate().meta({
      title: 'Data del consenso',
      description: `La data della liberatoria. Dopo ${consentRenewalYears} anni il sito avvisa che va rinnovata.`,
    }),
    reference: z.string().trim().max(80).optional().meta({
      title: 'Riferimento della liberatoria',
      description: 'Il codice o protocollo con cui la cooperativa archivia la liberatoria. Non inserire dati personali.',
    }),
  })
  .meta({
    title: 'Consenso delle persone nominate',
    description: 'Obbligatorio se la storia nomina o ritrae persone riconoscibili.',
  });

const fields = onceForReference((reference) => ({
  title: title('Il titolo della storia. Esempio: «Out of the blue, l’agenzia che comunica la rete».'),
  date: isoDate().meta({
    title: 'Data di pubblicazione',
    description: 'Formato AAAA-MM-GG.',
  }),
  summary: summary(200),
  members: z.array(reference('members')).default([]).meta({
    title: 'Organizzazioni coinvolte',
    description: 'Le cooperative o i consorzi della rete protagonisti della storia.',
  }),
  services: z.array(reference('services')).default([]).meta({
    title: 'Servizi collegati',
    description: 'I servizi del catalogo di cui parla la storia.',
  }),
  namedPeople: z.boolean().default(false).meta({
    title: 'Nomina o ritrae persone',
    description: 'Attivo se la storia contiene il nome, la foto o informazioni sulla salute di una persona riconoscibile.',
  }),
  consent: consent.optional(),
}));

/** A success story: content/stories/<id>/index.md, with its images in the same folder. */
export const storySchema = (ctx: SchemaContext) => {
  const f = fields(ctx);
  return z
    .strictObject({
      title: f.title,
      date: f.date,
      summary: f.summary,
      cover: imageWithAlt(ctx, 'Immagine di copertina').optional(),
      members: f.members,
      services: f.services,
      namedPeople: f.namedPeople,
      consent: f.consent,
    })
    .superRefine((story, issue) => {
      if (story.namedPeople && !story.consent?.given) {
        issue.addIssue({
          code: 'custom',
          path: ['consent'],
          message:
            'Expected a consent record with given: true, because namedPeople is true. Stories about named people need a signed consent (GDPR art. 9 for health data).',
          // What the CMS tells the editor instead (src/lib/content-check/editor-issues.ts).
          params: { editorMessage: 'cms.issue.story.consent' satisfies UiKey },
        });
      }
    });
};

export type StoryInput = z.input<ReturnType<typeof storySchema>>;
