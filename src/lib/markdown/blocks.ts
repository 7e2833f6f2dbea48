/**
 * The content blocks editors may put inside a body, written as Markdown container directives.
 * This list is the one source for the renderer (render-blocks.ts), the safety check
 * (body-safety.ts) and the CMS editor components (admin/editor-components.ts).
 *
 * @example
 * :::callout{tipo="nota"}
 * Testo in **Markdown**.
 * :::
 */
export interface BlockAttribute {
  /** Values the attribute may take; omitted for free text. */
  values?: readonly string[];
  required: boolean;
  /** Longest free-text value accepted. */
  maxLength?: number;
}

export interface BlockDefinition {
  /** Attributes with literal values; anything else is rejected. */
  attributes: Record<string, BlockAttribute>;
  /** What the `[label]` after the name means, if the block takes one. */
  label?: 'caption';
  /** What the block must contain. */
  content: 'markdown' | 'one-image';
}

export const calloutKinds = ['nota', 'importante', 'suggerimento'] as const;
export type CalloutKind = (typeof calloutKinds)[number];

export const blockDefinitions = {
  callout: {
    attributes: { tipo: { values: calloutKinds, required: true } },
    content: 'markdown',
  },
  citazione: {
    attributes: {
      autore: { required: true, maxLength: 120 },
      ruolo: { required: false, maxLength: 200 },
    },
    content: 'markdown',
  },
  figura: {
    attributes: {},
    label: 'caption',
    content: 'one-image',
  },
} as const satisfies Record<string, BlockDefinition>;

export type BlockName = keyof typeof blockDefinitions;

export function isBlockName(name: string): name is BlockName {
  return Object.hasOwn(blockDefinitions, name);
}
