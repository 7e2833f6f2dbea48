/**
 * The search in the header, opened in place: results for what the visitor types appear in a panel
 * under the field, with a link to all of them on /cerca/. Loaded by header-search-loader.ts on the
 * first focus of the field. It draws results with the search page's code and runs the same
 * Pagefind queries.
 *
 * Keyboard: typing searches; Tab goes on from the field to the search button, the results and the
 * link to all results, then on to the page, which closes the panel; Down arrow jumps from the field
 * to the first result; Escape closes the panel and returns to the field. Enter submits the form to
 * /cerca/, as without JavaScript. Focus is never held.
 */
import { countMessage } from '../lib/search/count-message';
import { serializeState } from '../lib/search/facets';
import type { ResultMessages } from '../lib/search/messages';
import { resultView } from '../lib/search/result-view';
import { loadPagefind } from './pagefind';
import { renderResult } from './search-result';

/** A panel with a few results, and the link to the rest: it is a shortcut, not the search page. */
const shownResults = 5;
const typingDelayMs = 200;

interface Messages extends ResultMessages {
  label: string;
  all: string;
}

function create<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  return element;
}

export function enhanceHeaderSearch(root: HTMLElement, input: HTMLInputElement): void {
  const messages = JSON.parse(root.dataset['messages'] ?? '{}') as Messages;
  const searchPage = input.form?.getAttribute('action') ?? '/cerca/';

  const panel = create('div', 'header-search__panel');
  panel.id = `${input.id}-results`;
  panel.hidden = true;
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', messages.label);
  // In the page before any result, so that the first count is announced.
  const status = create('p', 'header-search__status');
  status.setAttribute('role', 'status');
  const list = create('ol', 'header-search__list');
  const allItem = create('p', 'header-search__all');
  const all = document.createElement('a');
  all.textContent = messages.all;
  allItem.append(all);
  panel.append(status, list, allItem);
  root.append(panel);
  input.setAttribute('aria-controls', panel.id);

  let run = 0;
  let typingTimer: number | undefined;

  const close = (returnFocus: boolean) => {
    if (panel.hidden) return;
    panel.hidden = true;
    if (returnFocus) input.focus();
  };

  /** Searches for what the field holds; a newer search (`run`) arriving meanwhile wins. */
  const update = async () => {
    const query = input.value.trim();
    const current = ++run;
    if (!query) {
      close(false);
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    panel.hidden = false;
    status.textContent = messages.loading;
    all.href = `${searchPage}${serializeState({ query, facets: {} })}`;
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.search(query);
      const data = await Promise.all(search.results.slice(0, shownResults).map((result) => result.data()));
      if (current !== run) return;
      list.replaceChildren(...data.map((result) => renderResult(resultView(result, messages), { heading: null, compact: true })));
      allItem.hidden = search.results.length === 0;
      status.textContent = countMessage(search.results.length, query, messages);
    } catch (error) {
      console.error(error);
      if (current === run) status.textContent = messages.error;
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => void update(), typingDelayMs);
  });
  // Back in the field from elsewhere on the page: the last results are still the right ones.
  // Focus returned from the panel (Escape) leaves it closed.
  input.addEventListener('focus', (event) => {
    const from = event.relatedTarget;
    if (from instanceof Node && root.contains(from)) return;
    if (input.value.trim() && list.childElementCount > 0) panel.hidden = false;
  });
  root.addEventListener('keydown', (event) => {
    if (panel.hidden) return;
    if (event.key === 'Escape') {
      // Also keeps the browser from emptying the field: a second Escape does that.
      event.preventDefault();
      close(true);
    } else if (event.key === 'ArrowDown' && event.target === input) {
      const first = list.querySelector('a');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  root.addEventListener('focusout', (event) => {
    if (event.relatedTarget instanceof Node && !root.contains(event.relatedTarget)) close(false);
  });
  document.addEventListener('pointerdown', (event) => {
    if (event.target instanceof Node && !root.contains(event.target)) close(false);
  });

  // The visitor is about to search: fetch Pagefind now, while they type.
  void loadPagefind().catch(() => undefined);
  if (input.value.trim()) void update();
}
