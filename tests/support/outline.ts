import type { Locator } from 'playwright-core';

export interface OutlineOptions {
  /** Elements left out, with everything inside them. */
  drop?: string[];
  /** Elements replaced by their children. */
  unwrap?: string[];
  /** Elements whose id is left out. */
  anonymous?: string[];
}

/** Attributes that change what a reader hears or where a link leads; the rest is styling or behaviour. */
const keptAttributes = ['href', 'id', 'role', 'alt', 'datetime', 'rel', 'aria-label', 'aria-labelledby', 'aria-describedby'];

/**
 * The structure of an element as lines a diff can show: one per element, indented by depth, with
 * its tag, its classes, the attributes above and its own text, whitespace collapsed.
 *
 * @example
 * await outline(page.locator('article'))
 * // → ['article', '  header.page-header.wrapper', '    h1 "Data entry"', …]
 */
export function outline(root: Locator, options: OutlineOptions = {}): Promise<string[]> {
  // One function without inner named functions: the test runner's transform may wrap named
  // functions in a helper that does not exist in the page.
  return root.evaluate(
    (element, { drop, unwrap, anonymous, kept }) => {
      const lines: string[] = [];
      const stack: [Element, number][] = [[element, 0]];
      while (stack.length > 0) {
        const [node, depth] = stack.pop()!;
        if (drop.some((selector) => node.matches(selector))) continue;
        const children = Array.from(node.children);
        if (unwrap.some((selector) => node.matches(selector))) {
          stack.push(...children.reverse().map((child): [Element, number] => [child, depth]));
          continue;
        }
        const classes = Array.from(node.classList)
          .sort()
          .map((name) => `.${name}`)
          .join('');
        const named = !anonymous.some((selector) => node.matches(selector));
        const attributes = kept
          .filter((name) => node.hasAttribute(name) && (named || name !== 'id'))
          .map((name) => `[${name}=${node.getAttribute(name)}]`)
          .join('');
        const own = Array.from(node.childNodes)
          .filter((child) => child.nodeType === Node.TEXT_NODE)
          .map((child) => child.textContent ?? '')
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
        lines.push(`${'  '.repeat(depth)}${node.tagName.toLowerCase()}${classes}${attributes}${own ? ` "${own}"` : ''}`);
        stack.push(...children.reverse().map((child): [Element, number] => [child, depth + 1]));
      }
      return lines;
    },
    { drop: options.drop ?? [], unwrap: options.unwrap ?? [], anonymous: options.anonymous ?? [], kept: keptAttributes },
  );
}
