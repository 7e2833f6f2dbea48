import { z } from 'astro/zod';
import { email } from './shared';

const count = (label: string, description: string) =>
  z.number().int('Expected a whole number.').min(0, 'Expected zero or more.').meta({ title: label, description });

/**
 * Site-wide settings: content/settings/site.yaml. The numbers of members and services are not
 * here: the site counts them from their collections. Nor is the network's name: it is a UI string
 * (src/i18n/ui.ts), used where the build has no content at hand (social cards, calendar files,
 * the CMS's own title), and a field here would change nothing on the site.
 */
export const settingsSchema = () =>
  z.strictObject({
    contactEmail: email().optional().meta({
      title: 'Email di contatto della rete',
      description: 'L’indirizzo a cui arrivano le richieste delle aziende. Finché è vuoto, il sito non mostra un indirizzo.',
    }),
    impact: z
      .object({
        contracts: count('Contratti di lavoro creati', 'Fonte: comunicato del convegno del 28 ottobre 2025.'),
        commesse: count('Commesse L. 68/99', 'Fonte: comunicato del convegno del 28 ottobre 2025.'),
        years: count('Anni di progetto', 'La durata a cui si riferiscono i numeri.'),
        source: z.string().trim().min(5).meta({
          title: 'Fonte dei numeri',
          description: 'Da dove vengono i numeri, mostrato sotto di essi.',
        }),
      })
      .meta({ title: 'Numeri dell’impatto' }),
  });

export type SettingsInput = z.input<ReturnType<typeof settingsSchema>>;
