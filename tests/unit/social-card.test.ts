import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardColours, cardDesign, cardFrameText, cardSize, cardText, titleFontSize, wrapText, type CardSpec, type TextMetrics } from '../../src/lib/og/card';
import { cardSection, pageCard, readPageCard } from '../../src/lib/og/page-card';
import { cardFileName } from '../../src/lib/node/og/card-file-name';
import { cardMetrics, renderCard } from '../../src/lib/node/og/render-card';
import { pngSize } from '../support/png';

const spec: CardSpec = { title: 'Out of the blue', section: 'Storie', siteName: 'Job Placement Network', tagline: 'Rete di cooperative sociali' };

describe('titleFontSize', () => {
  it.each([
    // A one-word section title gets the largest type…
    ['Servizi', 76],
    // …40 characters still do…
    ['x'.repeat(40), 76],
    // …a typical story title is smaller…
    ['x'.repeat(75), 64],
    // …and the longest the schema allows (120) the smallest.
    ['x'.repeat(120), 50],
  ])('returns the type size for %s', (title, size) => {
    expect(titleFontSize(title)).toBe(size);
  });
});

describe('cardColours', () => {
  const tokens = readFileSync(join(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');
  it.each([
    ['brand', 'jpn-color-brand'],
    ['brandStrong', 'jpn-color-brand-strong'],
    ['brandTint', 'jpn-color-brand-tint'],
    ['onBrand', 'jpn-color-on-brand'],
    ['accent', 'jpn-color-accent'],
  ] as const)('returns for %s the value of --%s in tokens.css', (name, token) => {
    expect(tokens).toContain(`--${token}: ${cardColours[name]};`);
  });
});

/** Every character 10 px wide at any size: lines are easy to count by hand. */
const monospace: TextMetrics = { width: (text) => [...text].length * 10, ascender: 0.8, descender: -0.2 };

describe('wrapText', () => {
  it.each([
    // Words stay whole while they fit: 10 px a character, 100 px a line.
    ['uno due tre quattro', 100, 4, ['uno due', 'tre', 'quattro']],
    // A word wider than a line is cut where it stops fitting.
    ['precipitevolissimevolmente', 100, 4, ['precipitev', 'olissimevo', 'lmente']],
    // Past the last line, the last one ends with an ellipsis that still fits.
    ['uno due tre quattro cinque sei', 100, 2, ['uno due', 'tre…']],
    // Extra spaces count once.
    ['  uno   due  ', 100, 4, ['uno due']],
  ])('returns %j in lines of %i px, at most %i', (text, maxWidth, maxLines, lines) => {
    expect(wrapText(text, 76, 700, maxWidth, maxLines, monospace)).toEqual(lines);
  });
});

describe('cardText', () => {
  it('returns the section above the title, both at the left margin, within the space between header and rule', () => {
    const runs = cardText(spec, cardMetrics());
    expect(runs.map((run) => [run.text, run.colour])).toEqual([
      ['Storie', cardColours.accent],
      ['Out of the blue', cardColours.onBrand],
    ]);
    expect(runs.every((run) => run.x === cardDesign.margin.x)).toBe(true);
    const [section, title] = runs;
    expect(section!.baseline).toBeLessThan(title!.baseline);
    expect(section!.baseline - section!.size).toBeGreaterThan(cardDesign.margin.y + cardDesign.logo.height);
    expect(title!.baseline).toBeLessThan(cardSize.height - 120);
  });

  it('returns no section run when the page has none, and at most four title lines, the last shortened', () => {
    expect(cardText({ ...spec, section: undefined }, cardMetrics()).map((run) => run.text)).toEqual(['Out of the blue']);
    const long = cardText({ title: 'parola '.repeat(40).trim() }, cardMetrics());
    expect(long).toHaveLength(cardDesign.title.maxLines);
    expect(long.at(-1)?.text.endsWith('…')).toBe(true);
    for (const run of long) expect(cardMetrics().width(run.text, run.size, run.weight)).toBeLessThanOrEqual(cardDesign.title.maxWidth);
  });
});

describe('cardFrameText', () => {
  it('returns the site name beside the logo and the tagline at the foot', () => {
    const [name, tagline] = cardFrameText(spec, cardMetrics());
    expect(name).toMatchObject({ text: 'Job Placement Network', x: cardDesign.margin.x + cardDesign.logo.width + cardDesign.logo.gap });
    expect(tagline).toMatchObject({ text: 'Rete di cooperative sociali', x: cardDesign.margin.x, colour: cardColours.brandTint });
    expect(tagline!.baseline).toBeGreaterThan(cardSize.height - cardDesign.margin.y - tagline!.size);
  });
});

describe('cardFileName', () => {
  it.each([
    // The same text gives the same name, build after build…
    [spec, spec, true],
    // …another title another name…
    [spec, { ...spec, title: 'Out of the blue, di nuovo' }, false],
    // …and so does another section.
    [spec, { ...spec, section: 'Notizie ed eventi' }, false],
  ])('returns names that differ exactly when the cards do (%#)', (a, b, same) => {
    expect(cardFileName(a) === cardFileName(b)).toBe(same);
    expect(cardFileName(a)).toMatch(/^[0-9a-f]{16}\.png$/);
  });
});

describe('cardSection', () => {
  it.each([
    // The home page has no breadcrumbs…
    [undefined, undefined],
    // …a section's own page names no section above it…
    [[{ label: 'Home' }, { label: 'Storie' }], undefined],
    // …a page below a section shows it.
    [[{ label: 'Home' }, { label: 'Servizi' }, { label: 'Pulizie' }, { label: 'Pulizia uffici' }], 'Servizi'],
  ])('returns for %j the section %s', (crumbs, section) => {
    expect(cardSection(crumbs)).toBe(section);
  });
});

describe('readPageCard', () => {
  it('returns the og:image path and the card text, entities decoded', () => {
    const html =
      '<head><meta property="og:type" content="article"><meta property="og:image" content="https://x.org/og/ab12.png" data-card-title="L&#39;agenzia &amp; &quot;la rete&quot; &lt;3" data-card-section="Storie"></head>';
    expect(readPageCard(html)).toEqual({ path: '/og/ab12.png', spec: pageCard('L\'agenzia & "la rete" <3', 'Storie') });
  });

  it('returns the card in the page’s language, from <html lang>', () => {
    const html = '<html lang="en" dir="ltr"><head><meta property="og:image" content="https://x.org/og/a.png" data-card-title="Stories"></head>';
    expect(readPageCard(html)?.spec).toEqual(pageCard('Stories', undefined, 'en'));
    expect(readPageCard(html)?.spec.tagline).not.toBe(pageCard('Stories', undefined).tagline);
  });

  it('returns no section when the tag has none', () => {
    expect(readPageCard('<meta property="og:image" content="https://x.org/og/a.png" data-card-title="Servizi">')?.spec.section).toBeUndefined();
  });

  it('returns undefined for a page without a card', () => {
    expect(readPageCard('<head><title>Admin</title></head>')).toBeUndefined();
  });
});

describe('renderCard', () => {
  it('returns a 1200×630 PNG, drawn offline from the site font', async () => {
    const png = await renderCard(spec);
    expect(pngSize(png)).toEqual(cardSize);
    // Text was drawn: a card of the backdrop alone compresses to far less.
    const empty = await renderCard({ ...spec, title: '', section: undefined, siteName: '', tagline: '' });
    expect(png.length).toBeGreaterThan(empty.length + 5_000);
  });

  it('returns the same bytes for the same card, and other bytes for another title', async () => {
    const [a, b, c] = await Promise.all([renderCard(spec), renderCard(spec), renderCard({ ...spec, title: 'Out of the blue!' })]);
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
  });
});
