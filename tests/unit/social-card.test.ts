import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardColours, cardFileName, cardSize, cardTree, titleFontSize, type CardSpec } from '../../src/lib/og/card';
import { cardSection, pageCard, readPageCard } from '../../src/lib/og/page-card';
import { renderCard } from '../../src/lib/og/render-card';
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

describe('cardTree', () => {
  it('returns the section and title as text of the card, and no section when there is none', () => {
    const text = (s: CardSpec) => JSON.stringify(cardTree(s));
    expect(text(spec)).toContain('"Storie"');
    expect(text(spec)).toContain('"Out of the blue"');
    expect(text({ ...spec, section: undefined })).not.toContain('"Storie"');
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
});
