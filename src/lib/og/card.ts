/**
 * The social card of a page (Open Graph and Twitter image): a 1200×630 PNG with the site's
 * name, the page's section and its title, in the site's colours and font. This file is the
 * design, as data, and its layout, as pure functions of the text and the font's metrics;
 * src/lib/node/og/render-card.ts draws it, src/lib/node/og/card-file-name.ts names it, and
 * scripts/build.ts writes one for every page after Astro.
 */

/** The size Facebook, LinkedIn and X recommend for a large card (1.91:1). */
export const cardSize = { width: 1200, height: 630 } as const;

/**
 * The site's colours, from src/styles/tokens.css (a unit test holds the two equal): the card is
 * an image, so it cannot read CSS custom properties.
 */
export const cardColours = {
  brand: '#0b4f55',
  brandStrong: '#123b40',
  brandTint: '#e6f0ee',
  onBrand: '#ffffff',
  accent: '#f2b33d',
} as const;

export interface CardSpec {
  /** The page's title, as in its h1. */
  title: string;
  /** The part of the site the page belongs to (“Storie”); none for top-level pages. */
  section?: string | undefined;
  siteName: string;
  tagline: string;
}

/**
 * Titles run up to 120 characters: the longer the title, the smaller the type, so that the
 * longest still fits in four lines.
 *
 * @example
 * titleFontSize('Storie') // → 76
 */
export function titleFontSize(title: string): number {
  if (title.length <= 40) return 76;
  if (title.length <= 75) return 64;
  return 50;
}

/** The hexagons of the logo (src/components/LogoMark.astro), as SVG paths in a 40×44 box. */
const hexagons = { outer: 'M20 2l17 10v20L20 42 3 32V12z', inner: 'M20 12l8.7 5v10L20 32l-8.7-5V17z' };

/**
 * The card's design in numbers (pixels): margins, the logo, type sizes, line heights, and the
 * widths text wraps at. The title stays clear of the large hexagon on the right.
 */
export const cardDesign = {
  margin: { x: 72, y: 56 },
  logo: { width: 52, height: Math.round((52 * 44) / 40), gap: 20 },
  siteName: { size: 34, weight: 700, letterSpacing: 0.5 },
  section: { size: 32, weight: 700, gapBelow: 18 },
  title: { weight: 700, lineHeight: 1.12, maxWidth: 920, maxLines: 4 },
  rule: { width: 120, height: 8, gapBelow: 22 },
  tagline: { size: 26, weight: 400, maxWidth: 980 },
} as const;

export type CardWeight = 400 | 700;

/** A line of text on the card: where its baseline starts, and how it looks. */
export interface TextRun {
  text: string;
  x: number;
  baseline: number;
  size: number;
  weight: CardWeight;
  colour: string;
  letterSpacing?: number;
}

/** How the layout measures text: the renderer passes the real font's metrics. */
export interface TextMetrics {
  width: (text: string, size: number, weight: CardWeight, letterSpacing?: number) => number;
  /** The font's ascender and descender as fractions of the size (the descender is negative). */
  ascender: number;
  descender: number;
}

/**
 * Breaks a title into lines no wider than `maxWidth`, at spaces, and shortens the last allowed
 * line with an ellipsis when the title does not fit. A word wider than a line is cut.
 *
 * @example
 * wrapText('Pulizia di uffici e spazi comuni', 76, 700, 400, 4, metrics) // → ['Pulizia di', 'uffici e spazi', 'comuni']
 */
