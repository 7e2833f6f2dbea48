/**
 * The search page (/cerca/), built on Pagefind's JS API rather than its Component UI: the page
 * keeps the query and filters in the URL, combines values of one filter with OR and filters with
 * AND, and counts what each value would give; the Component UI does none of these.
 * @see https://pagefind.app/docs/api/
 *
 * Everything the visitor types stays in the browser: the index is fetched from this site and
 * nothing is sent anywhere or stored.
 */
import { fill } from '../i18n/fill';
import { facetNames, isEmptyState, pagefindFilters, parseState, serializeState, type FacetName, type SearchState } from '../lib/search/facets';
import { appendExcerpt } from './excerpt';
import { loadPagefind, type PagefindResult, type PagefindResultData } from './pagefind';

const pageSize = 10;

interface Messages {
  prompt: string;
  loading: string;
  one: string;
  many: string;
  oneForQuery: string;
  manyForQuery: string;
  none: string;
  error: string;
  subResults: string;
}

class JpnSearch extends HTMLElement {
  #messages!: Messages;
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
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
    this.#status = find('[data-search-status]');
    this.#list = find<HTMLOListElement>('[data-search-results]');
    this.#more = find<HTMLButtonElement>('[data-search-more]');
    this.#heading = find('[data-search-heading]');

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
      if ((event.target as HTMLElement).matches('input[type="checkbox"]')) void this.#update('push');
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
    return { query: this.#input.value.trim(), facets };
  }

  #applyState(state: SearchState) {
    this.#input.value = state.query;
    for (const box of this.#checkboxes()) box.checked = (state.facets[box.name as FacetName] ?? []).includes(box.value);
  }

  async #update(history: 'push' | 'replace' | 'none') {
    const state = this.#readState();
    const url = `${window.location.pathname}${serializeState(state)}`;
    if (history === 'push' && url !== `${window.location.pathname}${window.location.search}`) window.history.pushState(null, '', url);
    if (history === 'replace') window.history.replaceState(null, '', url);

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
      const search = await pagefind.search(term, { filters: pagefindFilters(state.facets) });
      if (run !== this.#run) return;
      this.#results = search.results;
      this.#shown = 0;
      await this.#showMore(false, run);
      if (run !== this.#run) return;
      const count = search.results.length;
      const template = state.query
        ? count === 1
          ? this.#messages.oneForQuery
          : this.#messages.manyForQuery
        : count === 1
          ? this.#messages.one
          : this.#messages.many;
      this.#status.textContent = count === 0 ? this.#messages.none : fill(template, { count, query: state.query });
      await this.#updateCounts(run, term, state);
    } catch (error) {
      console.error(error);
      this.#status.textContent = this.#messages.error;
    }
  }

  /**
   * Counts come after the results: they need Pagefind's filter index, which the first results do
   * not, so a visitor sees results without waiting for it. A facet's counts ignore its own
   * selection, so they say what ticking one more value would add.
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
    const items = data.map((result) => this.#renderResult(result));
    if (first) this.#list.replaceChildren(...items);
    else this.#list.append(...items);
    this.#shown += page.length;
    this.#more.hidden = this.#shown >= this.#results.length;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  #renderResult(result: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search__result';
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta['title'] ?? result.url;
    heading.append(link);
    item.append(heading);

    const type = result.filters['tipo']?.[0];
    const typeLabel = type ? this.querySelector<HTMLInputElement>(`[data-facet="tipo"] input[value="${CSS.escape(type)}"]`)?.dataset['label'] : undefined;
    if (typeLabel) {
      const meta = document.createElement('p');
      meta.className = 'search__result-meta';
      meta.textContent = typeLabel;
      item.append(meta);
    }
    const excerpt = document.createElement('p');
    appendExcerpt(excerpt, result.excerpt);
    item.append(excerpt);

    const sections = result.sub_results.filter((sub) => sub.url.includes('#')).slice(0, 3);
    if (sections.length > 0 && result.word_count > 150) {
      const label = document.createElement('p');
      label.className = 'search__result-meta';
      label.textContent = this.#messages.subResults;
      const list = document.createElement('ul');
      list.className = 'search__result-subs';
      for (const sub of sections) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = sub.url;
        a.textContent = sub.title;
        li.append(a);
        list.append(li);
      }
      item.append(label, list);
    }
    return item;
  }
}

customElements.define('jpn-search', JpnSearch);
