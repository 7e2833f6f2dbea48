import { maxFeaturedServices, serviceCategories, type ServiceCategory } from '../schemas/service';
import { areas, type Area } from '../schemas/shared';

interface ServiceLike {
  id: string;
  data: { title: string; category: ServiceCategory; areas: readonly Area[]; providers: readonly { id: string }[] };
}

const byTitle = (a: ServiceLike, b: ServiceLike) => a.data.title.localeCompare(b.data.title, 'it');

/**
 * Groups services by category in the taxonomy's order, titles sorted alphabetically inside each
 * group. Empty categories are left out.
 */
export function groupByCategory<S extends ServiceLike>(services: readonly S[]): { category: ServiceCategory; services: S[] }[] {
  return serviceCategories
    .map((category) => ({ category, services: services.filter((s) => s.data.category === category).sort(byTitle) }))
    .filter((group) => group.services.length > 0);
}

/**
 * The services the home page shows: those editors marked as featured, or, while there are none,
 * the first of each category, so the page shows the catalogue's range.
 */
export function featuredServices<S extends ServiceLike & { data: { featured: boolean } }>(services: readonly S[], limit = maxFeaturedServices): S[] {
  const chosen = services.filter((s) => s.data.featured).sort(byTitle);
  if (chosen.length > 0) return chosen.slice(0, limit);
  return groupByCategory(services)
    .slice(0, limit)
    .flatMap((group) => group.services.slice(0, 1));
}

/** The services available in one province, sorted by title. */
export function servicesInArea<S extends ServiceLike>(services: readonly S[], area: Area): S[] {
  return services.filter((s) => s.data.areas.includes(area)).sort(byTitle);
}

/** The provinces that have at least one service, in the taxonomy's order. */
export function areasWithServices(services: readonly ServiceLike[]): Area[] {
  return areas.filter((area) => services.some((s) => s.data.areas.includes(area)));
}

/** The services a member provides, sorted by title. */
export function servicesOfMember<S extends ServiceLike>(services: readonly S[], memberId: string): S[] {
  return services.filter((s) => s.data.providers.some((p) => p.id === memberId)).sort(byTitle);
}

/** Services of the same category as `service`, excluding it, at most `limit`. */
export function relatedServices<S extends ServiceLike>(services: readonly S[], service: S, limit = 4): S[] {
  return services
    .filter((s) => s.data.category === service.data.category && s.id !== service.id)
    .sort(byTitle)
    .slice(0, limit);
}
