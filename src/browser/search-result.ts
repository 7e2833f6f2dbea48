/**
 * Draws one search result, for the search page and the header's results panel alike. Built with
 * DOM calls, never innerHTML: titles and summaries come from the index and stay text.
 */
import type { ResultView } from '../lib/search/result-view';
import { appendExcerpt } from './excerpt';

export interface ResultOptions {
  /** The result's title is a heading on the search page, plain text in the compact header panel. */
  heading: 'h3' | null;
  /** The compact form (header panel) leaves out the summary, the image and the sections. */
  compact: boolean;
  /** Label before the list of matching sections of a long page. */
  sectionsLabel?: string;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function renderResult(view: ResultView, options: ResultOptions): HTMLLIElement {
  const item = element('li', 'search__result');
  const body = element('div', 'search__result-body');
  item.append(body);
  const title = element(options.heading ?? 'p', 'search__result-title');
  const link = element('a', undefined, view.title);
  link.href = view.url;
  title.append(link);
  body.append(title);

  if (view.type || view.date || view.unverified) {
    const meta = element('p', 'search__result-meta');
    if (view.unverified) meta.append(element('span', 'badge badge--warning', view.unverified), ' ');
    if (view.type) meta.append(view.type);
    if (view.type && view.date) meta.append(' · ');
    if (view.date) {
      const time = element('time', undefined, view.date.text);
      time.dateTime = view.date.iso;
      meta.append(time);
    }
    body.append(meta);
  }
  if (view.summary && !options.compact) body.append(element('p', 'search__result-summary', view.summary));

  const excerpt = element('p', 'search__result-excerpt');
  appendExcerpt(excerpt, view.excerpt);
  body.append(excerpt);

  if (!options.compact && view.sections.length > 0) {
    if (options.sectionsLabel) body.append(element('p', 'search__result-sections', options.sectionsLabel));
    const list = element('ul', 'search__result-subs');
    for (const section of view.sections) {
      const sub = element('a', undefined, section.title);
      sub.href = section.url;
      const li = element('li');
      li.append(sub);
      list.append(li);
    }
    body.append(list);
  }

  if (view.image && !options.compact) {
    const image = element('img', 'search__result-image');
    image.src = view.image.src;
    image.alt = view.image.alt;
    image.loading = 'lazy';
    image.decoding = 'async';
    item.append(image);
  }
  return item;
}
