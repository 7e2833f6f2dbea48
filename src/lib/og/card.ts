import { createHash } from 'node:crypto';

/**
 * The social card of a page (Open Graph and Twitter image): a 1200×630 PNG with the site's
 * name, the page's section and its title, in the site's colours and font. This file is the
 * design, as data; render-card.ts turns it into a PNG, and the og-cards integration writes one
 * for every page after the build.
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

/** The family name the renderer registers the self-hosted font files under. */
export const cardFontFamily = 'Atkinson Hyperlegible Next';

export interface CardSpec {
  /** The page's title, as in its h1. */
  title: string;
  /** The part of the site the page belongs to (“Storie”); none for top-level pages. */
  section?: string | undefined;
  siteName: string;
  tagline: string;
}

type Style = Record<string, string | number>;
type CardChild = CardNode | string;

/** A node of the card: the element shape Satori reads (React's, without React). */
export interface CardNode {
  type: string;
  props: { style?: Style; children?: CardChild | CardChild[]; [attribute: string]: unknown };
}

const div = (style: Style, children: CardChild | CardChild[]): CardNode => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

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

/** Where the logo sits on every card, and how wide it is: the header leaves room for it. */
const logo = { left: 72, top: 56, width: 52 } as const;
const logoHeight = Math.round((logo.width * 44) / 40);

/**
 * What every card shares, as SVG elements: the brand colour, the logo at the top left and a large
 * hexagon, the logo's, bleeding off the right edge. They go under the text as plain paths: drawn
 * as Satori images they took longer than the text itself.
 */
export function cardBackdropSvg(): string {
  const { width, height } = cardSize;
  const hexagon = (x: number, y: number, scale: number, outer: string, inner: string) =>
    `<g transform="translate(${x} ${y}) scale(${scale})"><path d="${hexagons.outer}" fill="${outer}"/><path d="${hexagons.inner}" fill="${inner}"/></g>`;
  return [
    `<rect width="${width}" height="${height}" fill="${cardColours.brand}"/>`,
    hexagon(990, 110, 380 / 40, cardColours.brandStrong, cardColours.brand),
    hexagon(logo.left, logo.top, logo.width / 40, cardColours.onBrand, cardColours.accent),
  ].join('');
}

/**
 * The card's text as a tree of elements, laid over the backdrop: the site's name beside the logo
 * at the top, the section and the title in the middle, the tagline at the foot under an accent
 * rule. The title stays clear of the large hexagon on the right.
 */
export function cardTree(spec: CardSpec): CardNode {
  const { width, height } = cardSize;
  const header = div({ alignItems: 'center', gap: 20, height: logoHeight }, [
    div({ width: logo.width, height: logoHeight }, []),
    div({ fontSize: 34, fontWeight: 700, letterSpacing: 0.5 }, spec.siteName),
  ]);
  const middle = div({ flexDirection: 'column', maxWidth: 920 }, [
    ...(spec.section ? [div({ fontSize: 32, fontWeight: 700, color: cardColours.accent, marginBottom: 18 }, spec.section)] : []),
    {
      type: 'div',
      props: {
        style: { display: 'block', fontSize: titleFontSize(spec.title), fontWeight: 700, lineHeight: 1.12, lineClamp: 4 },
        children: spec.title,
      },
    },
  ]);
  const footer = div({ flexDirection: 'column', gap: 22 }, [
    div({ width: 120, height: 8, backgroundColor: cardColours.accent, borderRadius: 4 }, []),
    div({ fontSize: 26, color: cardColours.brandTint, maxWidth: 980 }, spec.tagline),
  ]);
  return div(
    {
      flexDirection: 'column',
      justifyContent: 'space-between',
      boxSizing: 'border-box',
      width,
      height,
      padding: `${logo.top}px ${logo.left}px`,
      color: cardColours.onBrand,
      fontFamily: cardFontFamily,
    },
    [header, middle, footer],
  );
}

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
    .update(JSON.stringify(cardTree(spec)))
    .digest('hex')
    .slice(0, 16)}.png`;
}
