import type { Glyph } from 'opentype.js';
import sharp from 'sharp';
import { fontMetrics, measureText, placeGlyphs } from './card-font';
import { cardBackdropSvg, cardColours, cardFrameText, cardSize, cardText, type CardSpec, type CardWeight, type TextMetrics, type TextRun } from '../../og/card';
import { encodePngRows, rowBytes, toPngRows } from './indexed-png';

/**
 * Draws social cards to PNG, offline and fast enough for thousands of pages. What every card
 * shares (the backdrop, the logo, the site's name and tagline) is drawn once, in full colour, and
 * reduced to a palette; each glyph is rasterised once per size and quarter-pixel position, by
 * sharp from the font's own outline; a card is then a copy of the shared palette image with its
 * glyphs set in as shades of their colour over the brand colour, written as a palette PNG.
 *
 * Drawing each card from SVG (Satori, then librsvg, in full colour) took 30–50 ms and 60 kB a
 * card; this takes a few milliseconds and about half the bytes.
 */

const { width, height } = cardSize;

/** Metrics of the card font, shared by both weights (the family's files agree on them). */
export function cardMetrics(): TextMetrics {
  return { width: measureText, ...fontMetrics(700) };
}

/** A glyph's coverage, as an alpha mask, and where its top left corner goes from the pen. */
interface GlyphMask {
  alpha: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
}

/** Pen positions are rounded to a quarter pixel: four masks per glyph keep the spacing true. */
const subpixelSteps = 4;
const masks = new Map<string, Promise<GlyphMask | undefined>>();

/** Rasterises one glyph at a size and a fractional pen offset, with sharp (librsvg), once. */
function glyphMask(weight: CardWeight, size: number, glyph: Glyph, offset: number): Promise<GlyphMask | undefined> {
  const key = `${weight}/${size}/${glyph.index}/${offset}`;
  let mask = masks.get(key);
  if (!mask) {
    mask = (async () => {
      const path = glyph.getPath(offset / subpixelSteps, 0, size);
      const box = path.getBoundingBox();
      if (!(box.x2 > box.x1 && box.y2 > box.y1)) return undefined;
      const left = Math.floor(box.x1) - 1;
      const top = Math.floor(box.y1) - 1;
      const maskWidth = Math.ceil(box.x2) - left + 1;
      const maskHeight = Math.ceil(box.y2) - top + 1;
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${maskWidth}" height="${maskHeight}"><path transform="translate(${-left} ${-top})" d="${path.toPathData(3)}" fill="#fff"/></svg>`;
      const alpha = await sharp(Buffer.from(svg)).ensureAlpha().extractChannel(3).raw().toBuffer();
      return { alpha: new Uint8Array(alpha.buffer, alpha.byteOffset, alpha.length), width: maskWidth, height: maskHeight, left, top };
    })();
    masks.set(key, mask);
  }
  return mask;
}

/**
 * Calls `paint(index, coverage)` for every pixel a line of text covers, `index` being the pixel's
 * place in an image whose rows are `stride` apart and start `offset` in, and `coverage` 1–255.
 */
async function coverRun(run: TextRun, layout: { stride: number; offset: number }, paint: (index: number, coverage: number) => void): Promise<void> {
  const { glyphs } = placeGlyphs(run.text, run.size, run.weight, run.letterSpacing ?? 0);
  const placed = glyphs.map(({ glyph, x: advance }) => {
    const steps = Math.round((run.x + advance) * subpixelSteps);
    const whole = Math.floor(steps / subpixelSteps);
    return { whole, mask: glyphMask(run.weight, run.size, glyph, steps - whole * subpixelSteps) };
  });
  const baseline = Math.round(run.baseline);
  for (const { whole, mask: pending } of placed) {
    const mask = await pending;
    if (!mask) continue;
    for (let y = 0; y < mask.height; y += 1) {
      const row = baseline + mask.top + y;
      if (row < 0 || row >= height) continue;
      for (let x = 0; x < mask.width; x += 1) {
        const coverage = mask.alpha[y * mask.width + x]!;
        const column = whole + mask.left + x;
        if (coverage !== 0 && column >= 0 && column < width) paint(row * layout.stride + layout.offset + column, coverage);
      }
    }
  }
}

function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Shades of a text colour over the brand colour: a card's glyphs are drawn with these. */
const shades = 31;
/** The colours a card's own text uses (see cardText); each gets its shades in the palette. */
const textColours = [cardColours.onBrand, cardColours.accent];

/** What every card with one name and tagline starts from: its pixels as palette indices, in PNG rows. */
interface Frame {
  rows: Uint8Array;
  palette: Uint8Array;
  /** Palette index of the brand colour, the ground under all of a card's own text. */
  ground: number;
  /** For each text colour, the palette index of its faintest shade; the others follow. */
  shadeStart: Map<string, number>;
}

