/**
 * On a service page opened from the request page (`?richiesta=…`), "Aggiungi alla richiesta"
 * adds this service to the services already chosen, and keeps the calculator's figures.
 * Opened any other way, the page runs nothing and the link starts a new request.
 */
import { carriedRequest, isCarrying, serializeShortlist } from '../lib/request/shortlist';

const carried = carriedRequest(window.location.search, window.location.hash);
if (isCarrying(carried)) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-shortlist-add]')) {
    const id = link.dataset['shortlistAdd'] ?? '';
    link.search = serializeShortlist([...carried.ids.filter((other) => other !== id), id]);
    link.hash = carried.hash;
  }
}
