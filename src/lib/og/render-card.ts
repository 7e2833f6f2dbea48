import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { cardBackdropSvg, cardFontFamily, cardSize, cardTree, type CardSpec } from './card';

/**
 * Renders a social card to PNG, offline: Satori lays the card out and turns its text into paths
 * with the site's own font files, and sharp (already Astro's image library) rasterises the SVG.
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
 * The card as SVG. A character the font lacks (an emoji in a title) is left out rather than
 * fetched: the build never goes to the network.
 */
export async function cardSvg(spec: CardSpec): Promise<string> {
  // Satori types its input as a React node; the card tree has that shape without React.
  return satori(cardTree(spec) as unknown as Parameters<typeof satori>[0], { ...cardSize, fonts: cardFonts(), loadAdditionalAsset: async () => [] });
}

let backdrop: Promise<Buffer> | undefined;

/** The backdrop every card shares, drawn once per process into raw pixels. */
function backdropPixels(): Promise<Buffer> {
  backdrop ??= sharp(Buffer.from(cardBackdropSvg())).ensureAlpha().raw().toBuffer();
  return backdrop;
}

/**
 * The card as a PNG of exactly 1200×630: the text, drawn by Satori on a transparent ground, laid
 * over the shared backdrop. Compression level 6: level 9 took three times as long for files 25%
 * smaller.
 */
export async function renderCard(spec: CardSpec): Promise<Buffer> {
  const [svg, pixels] = await Promise.all([cardSvg(spec), backdropPixels()]);
  return sharp(pixels, { raw: { ...cardSize, channels: 4 } })
    .composite([{ input: Buffer.from(svg), left: 0, top: 0 }])
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
}
