import type { GuideComponentName } from './guide-components';

/**
 * What a reader reads where a guide component stands, for the readability measure:
 * - `figure`: a figure from the rules or the network's own counts («60 giorni», «dal 1º gennaio
 *   2022»), measured as one short word;
 * - `children`: only the text it wraps (a glossary term, a box, the questions);
 * - `none`: nothing the measure reads (source citations and tables, which a reader looks up;
 *   lists and notices drawn from the rules, which the guide's author does not write);
 * - `{ heading }`: an attribute the page shows as a heading of its own, then its children.
 *
 * A `Record` over every component: adding one to guide-components.ts without saying how it reads
 * is a type error here.
 */
const guideComponentText: Record<GuideComponentName, 'figure' | 'children' | 'none' | { heading: string }> = {
  Fact: 'figure',
  Since: 'figure',
  Network: 'figure',
  Cite: 'none',
  FactList: 'none',
  Unknown: 'none',
  Acts: 'none',
  Art14Steps: 'none',
  RulesSummary: 'none',
  Term: 'children',
  Callout: 'children',
  Faq: 'children',
  Question: { heading: 'domanda' },
};

/** A figure counts as one word with no letters, as a number does on the page. */
const figureToken = '1';

/** `<Name a="b" …>` or `<Name … />`, attributes on one line or several. */
const componentTag = /<([A-Z][A-Za-z0-9]*)((?:\s+[A-Za-z_][\w-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>/g;
const closingComponentTag = /<\/[A-Z][A-Za-z0-9]*\s*>/g;

/** Replaces guide components by what a reader reads there; a heading becomes a block of its own. */
function flattenComponents(source: string): string {
  return source
    .replace(componentTag, (_tag, name: string, attributes: string) => {
      const reads = guideComponentText[name as GuideComponentName] ?? 'children';
      if (reads === 'figure') return figureToken;
      if (typeof reads === 'object') {
        const heading = new RegExp(`\\s${reads.heading}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
        return `\n\n${heading?.[1] ?? heading?.[2] ?? ''}\n\n`;
      }
      return '';
    })
    .replace(closingComponentTag, '');
}

/** Inline Markdown reduced to the words it shows. */
function inlineText(line: string): string {
  return (
    line
      // images: their alt text is for people who cannot see them, not part of the reading
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
      // links and autolinks: their text
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
      // inline directives and leftover HTML
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<\/?[a-z][^>]*>/gi, '')
      .replace(/`([^`]*)`/g, '$1')
      // emphasis markers, not the letters between them
      .replace(/\*+/g, '')
      .replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1')
      .replace(/~~/g, '')
      // escapes and hard breaks
      .replace(/\\([\\`*_{}[\]()#+\-.!:|>~"'])/g, '$1')
      .replace(/\\$/, '')
  );
}

/**
 * The text a reader reads in a Markdown body or an MDX guide, as blocks: paragraphs, list items,
 * headings, quotes, table cells and figure captions, each ending a sentence as it does on the
 * page. Content blocks' attributes (`{tipo="nota"}`, a quote's author), images and code are left
 * out; guide components read as `guideComponentText` says.
 *
 * Line-based and free of Node APIs on purpose: the content check and the CMS preview, in the
 * browser, run this same function, so the index an editor sees is the one the build reports.
 *
 * @example
 * textBlocks('## Titolo\n\nUna frase\nsu due righe.\n\n- Una voce\n\n:::callout{tipo="nota"}\nUn **riquadro**.\n:::')
 * // → ['Titolo', 'Una frase su due righe.', 'Una voce', 'Un riquadro.']
 * textBlocks('Hai <Fact id="days" /> per chiedere.<Cite id="days" />', { mdx: true }) // → ['Hai 1 per chiedere.']
 */
export function textBlocks(source: string, options: { mdx?: boolean } = {}): string[] {
  let text = source.replace(/\r\n?/g, '\n');
  if (options.mdx) text = flattenComponents(text.replace(/^(?:import|export)\s.*$/gm, ''));
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const block = inlineText(current.join(' ')).replace(/\s+/g, ' ').trim();
    if (block) blocks.push(block);
    current = [];
  };
  let fence: string | undefined;
  for (const raw of text.split('\n')) {
    if (fence) {
      if (raw.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    const codeFence = /^\s*(`{3,}|~{3,})/.exec(raw);
    if (codeFence) {
      flush();
      fence = codeFence[1];
      continue;
    }
    // Quotes read as the text they quote; the marker only changes the look.
    const line = raw.replace(/^\s{0,3}(?:>\s?)+/, '');
    const trimmed = line.trim();
    const directive = /^:{3,}\s*([A-Za-z][\w-]*)?(?:\[([^\]]*)\])?/.exec(trimmed);
    if (directive) {
      // A fence opens or closes a block; its label (a figure's caption) is read, its attributes are not.
      flush();
      if (directive[2]) {
        current.push(directive[2]);
        flush();
      }
      continue;
    }
    if (!trimmed || /^(?:[-*_]\s*){3,}$/.test(trimmed) || /^=+$/.test(trimmed) || /^\[[^\]]+\]:\s/.test(trimmed)) {
      flush();
      continue;
    }
    const heading = /^#{1,6}\s+(.*?)\s*#*$/.exec(trimmed);
    if (heading) {
      flush();
      current.push(heading[1] ?? '');
      flush();
      continue;
    }
    if (trimmed.startsWith('|')) {
      flush();
      if (/^\|?[\s:|-]+\|?$/.test(trimmed)) continue;
      for (const cell of trimmed.replace(/^\||\|$/g, '').split('|')) {
        current.push(cell);
        flush();
      }
      continue;
    }
    const item = /^(?:[-*+]|\d{1,9}[.)])\s+(.*)$/.exec(trimmed);
    if (item) {
      flush();
      current.push(item[1] ?? '');
      continue;
    }
    current.push(trimmed);
  }
  flush();
  return blocks;
}
