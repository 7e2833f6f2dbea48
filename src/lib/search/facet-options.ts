import { defaultLocale, type Locale } from '../../i18n/locales';
import { t } from '../../i18n/t';
import { serviceCategories } from '../../schemas/service';
import { areas, audiences } from '../../schemas/shared';
import { facetNames, pageTypes, type FacetName } from './facets';

export interface FacetOption {
  value: string;
  label: string;
}

export interface FacetGroup {
  name: FacetName;
  legend: string;
  options: FacetOption[];
}

/**
 * Every facet with every value and its label, for the filter panels. Members come from the
 * content, so the caller passes them in.
 */
export function facetGroups(
  members: readonly { id: string; name: string }[],
  only: readonly FacetName[] = facetNames,
  locale: Locale = defaultLocale,
): FacetGroup[] {
  const options: Record<FacetName, FacetOption[]> = {
    tipo: pageTypes.map((value) => ({ value, label: t(`facets.tipo.${value}`, {}, locale) })),
    categoria: serviceCategories.map((value) => ({ value, label: t(`categories.${value}`, {}, locale) })),
    fornitore: members.map((member) => ({ value: member.id, label: member.name })),
    territorio: areas.map((value) => ({ value, label: t(`areas.${value}`, {}, locale) })),
    destinatari: audiences.map((value) => ({ value, label: t(`audience.${value}`, {}, locale) })),
    art14: [
      { value: 'si', label: t('facets.art14.si', {}, locale) },
      { value: 'no', label: t('facets.art14.no', {}, locale) },
    ],
  };
  return only.map((name) => ({ name, legend: t(`facets.${name}`, {}, locale), options: options[name] }));
}
