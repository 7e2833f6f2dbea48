/**
 * The search page (/cerca/), built on Pagefind's JS API rather than its Component UI: the page
 * keeps the query, the filters and the order in the URL, combines values of one filter with OR
 * and filters with AND, and counts what each value would give; the Component UI does none of these.
 * @see https://pagefind.app/docs/api/
 *
 * Everything the visitor types stays in the browser: the index is fetched from this site and
 * nothing is sent anywhere or stored.
 */
import { fill } from '../i18n/fill';
import { pluralForm, type PluralForms } from '../i18n/plural';
import { countMessage } from '../lib/search/count-message';
import { facetNames, isEmptyState, pagefindFilters, parseState, serializeState, type FacetName, type SearchState } from '../lib/search/facets';
import type { ResultMessages } from '../lib/search/messages';
import { resultView } from '../lib/search/result-view';
import { defaultSort, isSortOrder, pagefindSort, type SortOrder } from '../lib/search/sort';
import { loadPagefind, type PagefindResult } from './pagefind';
import { renderResult } from './search-result';

const pageSize = 10;
/** From this width the filters sit beside the results, open; below it they start closed. */
const wideScreen = '(min-width: 60rem)';

interface Messages extends ResultMessages {
  prompt: string;
  subResults: string;
  sorted: Partial<Record<SortOrder, string>>;
  active: PluralForms;
}

class JpnSearch extends HTMLElement {
  #messages!: Messages;
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #sort!: HTMLSelectElement;
  #filters!: HTMLDetailsElement;
  #active!: HTMLElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #heading!: HTMLElement;
  #results: PagefindResult[] = [];
  #shown = 0;
  #run = 0;
  #typingTimer: number | undefined;

  connectedCallback() {
    const find = <T extends HTMLElement = HTMLElement>(selector: string) => {
      const element = this.querySelector<T>(selector);
      if (!element) throw new Error(`jpn-search: missing ${selector}`);
      return element;
    };
    this.#messages = JSON.parse(this.dataset['messages'] ?? '{}') as Messages;
    this.#form = find<HTMLFormElement>('[data-search-form]');
    this.#input = find<HTMLInputElement>('[data-search-input]');
    this.#sort = find<HTMLSelectElement>('[data-search-sort]');
    this.#filters = find<HTMLDetailsElement>('[data-search-filters]');
    this.#active = find('[data-search-active]');
    this.#status = find('[data-search-status]');
    this.#list = find<HTMLOListElement>('[data-search-results]');
    this.#more = find<HTMLButtonElement>('[data-search-more]');
    this.#heading = find('[data-search-heading]');

    // Beside the results there is room for the filters; on a phone they would push the results
    // a screen down, so there they start closed behind their summary.
    this.#filters.open = window.matchMedia(wideScreen).matches;

    this.#input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
    this.#input.addEventListener('input', () => {
      window.clearTimeout(this.#typingTimer);
      void loadPagefind()
        .then((pagefind) => pagefind.preload(this.#input.value))
        .catch(() => undefined);
      // While typing, update in place without filling the history with every letter.
      this.#typingTimer = window.setTimeout(() => void this.#update('replace'), 250);
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(this.#typingTimer);
      void this.#update('push').then(() => this.#heading.focus());
    });
    this.#form.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).matches('input[type="checkbox"], select')) void this.#update('push');
    });
    find('[data-search-clear]').addEventListener('click', () => {
      for (const box of this.#checkboxes()) box.checked = false;
      void this.#update('push');
    });
    this.#more.addEventListener('click', () => void this.#showMore(true, this.#run));
    window.addEventListener('popstate', () => {
      this.#applyState(parseState(window.location.search));
      void this.#update('none').then(() => this.#heading.focus());
    });

    this.#applyState(parseState(window.location.search));
    void this.#update('none');
  }

  #checkboxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('[data-facet] input[type="checkbox"]')];
  }

