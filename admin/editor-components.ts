import type { BlockEditorComponentOptions } from 'decap-cms-core';
import { t } from '../src/i18n/t';
import { blockDefinitions, calloutKinds, type BlockName } from '../src/lib/markdown/blocks';

/**
 * The editor's version of the content blocks in src/lib/markdown/blocks.ts. Each one reads and
 * writes exactly the directive syntax the build renders, so a block survives editor → file →
 * editor unchanged (tests/e2e/cms.test.ts, "content blocks in the editor", proves it in the real editor).
 *
 * Decap matches a pattern at the start of a block, against the rest of the document, so the
 * patterns end with a lookahead for the line end instead of `$`.
 * @see https://github.com/decaporg/decap-cms/blob/main/packages/decap-cms-widget-markdown/src/serializers/remarkShortcodes.js
 */

/** Directive attribute values are quoted: keep quotes out of them, typographically. */
const attribute = (value: unknown) =>
  String(value ?? '')
    .replace(/"/g, '”')
    .replace(/\n/g, ' ')
    .trim();
/** A label in brackets cannot contain a closing bracket. */
const label = (value: unknown) =>
  String(value ?? '')
    .replace(/[[\]]/g, '')
    .replace(/\n/g, ' ')
    .trim();
const escapeHtml = (value: unknown) =>
  String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const end = '\\n:::(?=\\n|$)';

export const editorComponents: Record<BlockName, BlockEditorComponentOptions> = {
  callout: {
    id: 'callout',
    label: t('cms.block.callout'),
    fields: [
      {
        name: 'tipo',
        label: t('cms.block.callout.kind'),
        widget: 'select',
        options: calloutKinds.map((kind) => ({ value: kind, label: t(`blocks.callout.${kind}`) })),
        default: 'nota',
      },
      { name: 'testo', label: t('cms.block.callout.text'), widget: 'markdown', buttons: ['bold', 'italic', 'link', 'bulleted-list'], editor_components: [] },
    ],
    pattern: new RegExp(`^:::callout\\{tipo="(${calloutKinds.join('|')})"\\}\\n([\\s\\S]*?)${end}`),
    fromBlock: (match: RegExpMatchArray) => ({ tipo: match[1], testo: match[2] }),
    toBlock: (data: { tipo?: string; testo?: string }) => `:::callout{tipo="${attribute(data.tipo || 'nota')}"}\n${(data.testo ?? '').trim()}\n:::`,
    toPreview: (data: { tipo?: string; testo?: string }) =>
      `<div class="callout callout--${escapeHtml(data.tipo)}" role="note"><p class="callout__label"><strong>${escapeHtml(t(`blocks.callout.${(data.tipo as (typeof calloutKinds)[number]) ?? 'nota'}`))}</strong></p><p>${escapeHtml(data.testo)}</p></div>`,
  },
  citazione: {
    id: 'citazione',
    label: t('cms.block.citazione'),
    fields: [
      { name: 'testo', label: t('cms.block.citazione.text'), widget: 'text' },
      {
        name: 'autore',
        label: t('cms.block.citazione.author'),
        widget: 'string',
        pattern: [
          `^.{1,${blockDefinitions.citazione.attributes.autore.maxLength}}$`,
          t('cms.lengthMax', { max: blockDefinitions.citazione.attributes.autore.maxLength }),
        ],
      },
      { name: 'ruolo', label: t('cms.block.citazione.role'), widget: 'string', required: false },
    ],
    pattern: new RegExp(`^:::citazione\\{autore="([^"\\n]*)"(?: ruolo="([^"\\n]*)")?\\}\\n([\\s\\S]*?)${end}`),
    fromBlock: (match: RegExpMatchArray) => ({ autore: match[1], ruolo: match[2] ?? '', testo: match[3] }),
    toBlock: (data: { autore?: string; ruolo?: string; testo?: string }) => {
      const role = attribute(data.ruolo);
      return `:::citazione{autore="${attribute(data.autore)}"${role ? ` ruolo="${role}"` : ''}}\n${(data.testo ?? '').trim()}\n:::`;
    },
    toPreview: (data: { autore?: string; ruolo?: string; testo?: string }) =>
      `<figure class="quote"><blockquote><p>${escapeHtml(data.testo)}</p></blockquote><figcaption><strong>${escapeHtml(data.autore)}</strong>${data.ruolo ? `, ${escapeHtml(data.ruolo)}` : ''}</figcaption></figure>`,
  },
  figura: {
    id: 'figura',
    label: t('cms.block.figura'),
    fields: [
      { name: 'immagine', label: t('cms.block.figura.image'), widget: 'image', choose_url: false },
      {
        name: 'alt',
        label: t('cms.block.figura.alt'),
        hint: t('cms.block.figura.alt.hint'),
        widget: 'string',
        pattern: ['^.{1,250}$', t('cms.lengthMax', { max: 250 })],
      },
      { name: 'didascalia', label: t('cms.block.figura.caption'), widget: 'string' },
    ],
    pattern: new RegExp(`^:::figura\\[([^\\]\\n]*)\\]\\n!\\[([^\\]\\n]*)\\]\\(([^)\\s]+)\\)${end}`),
    fromBlock: (match: RegExpMatchArray) => ({ didascalia: match[1], alt: match[2], immagine: match[3] }),
    toBlock: (data: { didascalia?: string; alt?: string; immagine?: string }) =>
      `:::figura[${label(data.didascalia)}]\n![${label(data.alt)}](${data.immagine ?? ''})\n:::`,
    toPreview: (data: { didascalia?: string; alt?: string; immagine?: string }, getAsset: (path: string) => { toString(): string }) =>
      `<figure class="figure"><img src="${escapeHtml(data.immagine ? getAsset(data.immagine).toString() : '')}" alt="${escapeHtml(data.alt)}"><figcaption>${escapeHtml(data.didascalia)}</figcaption></figure>`,
  },
  // Decap's published types give toPreview one parameter; it is called with getAsset as well.
} as unknown as Record<BlockName, BlockEditorComponentOptions>;

export const blockNames = Object.keys(blockDefinitions) as BlockName[];
