/**
 * The shortlist of services a company wants to ask about. It lives only in the URL
 * (`?servizi=pulizia-uffici,data-entry`): no cookie, no storage, and a link to it can be kept or
 * sent to a colleague. Unknown ids are dropped, so an old link never breaks the page.
 */

export const shortlistParam = 'servizi';

/** More than this is not a request but the catalogue. */
export const maxShortlist = 30;

/**
 * The ids in a query string, in order, without duplicates or unknown ids. Accepts both
 * `?servizi=a,b` and `?servizi=a&servizi=b` (what a plain HTML form sends).
 *
 * @example
 * parseShortlist('?servizi=data-entry,nope', new Set(['data-entry'])) // → ['data-entry']
 */
export function parseShortlist(search: string, known: ReadonlySet<string>): string[] {
  const ids = new URLSearchParams(search)
    .getAll(shortlistParam)
    .flatMap((value) => value.split(','))
    .map((id) => id.trim())
    .filter((id) => known.has(id));
  return [...new Set(ids)].slice(0, maxShortlist);
}

/**
 * The query string for a shortlist, other parameters kept; empty when nothing is left.
 *
 * @example
 * serializeShortlist(['a', 'b']) // → '?servizi=a,b'
 */
export function serializeShortlist(ids: readonly string[], search = ''): string {
  const params = new URLSearchParams(search);
  params.delete(shortlistParam);
  if (ids.length > 0) params.set(shortlistParam, ids.join(','));
  // Keep the commas readable: ids are lowercase letters, digits and hyphens.
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

/**
 * While a visitor browses from the request page to the catalogue and a service, the shortlist
 * rides along in `?richiesta=…` and the calculator's figures in the fragment, so that "Aggiungi
 * alla richiesta" adds to what is already there instead of starting again.
 */
export const carryParam = 'richiesta';

export interface CarriedRequest {
  ids: string[];
  /** The calculator's fragment (`#calcolo.…`), or an empty string. */
  hash: string;
}

const idPattern = /^[a-z0-9][a-z0-9-]*$/;

/**
 * What a page was opened with. Ids are checked only for their shape: the request page drops
 * unknown ones.
 *
 * @example
 * carriedRequest('?richiesta=a,b', '#calcolo.base=3') // → { ids: ['a', 'b'], hash: '#calcolo.base=3' }
 */
export function carriedRequest(search: string, hash: string): CarriedRequest {
  const ids = (new URLSearchParams(search).get(carryParam) ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => idPattern.test(id));
  return { ids: [...new Set(ids)].slice(0, maxShortlist), hash: hash.startsWith('#calcolo.') ? hash : '' };
}

/** Whether there is anything to carry. */
export function isCarrying(carried: CarriedRequest): boolean {
  return carried.ids.length > 0 || carried.hash !== '';
}

/**
 * A link to another page of the site that carries the request along.
 *
 * @example
 * carryTo('/servizi/data-entry/', { ids: ['a'], hash: '' }) // → '/servizi/data-entry/?richiesta=a'
 */
export function carryTo(path: string, carried: CarriedRequest): string {
  const params = new URLSearchParams();
  if (carried.ids.length > 0) params.set(carryParam, carried.ids.join(','));
  const query = params.toString().replace(/%2C/g, ',');
  return `${path}${query ? `?${query}` : ''}${carried.hash}`;
}
