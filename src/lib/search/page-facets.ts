import type { FacetSelection } from './facets';

interface Ref {
  id: string;
}

/** Facet values of a service page: the same values drive Pagefind on /cerca/ and the finder on /servizi/. */
export function serviceFacets(data: {
  category: string;
  providers: readonly Ref[];
  areas: readonly string[];
  audience: readonly string[];
  art14: boolean;
}): FacetSelection {
  return {
    tipo: ['servizio'],
    categoria: [data.category],
    fornitore: data.providers.map((p) => p.id),
    territorio: [...data.areas],
    destinatari: [...data.audience],
    art14: [data.art14 ? 'si' : 'no'],
  };
}

/** A member's page is found under its own name in the `fornitore` facet, next to its services. */
export function memberFacets(id: string, data: { areas: readonly string[] }): FacetSelection {
  return { tipo: ['membro'], fornitore: [id], territorio: [...data.areas] };
}

export function storyFacets(data: { members: readonly Ref[] }): FacetSelection {
  return { tipo: ['storia'], fornitore: data.members.map((m) => m.id) };
}

/**
 * A page that lists entries (the catalogue, a category, a province, the stories, the news, the
 * network) is found as a list, with its own label. It carries no category or area: a filter
 * narrows the results to the entries themselves.
 */
export const listFacets: FacetSelection = { tipo: ['elenco'] };