/**
 * Reduces the shared image to the colours a palette has room for beside the text shades: the
 * most frequent colours are kept, and the few others (anti-aliased edges) take the nearest.
 */
function toPalette(pixels: Uint8Array, room: number): { indices: Uint8Array; palette: number[][] } {
  const counts = new Map<number, number>();
  for (let at = 0; at < pixels.length; at += 3) {
    const colour = (pixels[at]! << 16) | (pixels[at + 1]! << 8) | pixels[at + 2]!;
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  const kept = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, room);
  const palette = kept.map(([colour]) => [(colour >> 16) & 255, (colour >> 8) & 255, colour & 255]);
  const indexOf = new Map<number, number>();
  for (const [colour] of counts) {
    const [r, g, b] = [(colour >> 16) & 255, (colour >> 8) & 255, colour & 255];
    let best = 0;
    let bestDistance = Infinity;
    palette.forEach(([pr = 0, pg = 0, pb = 0], index) => {
      const distance = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
      if (distance < bestDistance) [best, bestDistance] = [index, distance];
    });
    indexOf.set(colour, best);
  }
  const indices = new Uint8Array(pixels.length / 3);
  for (let pixel = 0; pixel < indices.length; pixel += 1) {
    const at = pixel * 3;
    indices[pixel] = indexOf.get((pixels[at]! << 16) | (pixels[at + 1]! << 8) | pixels[at + 2]!)!;
  }
  return { indices, palette };
}

const frames = new Map<string, Promise<Frame>>();

function frameFor(spec: CardSpec): Promise<Frame> {
  const key = JSON.stringify([spec.siteName, spec.tagline]);
  let frame = frames.get(key);
  if (!frame) {
    frame = (async () => {
      const metrics = cardMetrics();
      const backdrop = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${cardBackdropSvg(metrics)}</svg>`;
      const raw = await sharp(Buffer.from(backdrop)).removeAlpha().raw().toBuffer();
      const pixels = new Uint8Array(raw.buffer, raw.byteOffset, raw.length);
      // The shared text is blended in full colour, before the reduction to a palette.
      for (const run of cardFrameText(spec, metrics)) {
        const colour = rgb(run.colour);
        await coverRun(run, { stride: width, offset: 0 }, (index, coverage) => {
          for (let channel = 0; channel < 3; channel += 1) {
            const at = index * 3 + channel;
            pixels[at] = (pixels[at]! + ((colour[channel]! - pixels[at]!) * coverage + 127) / 255) | 0;
          }
        });
      }
      const { indices, palette } = toPalette(pixels, 256 - shades * textColours.length);
      const ground = rgb(cardColours.brand);
      const groundIndex = palette.findIndex(([r, g, b]) => r === ground[0] && g === ground[1] && b === ground[2]);
      if (groundIndex < 0) throw new Error('The card backdrop lost its brand colour in the palette.');
      const shadeStart = new Map<string, number>();
      for (const hex of textColours) {
        const colour = rgb(hex);
        shadeStart.set(hex, palette.length);
        for (let shade = 1; shade <= shades; shade += 1)
          palette.push(ground.map((value, channel) => Math.round(value + ((colour[channel]! - value) * shade) / shades)));
      }
      return { rows: toPngRows(indices, width, height), palette: Uint8Array.from(palette.flat()), ground: groundIndex, shadeStart };
    })();
    frames.set(key, frame);
  }
  return frame;
}

/** Image data of finished cards, reused: a fresh 750 kB buffer per card cost more than drawing it. */
const spare: Uint8Array[] = [];
/** Where a pixel is in a card's PNG rows: after each row's filter byte. */
const cardLayout = { stride: rowBytes(width), offset: 1 };

/** The card as a 1200×630 palette PNG. */
export async function renderCard(spec: CardSpec): Promise<Buffer> {
  const frame = await frameFor(spec);
  const rows = spare.pop() ?? new Uint8Array(frame.rows.length);
  try {
    rows.set(frame.rows);
    for (const run of cardText(spec, cardMetrics())) {
      const start = frame.shadeStart.get(run.colour);
      if (start === undefined) throw new Error(`The card has no shades for the text colour ${run.colour}.`);
      const end = start + shades;
      await coverRun(run, cardLayout, (index, coverage) => {
        const shade = ((coverage * shades + 127) / 255) | 0;
        if (shade === 0) return;
        const current = rows[index]!;
        // Over the ground, or over a fainter shade of the same colour where two glyphs touch.
        if (current === frame.ground || (current >= start && current < end && current - start + 1 < shade)) rows[index] = start + shade - 1;
      });
    }
    return await encodePngRows({ width, height, palette: frame.palette, rows });
  } finally {
    spare.push(rows);
  }
}
