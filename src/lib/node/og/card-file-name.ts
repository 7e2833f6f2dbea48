import { createHash } from 'node:crypto';
import { cardBackdropSvg, cardDesign, type CardSpec } from '../../og/card';

/**
 * The card's file name: a hash of its whole design (backdrop and layout) and text, so that a page whose title or
 * section changes (or a new design) gets a new URL, which social networks fetch afresh, and pages
 * with the same card share one file. The renderer keeps cards it has made under the same name.
 *
 * @example
 * cardFileName(spec) // → '3f2a9c0d1e7b6a54.png'
 */
export function cardFileName(spec: CardSpec): string {
  return `${createHash('sha256')
    .update(cardBackdropSvg())
    .update(JSON.stringify(cardDesign))
    .update(JSON.stringify([spec.title, spec.section ?? null, spec.siteName, spec.tagline]))
    .digest('hex')
    .slice(0, 16)}.png`;
}
