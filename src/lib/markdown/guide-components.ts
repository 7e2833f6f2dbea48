/**
 * The components an MDX guide may use, and their attributes: the one list that the content check
 * (src/lib/markdown/guide-safety.ts) enforces and src/components/GuideArticle.astro renders.
 * Attributes are literal strings; `refersTo` says which ids an attribute names, so a typo fails
 * the build with the file and line instead of rendering a wrong figure.
 */

import { calloutKinds } from './blocks';

/** What an id attribute names: a legal fact (content/rules/), an open question there, or a glossary term. */
export type GuideReference = 'fact' | 'unknown' | 'term';

export interface GuideAttribute {
  required: boolean;
  refersTo?: GuideReference;
  values?: readonly string[];
}

export interface GuideComponentDefinition {
  attributes: Record<string, GuideAttribute>;
  /** Whether the component wraps text (`<Term id="…">parola</Term>`) or stands alone (`<Fact id="…" />`). */
  children: boolean;
}

export const guideComponents = {
  /** A legal figure: its amount, yearly date or list, written out; `forma="numero"` drops the unit («da 15 a 35 dipendenti»). */
  Fact: { attributes: { id: { required: true, refersTo: 'fact' }, forma: { required: false, values: ['numero'] } }, children: false },
  /** «dal 1º gennaio 2022»: when a fact holds from, where a source says so. */
  Since: { attributes: { id: { required: true, refersTo: 'fact' } }, children: false },
  /** The source of a statement: its name as a link, and how sure it is. */
  Cite: { attributes: { id: { required: true, refersTo: 'fact' } }, children: false },
  /** A fact that is a list, as a bulleted list. */
  FactList: { attributes: { id: { required: true, refersTo: 'fact' } }, children: false },
  /** Something the sources do not confirm, said plainly, with whom to ask. */
  Unknown: { attributes: { id: { required: true, refersTo: 'unknown' } }, children: false },
  /** The recent laws, decrees and regional acts, as a table. */
  Acts: { attributes: {}, children: false },
  /** A word of the glossary, linked to its definition. */
  Term: { attributes: { id: { required: true, refersTo: 'term' } }, children: true },
  /** A box for a note or a warning. */
  Callout: { attributes: { tipo: { required: true, values: calloutKinds } }, children: true },
  /** Questions and answers, shared with search engines as an FAQPage. */
  Faq: { attributes: {}, children: true },
  /** One question of a Faq; the answer is its content. */
  Question: { attributes: { domanda: { required: true } }, children: true },
  /** The three steps of an Art. 14 convention. */
  Art14Steps: { attributes: {}, children: false },
  /** The table of the calculator's rules with their sources. */
  RulesSummary: { attributes: {}, children: false },
  /** One of the network's own figures: its members, counted, or its results, from the settings. */
  Network: { attributes: { figure: { required: true, values: ['cooperatives', 'consortia', 'contracts', 'commesse', 'years'] } }, children: false },
} as const satisfies Record<string, GuideComponentDefinition>;

export type GuideComponentName = keyof typeof guideComponents;

/** Where guide components live: the only folder a guide may import from. */
export const guideComponentsFolder = 'src/components/guide';

export function isGuideComponent(name: string): name is GuideComponentName {
  return Object.hasOwn(guideComponents, name);
}
