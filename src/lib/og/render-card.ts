import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { cardBackdropSvg, cardFontFamily, cardSize, cardTree, type CardSpec } from './card';

/**
 * Renders a social card to PNG, offline: Satori lays the card out and turns its text into paths
 * with the site's own font files, and sharp rasterises the SVG.
 *
 * Satori reads TTF, OTF and WOFF, not WOFF2, which is all the variable package the pages use
 * ships; the static package of the same font ships WOFF files, one per weight.
 */

const require = createRequire(import.meta.url);

/** The weights the card uses: regular for the tagline, bold for the name, section and title. */
const weights = [400, 700] as const;

let fonts: Font[] | undefined;

/** The self-hosted font files, read once per process. */
export function cardFonts(): Font[] {
  fonts ??= weights.map((weight) => ({
    name: cardFontFamily,
    weight,
    style: 'normal' as const,
    data: readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-${weight}-normal.woff`)),
  }));
  return fonts;
}

/**
 * The card as SVG: Satori's text, on a transparent ground, over the backdrop every card shares. A
 * character the font lacks (an emoji in a title) is left out rather than fetched: the build never
 * goes to the network.
 */
export async function cardSvg(spec: CardSpec): Promise<string> {
  // Satori types its input as a React node; the card tree has that shape without React.
  const text = await satori(cardTree(spec) as unknown as Parameters<typeof satori>[0], {
    ...cardSize,
    fonts: cardFonts(),
    loadAdditionalAsset: async () => [],
  });
  const open = /^<svg[^>]*>/.exec(text)?.[0];
  if (!open) throw new Error(`Satori returned no SVG for the card "${spec.title}".`);
  return `${open}${cardBackdropSvg()}${text.slice(open.length)}`;
}

/**
 * The card as a PNG of 1200×630, drawn by sharp (libvips), already Astro's image library.
 * Compression level 3 and no adaptive filtering: level 9 took three times as long for files a
 * third smaller, and these are fetched once by each social network.
 */
export async function renderCard(spec: CardSpec): Promise<Buffer> {
  return sharp(Buffer.from(await cardSvg(spec)))
    .removeAlpha()
    .png({ compressionLevel: 3, adaptiveFiltering: false })
    .toBuffer();
}
