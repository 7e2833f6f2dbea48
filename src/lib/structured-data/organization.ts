import type { Organization } from 'schema-dts';
import { defaultLocale, type Locale } from '../../i18n/locales';
import { t } from '../../i18n/t';
import type { Area } from '../../schemas/shared';
import { urls } from '../urls';
import { absoluteUrl, memberId, networkId } from './ids';

/** What the site knows about a member organisation, as its content entry says it. */
export interface MemberFacts {
  id: string;
  name: string;
  description?: string | undefined;
  website?: string | undefined;
  email?: string | undefined;
  areas?: readonly Area[] | undefined;
}

/** An Organization node itself: schema-dts's `Organization` also allows a bare string. */
export type OrganizationNode = Extract<Organization, { '@type': 'Organization' }>;

/** An organisation outside the network (a partner, a funder) as the content names it. */
export interface ExternalOrganisation {
  name: string;
  url?: string | undefined;
}

/**
 * The network itself: a short reference, for nodes that name it (memberOf, publisher, organizer).
 * The full node, with its members, is on the home page and on /rete/.
 */
export function networkReference(site: URL): OrganizationNode {
  return { '@type': 'Organization', '@id': networkId(site), name: t('site.name'), url: absoluteUrl(urls.home(), site) };
}

/** A member, named by reference: its own page carries the full node. */
export function memberReference(site: URL, member: Pick<MemberFacts, 'id' | 'name'>): OrganizationNode {
  return { '@type': 'Organization', '@id': memberId(site, member.id), name: member.name, url: absoluteUrl(urls.member(member.id), site) };
}

/** A partner or funder: only its name and, where the content gives one, its website. */
export function externalOrganisation(organisation: ExternalOrganisation): OrganizationNode {
  return { '@type': 'Organization', name: organisation.name, ...(organisation.url ? { url: organisation.url } : {}) };
}

/**
 * The network as an Organization, its cooperatives and consortia as `member`, its funders as
 * `funder`, and the contact address when the settings publish one.
 *
 * @example
 * networkOrganization({ site, members: [{ id: 'alveare', name: 'Alveare Cooperativa Sociale' }], funders: [] })
 */
export function networkOrganization(input: {
  site: URL;
  members: readonly Pick<MemberFacts, 'id' | 'name'>[];
  funders: readonly ExternalOrganisation[];
  email?: string | undefined;
  /** The language of the page: the description is in it. */
  locale?: Locale | undefined;
}): OrganizationNode {
  return {
    ...networkReference(input.site),
    description: t('site.tagline', {}, input.locale ?? defaultLocale),
    ...(input.email ? { email: input.email } : {}),
    member: input.members.map((member) => memberReference(input.site, member)),
    ...(input.funders.length > 0 ? { funder: input.funders.map(externalOrganisation) } : {}),
  };
}

/**
 * A member organisation, `memberOf` the network. Its `url` is its own website when the content
 * gives one, otherwise its page here; the areas it works in become `areaServed`.
 */
export function memberOrganization(site: URL, member: MemberFacts, locale: Locale = defaultLocale): OrganizationNode {
  const areas = member.areas ?? [];
  return {
    ...memberReference(site, member),
    ...(member.website ? { url: member.website } : {}),
    ...(member.description ? { description: member.description } : {}),
    ...(member.email ? { email: member.email } : {}),
    ...(areas.length > 0 ? { areaServed: areas.map((area) => ({ '@type': 'AdministrativeArea' as const, name: t(`areas.${area}`, {}, locale) })) } : {}),
    memberOf: networkReference(site),
  };
}
