import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype, { type Font, type Glyph } from 'opentype.js';
import type { CardWeight } from '../../og/card';

/**
 * The site's own font for the social cards, read from the self-hosted files: how wide a text is,
 * and where each glyph of it goes. opentype.js reads the WOFF files of the static package (the
 * pages use the variable WOFF2, which it cannot read); nothing is fetched.
 */

const require = createRequire(import.meta.url);

const fonts = new Map<CardWeight, Font>();

/** A font file, parsed once per process. */
export function cardFont(weight: CardWeight): Font {
  let font = fonts.get(weight);
  if (!font) {
    const file = readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-${weight}-normal.woff`));
    font = opentype.parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
    fonts.set(weight, font);
  }
  return font;
}

/** One glyph of a line, with its pen position in pixels from the start of the line. */
export interface PlacedGlyph {
  glyph: Glyph;
  x: number;
}

/**
 * The glyphs of a text at a size, kerned, with the extra spacing between letters.
 * Characters the font lacks are left out, as on the old cards, rather than drawn as boxes.
 *
 * @example
 * placeGlyphs('AV', 76, 700).map((g) => Math.round(g.x)) // → [0, 48] (A, then V pulled in by kerning)
 */
export function placeGlyphs(text: string, size: number, weight: CardWeight, letterSpacing = 0): { glyphs: PlacedGlyph[]; width: number } {
  const font = cardFont(weight);
  const scale = size / font.unitsPerEm;
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  let previous: Glyph | undefined;
  for (const character of text) {
    const glyph = font.charToGlyph(character);
    if (glyph.index === 0 && character.trim() !== '') continue;
    if (previous) x += font.getKerningValue(previous, glyph) * scale;
    glyphs.push({ glyph, x });
    x += (glyph.advanceWidth ?? 0) * scale + letterSpacing;
    previous = glyph;
  }
  return { glyphs, width: glyphs.length > 0 ? x - letterSpacing : 0 };
}

/** How wide a text is, in pixels: what the card's layout wraps titles by. */
export function measureText(text: string, size: number, weight: CardWeight, letterSpacing = 0): number {
  return placeGlyphs(text, size, weight, letterSpacing).width;
}

/** Ascender and descender as fractions of the size: where a baseline sits in a line box. */
export function fontMetrics(weight: CardWeight): { ascender: number; descender: number } {
  const font = cardFont(weight);
  return { ascender: font.ascender / font.unitsPerEm, descender: font.descender / font.unitsPerEm };
}
