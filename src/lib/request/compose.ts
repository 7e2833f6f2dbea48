/**
 * Composes one request to the network from a shortlist of services, the calculator's result and
 * what the visitor writes: the recipients, the subject and the body of an email, and the mailto:
 * URL that opens it in the visitor's mail program. There is no server: nothing is sent until the
 * visitor sends it themselves. The words come from the UI dictionary, passed in as templates.
 */
import { fill } from '../../i18n/fill';
import type { CalculationSummary } from '../calculator/summary';

export interface RequestedService {
  title: string;
  /** The category's label. */
  category: string;
  /** Providers with their public email, where they have one. */
  providers: { name: string; email?: string | undefined }[];
  /** A sheet no cooperative has confirmed yet: the message says so. */
  unverified: boolean;
}

export interface RequestDetails {
  company?: string | undefined;
  person?: string | undefined;
  /** The label of the province. */
  area?: string | undefined;
  message?: string | undefined;
}

export const requestTemplateKeys = [
  'subjectOne',
  'subjectMany',
  'subjectNone',
  'greeting',
  'intro',
  'introNone',
  'service',
  'providers',
  'providersUnknown',
  'unverified',
  'calculation',
  'company',
  'person',
  'area',
  'closing',
] as const;
export type RequestTemplates = Record<(typeof requestTemplateKeys)[number], string>;

export interface ComposedRequest {
  to: string[];
  subject: string;
  body: string;
}

/**
 * @example
 * composeRequest({ services: [{ title: 'Data entry', category: 'Servizi amministrativi', providers: [] }], templates, contactEmail: 'info@example.org' }).to // → ['info@example.org']
 */
export function composeRequest(request: {
  services: readonly RequestedService[];
  calculation?: CalculationSummary | undefined;
  details?: RequestDetails | undefined;
  /** The network's address for requests, if it has published one. */
  contactEmail?: string | undefined;
  templates: RequestTemplates;
  /** Formats the day the rules' sources were collected, for people. */
  formatDate: (isoDate: string) => string;
}): ComposedRequest {
  const { services, calculation, details = {}, templates } = request;
  const to = [request.contactEmail, ...services.flatMap((s) => s.providers.map((p) => p.email))].filter((email): email is string => Boolean(email));
  const [first] = services;
  const subject =
    services.length === 0
      ? templates.subjectNone
      : services.length === 1 && first
        ? fill(templates.subjectOne, { title: first.title })
        : fill(templates.subjectMany, { count: services.length });

  const lines: string[] = [templates.greeting, '', services.length > 0 ? templates.intro : templates.introNone];
  for (const service of services) {
    const providers =
      service.providers.length > 0 ? fill(templates.providers, { names: service.providers.map((p) => p.name).join(', ') }) : templates.providersUnknown;
    const line = fill(templates.service, { title: service.title, category: service.category, providers });
    lines.push(service.unverified ? `${line}; ${templates.unverified}` : line);
  }
  if (calculation) {
    const art14 = calculation.art14Min === calculation.art14Max ? String(calculation.art14Max) : `${calculation.art14Min}–${calculation.art14Max}`;
    lines.push(
      '',
      fill(templates.calculation, {
        base: calculation.base,
        quota: calculation.quotaArt3,
        uncovered: calculation.uncoveredArt3,
        quotaArt18: calculation.quotaArt18,
        uncoveredArt18: calculation.uncoveredArt18,
        art14,
        collected: request.formatDate(calculation.sourcesCollected),
      }),
    );
  }
  const message = details.message?.trim();
  if (message) lines.push('', message);
  const signature = [
    details.company?.trim() && fill(templates.company, { value: details.company.trim() }),
    details.person?.trim() && fill(templates.person, { value: details.person.trim() }),
    details.area?.trim() && fill(templates.area, { value: details.area.trim() }),
  ].filter((line): line is string => Boolean(line));
  if (signature.length > 0) lines.push('', ...signature);
  lines.push('', templates.closing);
  return { to: [...new Set(to)], subject, body: lines.join('\n') };
}

/**
 * The mailto: URL of a composed request (RFC 6068): spaces as %20 and line breaks as %0D%0A,
 * which every mail program reads the same way.
 *
 * @example
 * mailtoUrl({ to: ['a@example.org'], subject: 'Ciao', body: 'Riga 1\nRiga 2' }) // → 'mailto:a@example.org?subject=Ciao&body=Riga%201%0D%0ARiga%202'
 */
export function mailtoUrl(request: ComposedRequest): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${request.to.map((address) => encodeURIComponent(address).replace(/%40/g, '@')).join(',')}?subject=${encode(request.subject)}&body=${encode(request.body)}`;
}