  #readState(): SearchState {
    const facets: SearchState['facets'] = {};
    for (const box of this.#checkboxes()) {
      if (!box.checked) continue;
      const name = box.name as FacetName;
      (facets[name] ??= []).push(box.value);
    }
    const sort = isSortOrder(this.#sort.value) ? this.#sort.value : defaultSort;
    return { query: this.#input.value.trim(), facets, sort };
  }

  #applyState(state: SearchState) {
    this.#input.value = state.query;
    this.#sort.value = state.sort ?? defaultSort;
    for (const box of this.#checkboxes()) box.checked = (state.facets[box.name as FacetName] ?? []).includes(box.value);
  }

  /** The summary of the closed filters says how many are ticked, so none is forgotten. */
  #showActiveCount(state: SearchState) {
    const count = facetNames.reduce((total, name) => total + (state.facets[name] ?? []).length, 0);
    this.#active.textContent = count === 0 ? '' : `(${fill(pluralForm(count, this.#messages.active), { count })})`;
  }

  async #update(history: 'push' | 'replace' | 'none') {
    const state = this.#readState();
    const url = `${window.location.pathname}${serializeState(state)}`;
    if (history === 'push' && url !== `${window.location.pathname}${window.location.search}`) window.history.pushState(null, '', url);
    if (history === 'replace') window.history.replaceState(null, '', url);
    this.#showActiveCount(state);

    const run = ++this.#run;
    try {
      if (isEmptyState(state)) {
        // Nothing asked yet: nothing to load. Search costs a visitor nothing until they use it.
        this.#results = [];
        this.#list.replaceChildren();
        this.#more.hidden = true;
        this.#status.textContent = this.#messages.prompt;
        return;
      }
      const pagefind = await loadPagefind();
      this.#status.textContent = this.#messages.loading;
      const term = state.query || null;
      const order = state.sort ?? defaultSort;
      const sort = pagefindSort(order);
      const search = await pagefind.search(term, { filters: pagefindFilters(state.facets), ...(sort && { sort }) });
      if (run !== this.#run) return;
      this.#results = search.results;
      this.#shown = 0;
      await this.#showMore(false, run);
      if (run !== this.#run) return;
      const count = countMessage(search.results.length, state.query, this.#messages);
      const sorted = search.results.length > 0 ? this.#messages.sorted[order] : undefined;
      this.#status.textContent = sorted ? `${count}. ${sorted}` : count;
      await this.#updateCounts(run, term, state);
    } catch (error) {
      console.error(error);
      this.#status.textContent = this.#messages.error;
    }
  }

  /**
   * Counts come after the results: they need Pagefind's filter index, which the first results do
   * not, so a visitor sees results without waiting for it. A facet's counts ignore its own
   * selection, so they say what ticking one more value would add. The order changes no count:
   * every page has every sort key.
   */
  async #updateCounts(run: number, term: string | null, state: SearchState) {
    const pagefind = await loadPagefind();
    await pagefind.filters();
    const counts: Record<string, Record<string, number>> = { ...(await pagefind.search(term, { filters: pagefindFilters(state.facets) })).filters };
    for (const name of facetNames) {
      if ((state.facets[name] ?? []).length === 0) continue;
      counts[name] = (await pagefind.search(term, { filters: pagefindFilters(state.facets, name) })).filters[name] ?? {};
    }
    if (run === this.#run) this.#setCounts(counts);
  }

  #setCounts(counts: Record<string, Record<string, number>>) {
    for (const box of this.#checkboxes()) {
      const count = counts[box.name]?.[box.value] ?? 0;
      const output = box.closest('li')?.querySelector('[data-count]');
      if (output) output.textContent = `(${count})`;
    }
  }

  /** Shows the next page of results; a newer search (`run`) arriving meanwhile wins. */
  async #showMore(moveFocus: boolean, run: number) {
    const first = this.#shown === 0;
    const page = this.#results.slice(this.#shown, this.#shown + pageSize);
    const data = await Promise.all(page.map((result) => result.data()));
    if (run !== this.#run) return;
    const items = data.map((result) =>
      renderResult(resultView(result, this.#messages), { heading: 'h3', compact: false, sectionsLabel: this.#messages.subResults }),
    );
    if (first) this.#list.replaceChildren(...items);
    else this.#list.append(...items);
    this.#shown += page.length;
    this.#more.hidden = this.#shown >= this.#results.length;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }
}

customElements.define('jpn-search', JpnSearch);
