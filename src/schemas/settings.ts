import { z } from 'astro/zod';
import { email } from './shared';

const count = (label: string, description: string) =>
  z.number().int('Expected a whole number.').min(0, 'Expected zero or more.').meta({ title: label, description });

/** An Italian phone number as people write it: digits, spaces and an optional +39. */
const phone = () =>
  z
    .string()
    .trim()
    .regex(/^\+?[\d ]{6,20}$/, 'Expected a phone number of digits and spaces, such as 02 1234 5678 or +39 02 1234 5678.');

/**
 * Site-wide settings: content/settings/site.yaml. The numbers of members and services are not
 * here: the site counts them from their collections. Nor is the network's name: it is a UI string
 * (src/i18n/ui.ts), used where the build has no content at hand (social cards, calendar files,
 * the CMS's own title), and a field here would change nothing on the site.
 *
 * The contact and the data controller stay empty until the network gives them: a production build
 * refuses to run without them (src/lib/content-check/publish-readiness.ts), any other build says
 * where they will appear that they are not published yet.
 */
export const settingsSchema = () =>
  z.strictObject({
    contactEmail: email().optional().meta({
      title: 'Email di contatto della rete',
      description:
        'L’indirizzo a cui arrivano le richieste delle aziende e delle persone. Obbligatorio per pubblicare il sito: finché è vuoto, il sito dice che non è ancora pubblicato.',
    }),
    contactPhone: phone().optional().meta({ title: 'Telefono della rete', description: 'Facoltativo. Esempio: «02 1234 5678».' }),
    contactAddress: z
      .string()
      .trim()
      .min(5)
      .optional()
      .meta({ title: 'Indirizzo della rete', description: 'Facoltativo. Via, numero, CAP e città.', widget: 'text' }),
    dataController: z
      .object({
        name: z.string().trim().min(3, 'Expected the name of the data controller.').meta({
          title: 'Nome',
          description: 'Chi decide come sono trattati i dati personali (GDPR art. 13), per esempio la cooperativa capofila, con la sua forma giuridica.',
        }),
        email: email().meta({ title: 'Email per la privacy', description: 'Dove chi visita il sito esercita i suoi diritti.' }),
        address: z.string().trim().min(5).optional().meta({ title: 'Sede', description: 'Facoltativo. Via, numero, CAP e città.', widget: 'text' }),
      })
      .optional()
      .meta({
        title: 'Titolare del trattamento dei dati',
        description: 'Lo mostra l’informativa sulla privacy. Obbligatorio per pubblicare il sito.',
      }),
    impact: z
      .object({
        contracts: count('Contratti di lavoro creati', 'Fonte: comunicato del convegno del 28 ottobre 2025.'),
        commesse: count('Commesse L. 68/99', 'Fonte: comunicato del convegno del 28 ottobre 2025.'),
        years: count('Anni di progetto', 'La durata a cui si riferiscono i numeri.'),
        servicesOver: count(
          'Servizi del catalogo, secondo la rete',
          'Il sito scrive «oltre» questo numero. Fonte: comunicato del convegno del 28 ottobre 2025 («oltre 45 servizi»).',
        ),
        source: z.string().trim().min(5).meta({
          title: 'Fonte dei numeri',
          description: 'Da dove vengono i numeri, mostrato sotto di essi.',
        }),
      })
      .meta({ title: 'Numeri dell’impatto' }),
  });

export type SettingsInput = z.input<ReturnType<typeof settingsSchema>>;
export type Settings = z.output<ReturnType<typeof settingsSchema>>;
