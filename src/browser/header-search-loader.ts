/**
 * The one script of every page with the header search, kept to a few hundred bytes: it waits for
 * the visitor to focus the search field and only then loads the in-place search, which in turn
 * loads Pagefind. A visitor who never searches downloads nothing more; without JavaScript, or if
 * loading fails, the field stays a plain form to /cerca/.
 */
import headerSearchUrl from 'lazy-url:./header-search.ts';

type HeaderSearchModule = typeof import('./header-search');

const root = document.querySelector<HTMLElement>('[data-header-search]');
const input = root?.querySelector<HTMLInputElement>('[data-header-search-input]');

if (root && input) {
  const start = () => {
    (import(/* @vite-ignore */ headerSearchUrl) as Promise<HeaderSearchModule>)
      .then(({ enhanceHeaderSearch }) => enhanceHeaderSearch(root, input))
      .catch(() => undefined);
  };
  if (document.activeElement === input) start();
  else input.addEventListener('focus', start, { once: true });
}
