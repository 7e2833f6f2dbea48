import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every HTML file of a built site, as the URL path a visitor would use (`/servizi/x/`). */
export { listBuiltPages as listPages } from '../../scripts/lib/built-pages';

export function readPage(file: string): HTMLElement {
  return parse(readFileSync(file, 'utf8'));
}