export function wrapText(text: string, size: number, weight: CardWeight, maxWidth: number, maxLines: number, metrics: Pick<TextMetrics, 'width'>): string[] {
  const fits = (line: string) => metrics.width(line, size, weight) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A single word wider than the line: cut it where it stops fitting.
    while (!fits(line)) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1] ?? ''}…`;
  while (last.length > 1 && !fits(last)) last = `${last.slice(0, -2).trimEnd()}…`;
  kept[maxLines - 1] = last;
  return kept;
}

/** Where the baseline of a line sits, for a line box `lineBox` pixels high starting at `top`. */
function baselineIn(top: number, lineBox: number, size: number, metrics: TextMetrics): number {
  const content = (metrics.ascender - metrics.descender) * size;
  return top + (lineBox - content) / 2 + metrics.ascender * size;
}

/** The height of a line set at the font's natural line height. */
const naturalLine = (size: number, metrics: TextMetrics) => (metrics.ascender - metrics.descender) * size;

/**
 * What every card shares, as SVG elements: the brand colour, the logo at the top left, a large
 * hexagon, the logo's, bleeding off the right edge, and the accent rule above the tagline.
 */
export function cardBackdropSvg(metrics: Pick<TextMetrics, 'ascender' | 'descender'> = { ascender: 0.984, descender: -0.316 }): string {
  const { width, height } = cardSize;
  const { margin, logo, rule, tagline } = cardDesign;
  const ruleTop = height - margin.y - tagline.size * (metrics.ascender - metrics.descender) - rule.gapBelow - rule.height;
  const hexagon = (x: number, y: number, scale: number, outer: string, inner: string) =>
    `<g transform="translate(${x} ${y}) scale(${scale})"><path d="${hexagons.outer}" fill="${outer}"/><path d="${hexagons.inner}" fill="${inner}"/></g>`;
  return [
    `<rect width="${width}" height="${height}" fill="${cardColours.brand}"/>`,
    hexagon(990, 110, 380 / 40, cardColours.brandStrong, cardColours.brand),
    hexagon(margin.x, margin.y, logo.width / 40, cardColours.onBrand, cardColours.accent),
    `<rect x="${margin.x}" y="${ruleTop.toFixed(2)}" width="${rule.width}" height="${rule.height}" rx="${rule.height / 2}" fill="${cardColours.accent}"/>`,
  ].join('');
}

/**
 * The text every card shares: the site's name beside the logo and the tagline at the foot. The
 * renderer draws these once and lays each card's own text over them.
 */
export function cardFrameText(spec: Pick<CardSpec, 'siteName' | 'tagline'>, metrics: TextMetrics): TextRun[] {
  const { width, height } = cardSize;
  const { margin, logo, siteName, tagline } = cardDesign;
  const taglineLine = naturalLine(tagline.size, metrics);
  const [taglineText = ''] = wrapText(spec.tagline, tagline.size, tagline.weight, Math.min(tagline.maxWidth, width - 2 * margin.x), 1, metrics);
  return [
    {
      text: spec.siteName,
      x: margin.x + logo.width + logo.gap,
      baseline: baselineIn(margin.y, logo.height, siteName.size, metrics),
      size: siteName.size,
      weight: siteName.weight,
      colour: cardColours.onBrand,
      letterSpacing: siteName.letterSpacing,
    },
    {
      text: taglineText,
      x: margin.x,
      baseline: baselineIn(height - margin.y - taglineLine, taglineLine, tagline.size, metrics),
      size: tagline.size,
      weight: tagline.weight,
      colour: cardColours.brandTint,
    },
  ].filter((run) => run.text !== '');
}

/**
 * A card's own text: the section and the title, centred in the space between the header and
 * the rule above the tagline.
 */
export function cardText(spec: Pick<CardSpec, 'title' | 'section'>, metrics: TextMetrics): TextRun[] {
  const { height } = cardSize;
  const { margin, logo, section, title, rule, tagline } = cardDesign;
  const titleSize = titleFontSize(spec.title);
  const lines = wrapText(spec.title, titleSize, title.weight, title.maxWidth, title.maxLines, metrics);
  const sectionLine = naturalLine(section.size, metrics);
  const titleLine = titleSize * title.lineHeight;
  const blockHeight = (spec.section ? sectionLine + section.gapBelow : 0) + lines.length * titleLine;
  const spaceTop = margin.y + logo.height;
  const spaceBottom = height - margin.y - naturalLine(tagline.size, metrics) - rule.gapBelow - rule.height;
  let top = spaceTop + (spaceBottom - spaceTop - blockHeight) / 2;
  const runs: TextRun[] = [];
  if (spec.section) {
    runs.push({
      text: spec.section,
      x: margin.x,
      baseline: baselineIn(top, sectionLine, section.size, metrics),
      size: section.size,
      weight: section.weight,
      colour: cardColours.accent,
    });
    top += sectionLine + section.gapBelow;
  }
  for (const line of lines) {
    runs.push({
      text: line,
      x: margin.x,
      baseline: baselineIn(top, titleLine, titleSize, metrics),
      size: titleSize,
      weight: title.weight,
      colour: cardColours.onBrand,
    });
    top += titleLine;
  }
  return runs;
}
