import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../support/contrast';

const tokens = Object.fromEntries(
  [...readFileSync(join(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8').matchAll(/--(jpn-color-[a-z-]+):\s*(#[0-9a-f]{6})/g)].map((m) => [
    m[1],
    m[2],
  ]),
);
const color = (name: string) => {
  const value = tokens[name];
  if (!value) throw new Error(`No token --${name}`);
  return value;
};

describe('design tokens', () => {
  // Every pair the site uses for text. The brief asks 7:1 for body text; we hold all text to it.
  it.each([
    ['jpn-color-text', 'jpn-color-bg'],
    ['jpn-color-text', 'jpn-color-surface'],
    ['jpn-color-text-muted', 'jpn-color-bg'],
    ['jpn-color-text-muted', 'jpn-color-surface'],
    ['jpn-color-brand', 'jpn-color-bg'],
    ['jpn-color-brand', 'jpn-color-surface'],
    ['jpn-color-brand-strong', 'jpn-color-brand-tint'],
    ['jpn-color-on-brand', 'jpn-color-brand'],
    ['jpn-color-on-brand', 'jpn-color-brand-strong'],
    ['jpn-color-accent-text', 'jpn-color-accent-tint'],
    ['jpn-color-text', 'jpn-color-accent-tint'],
    ['jpn-color-text', 'jpn-color-brand-tint'],
    ['jpn-color-focus-text', 'jpn-color-focus'],
    ['jpn-color-text', 'jpn-color-accent'],
    ['jpn-color-error', 'jpn-color-bg'],
    ['jpn-color-error', 'jpn-color-surface'],
  ])('returns at least 7:1 for %s on %s', (foreground, background) => {
    expect(contrastRatio(color(foreground), color(background))).toBeGreaterThanOrEqual(7);
  });
});

describe('contrastRatio', () => {
  it('returns 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0b4f55', '#0b4f55')).toBeCloseTo(1, 5);
  });
});
