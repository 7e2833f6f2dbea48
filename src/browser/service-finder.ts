/**
 * The service finder on /servizi/: filters the catalogue already on the page, instantly and
 * without loading the search index. Without JavaScript the same page is the full catalogue, with
 * a page per category and per province. The state lives in the URL with the same parameters as
 * /cerca/, so links and the back button work.
 */
import { fill } from '../i18n/fill';
import { pluralForm, type PluralForms } from '../i18n/plural';
import { facetNames, matchesFacets, parseState, serializeState, type FacetName, type FacetSelection } from '../lib/search/facets';
import { carriedRequest, carryParam, carryTo, isCarrying, type CarriedRequest } from '../lib/request/shortlist';

interface Messages {
  status: PluralForms;
  none: string;
}

class JpnServiceFinder extends HTMLElement {
  #messages!: Messages;
  #form!: HTMLElement;
  #status!: HTMLElement;
  #cards: { element: HTMLElement; facets: FacetSelection }[] = [];
  /** A request being prepared, carried from the request page to the service pages. */
  #carried: CarriedRequest = { ids: [], hash: '' };

  connectedCallback() {
    const form = this.querySelector<HTMLElement>('[data-finder-form]');
    const status = this.querySelector<HTMLElement>('[data-finder-status]');
    if (!form || !status) throw new Error('jpn-service-finder: missing form or status');
    this.#messages = JSON.parse(this.dataset['messages'] ?? '{}') as Messages;
    this.#form = form;
    this.#status = status;
    this.#cards = [...this.querySelectorAll<HTMLElement>('[data-facets]')].map((element) => ({
      element,
      facets: JSON.parse(element.dataset['facets'] ?? '{}') as FacetSelection,
    }));
    this.#carried = carriedRequest(window.location.search, window.location.hash);
    if (isCarrying(this.#carried)) {
      for (const link of this.querySelectorAll<HTMLAnchorElement>('[data-facets] a[href]')) link.href = carryTo(link.pathname, this.#carried);
    }

    form.addEventListener('change', () => this.#update(true));
    this.querySelector('[data-finder-clear]')?.addEventListener('click', () => {
      for (const box of this.#checkboxes()) box.checked = false;
      this.#update(true);
    });
    window.addEventListener('popstate', () => {
      this.#apply(parseState(window.location.search).facets);
      this.#update(false);
    });
    this.#apply(parseState(window.location.search).facets);
    this.#update(false);
  }

  #checkboxes(): HTMLInputElement[] {
    return [...this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  }

  #selection(): FacetSelection {
    const facets: FacetSelection = {};
    for (const box of this.#checkboxes()) if (box.checked) (facets[box.name as FacetName] ??= []).push(box.value);
    return facets;
  }

  #apply(facets: FacetSelection) {
    for (const box of this.#checkboxes()) box.checked = (facets[box.name as FacetName] ?? []).includes(box.value);
  }

  #update(pushHistory: boolean) {
    const facets = this.#selection();
    if (pushHistory) {
      const params = new URLSearchParams(serializeState({ query: '', facets }));
      if (this.#carried.ids.length > 0) params.set(carryParam, this.#carried.ids.join(','));
      const query = params.toString();
      const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
      if (url !== `${window.location.pathname}${window.location.search}`) window.history.pushState(null, '', `${url}${window.location.hash}`);
    }
    let shown = 0;
    for (const card of this.#cards) {
      const match = matchesFacets(card.facets, facets);
      card.element.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of this.querySelectorAll<HTMLElement>('[data-finder-group]')) {
      group.hidden = !group.querySelector('[data-facets]:not([hidden])');
    }
    // A value's count is what the catalogue would show with it ticked, other facets as they are.
    for (const box of this.#checkboxes()) {
      const name = box.name as FacetName;
      const others: FacetSelection = { ...facets, [name]: [box.value] };
      const count = this.#cards.filter((card) => matchesFacets(card.facets, others)).length;
      const output = box.closest('li')?.querySelector('[data-count]');
      if (output) output.textContent = `(${count})`;
    }
    const filtered = facetNames.some((name) => (facets[name] ?? []).length > 0);
    this.#status.textContent = !filtered ? '' : shown === 0 ? this.#messages.none : fill(pluralForm(shown, this.#messages.status), { count: shown });
  }
}

customElements.define('jpn-service-finder', JpnServiceFinder);
