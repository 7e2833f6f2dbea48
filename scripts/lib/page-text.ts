import { parse, type HTMLElement } from 'node-html-parser';

/** Elements whose text is a block of its own: each ends a sentence, as a reader would pause. */
const blockTags = ['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'figcaption', 'summary', 'blockquote', 'td', 'th', 'caption'];
const blockSelector = blockTags.join(',');

/**
 * The prose of a built page's main content, as blocks of text: what a visitor reads as the page,
 * without the chrome (navigation, breadcrumbs), the parts search ignores (repeated notices, lists
 * of other pages) and the apparatus marked `data-readability-skip` (source citations, tables of
 * rules): those are references to look up, not text to read through.
 *
 * @example
 * mainTextBlocks('<main><h1>Titolo</h1><p>Una frase. <span data-readability-skip>Fonte: x.</span></p></main>') // → ['Titolo', 'Una frase.']
 */
export function mainTextBlocks(html: string): string[] {
  const main = parse(html).querySelector('main');
  if (!main) return [];
  for (const skipped of main.querySelectorAll('[data-pagefind-ignore], [data-readability-skip], nav, script, style, [hidden], .visually-hidden'))
    skipped.remove();
  const blocks: string[] = [];
  const visit = (element: HTMLElement) => {
    if (blockTags.includes(element.tagName.toLowerCase()) && !element.querySelector(blockSelector)) {
      const text = element.textContent.replace(/\s+/g, ' ').trim();
      if (text) blocks.push(text);
      return;
    }
    for (const child of element.childNodes) if (child instanceof Object && 'tagName' in child) visit(child as HTMLElement);
  };
  visit(main);
  return blocks;
}
