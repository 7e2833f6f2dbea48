import type { Service } from 'schema-dts';
import { t } from '../../i18n/t';
import type { ServiceCategory } from '../../schemas/service';
import type { Area, Audience } from '../../schemas/shared';
import { defaultLocale, type Locale } from '../../i18n/locales';
import { localizedUrls } from '../urls';
import { absoluteUrl } from './ids';
import { memberReference, networkReference, type MemberFacts } from './organization';

export interface ServiceFacts {
  id: string;
  title: string;
  summary: string;
  category: ServiceCategory;
  areas: readonly Area[];
  audience: readonly Audience[];
  /** The members that offer it, resolved from the entry's references, in the entry's order. */
  providers: readonly Pick<MemberFacts, 'id' | 'name'>[];
  /** A sheet nobody has confirmed yet: it claims no provider. */
  illustrative: boolean;
}

/**
 * A service of the catalogue. Its provider is the members named on the sheet; a sheet that names
 * none yet (the schema says: better empty than wrong) is offered through the network's catalogue,
 * so the network is the provider. A sheet that no cooperative has confirmed (illustrative) claims
 * no provider at all. The provinces become `areaServed`.
 *
 * @example
 * serviceNode(site, { id: 'data-entry', title: 'Data entry', …, providers: [], illustrative: false }).provider // → the network
 * serviceNode(site, { id: 'data-entry', title: 'Data entry', …, illustrative: true }).provider // → undefined
 */
export function serviceNode(site: URL, service: ServiceFacts, locale: Locale = defaultLocale): Service {
  const url = absoluteUrl(localizedUrls(locale).service(service.id), site);
  return {
    '@type': 'Service',
    '@id': `${url}#service`,
    name: service.title,
    description: service.summary,
    url,
    serviceType: t(`categories.${service.category}`, {}, locale),
    ...(service.illustrative
      ? {}
      : { provider: service.providers.length > 0 ? service.providers.map((member) => memberReference(site, member)) : networkReference(site) }),
    areaServed: service.areas.map((area) => ({ '@type': 'AdministrativeArea', name: t(`areas.${area}`, {}, locale) })),
    audience: service.audience.map((audience) => ({ '@type': 'Audience', audienceType: t(`audience.${audience}`, {}, locale) })),
  };
}
