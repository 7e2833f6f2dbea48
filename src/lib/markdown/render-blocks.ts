import { defineMdastPlugin, type MdastNode } from 'satteri';
import { t } from '../../i18n/t';
import { contentLocale } from '../../i18n/locales';
import { isBlockName } from './blocks';

type Directive = Extract<MdastNode, { type: 'containerDirective' }>;
type Child = Directive['children'][number];

const isLabel = (child: Child) => child.type === 'paragraph' && (child.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true;

const textOf = (value: string) => ({ type: 'text' as const, value });

/**
 * Turns the registered content blocks (see blocks.ts) into semantic HTML at build time.
 * Bodies reach this plugin only after body-safety.ts has accepted them; anything it does not
 * recognise is dropped rather than rendered, so a check that was skipped cannot leak markup.
 */
export const renderContentBlocks = defineMdastPlugin({
  name: 'jpn-content-blocks',
  containerDirective(node, ctx) {
    const attributes = node.attributes ?? {};
    if (!isBlockName(node.name)) {
      ctx.removeNode(node);
      return;
    }
    switch (node.name) {
      case 'callout': {
        const kind = attributes['tipo'] === 'importante' || attributes['tipo'] === 'suggerimento' ? attributes['tipo'] : 'nota';
        ctx.replaceNode(node, {
          type: 'callout',
          data: { hName: 'div', hProperties: { className: ['callout', `callout--${kind}`], role: 'note' } },
          children: [
            {
              type: 'paragraph',
              data: { hProperties: { className: ['callout__label'] } },
              children: [{ type: 'strong', children: [textOf(t(`blocks.callout.${kind}`, {}, contentLocale(ctx.fileURL)))] }],
            },
            ...node.children,
          ],
        });
        return;
      }
      case 'citazione': {
        const author = attributes['autore'] ?? '';
        const role = attributes['ruolo'];
        ctx.replaceNode(node, {
          type: 'quote',
          data: { hName: 'figure', hProperties: { className: ['quote'] } },
          children: [
            { type: 'quoteBody', data: { hName: 'blockquote' }, children: node.children.filter((child) => !isLabel(child)) },
            {
              type: 'quoteCaption',
              data: { hName: 'figcaption' },
              children: [{ type: 'strong', children: [textOf(author)] }, ...(role ? [textOf(`, ${role}`)] : [])],
            },
          ],
        });
        return;
      }
      case 'figura': {
        const label = node.children.find(isLabel);
        const images: MdastNode[] = node.children
          .filter((child) => !isLabel(child))
          .flatMap((child): MdastNode[] => (child.type === 'paragraph' ? child.children : [child]));
        ctx.replaceNode(node, {
          type: 'figure',
          data: { hName: 'figure', hProperties: { className: ['figure'] } },
          children: [
            ...images,
            ...(label && label.type === 'paragraph' ? [{ type: 'figureCaption', data: { hName: 'figcaption' }, children: label.children }] : []),
          ],
        });
        return;
      }
    }
  },
  leafDirective(node, ctx) {
    ctx.removeNode(node);
  },
  /** `:word` inside a sentence is almost always a typo, not a block: keep it as the text it was. */
  textDirective(node, ctx) {
    ctx.replaceNode(node, textOf(`:${node.name}${node.children.length ? `[${ctx.textContent(node)}]` : ''}`));
  },
  /** Raw HTML never reaches the page (body-safety.ts reports it before the build). */
  html(node, ctx) {
    ctx.removeNode(node);
  },
});
