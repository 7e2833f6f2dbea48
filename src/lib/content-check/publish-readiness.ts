import type { ContentProblem } from './problem';

/**
 * What kind of build this is: `production` when SITE_URL is set for the public site (the deploy
 * workflow sets it, and JPN_PREVIEW=1 on a branch preview), `preview` for a Cloudflare build
 * without SITE_URL or a marked branch preview, `local` otherwise.
 *
 * @example
 * publishTarget({ SITE_URL: 'https://www.example.org' }) // → 'production'
 * publishTarget({ SITE_URL: 'https://reach.jpn.pages.dev', JPN_PREVIEW: '1' }) // → 'preview'
 */
export function publishTarget(env: Record<string, string | undefined>): 'production' | 'preview' | 'local' {
  if (env['SITE_URL']?.trim()) return env['JPN_PREVIEW'] === '1' ? 'preview' : 'production';
  return env['CF_PAGES_URL']?.trim() ? 'preview' : 'local';
}

/** The fields a public site cannot go without: where to write, and who answers for the data. */
const requiredToPublish = [
  {
    field: 'contactEmail',
    has: (settings: Record<string, unknown>) => typeof settings['contactEmail'] === 'string',
    message: 'The network’s contact e-mail is empty: every «scrivici» and the request page would lead nowhere.',
    fix: 'Fill in «Email di contatto della rete» in the CMS (Impostazioni), or contactEmail in the file.',
  },
  {
    field: 'dataController',
    has: (settings: Record<string, unknown>) => typeof settings['dataController'] === 'object' && settings['dataController'] !== null,
    message: 'The data controller (titolare del trattamento, GDPR art. 13) is empty: the privacy notice would name nobody.',
    fix: 'Fill in «Titolare del trattamento dei dati» (name and e-mail) in the CMS (Impostazioni), or dataController in the file.',
  },
];

/**
 * Problems that stop a production build: a public site must say where to write and who the data
 * controller is. Local and preview builds show, where these would be, that they are not published yet.
 */
export function publishReadinessProblems(settingsFile: string, settings: unknown): ContentProblem[] {
  const data = typeof settings === 'object' && settings !== null ? (settings as Record<string, unknown>) : {};
  return requiredToPublish
    .filter((rule) => !rule.has(data))
    .map((rule) => ({ severity: 'error' as const, file: settingsFile, field: rule.field, message: rule.message, fix: rule.fix }));
}
