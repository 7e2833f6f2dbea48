/**
 * The calculator's result, reduced to the figures a request to the network needs, carried from
 * the calculator to the request page in the URL's fragment. A fragment never reaches the server,
 * so a company's figures stay in the browser; and since anyone can write a URL, the reader
 * accepts whole numbers and a date only.
 */
import type { Result } from './calculate';

export interface CalculationSummary {
  base: number;
  quotaArt3: number;
  quotaArt18: number;
  uncoveredArt3: number;
  uncoveredArt18: number;
  art14Min: number;
  art14Max: number;
  /** When the rules used were last checked, YYYY-MM-DD. */
  sourcesCollected: string;
}

const numberFields = ['base', 'quotaArt3', 'quotaArt18', 'uncoveredArt3', 'uncoveredArt18', 'art14Min', 'art14Max'] as const;
const prefix = 'calcolo.';

export function summarise(result: Result, sourcesCollected: string): CalculationSummary {
  return {
    base: result.base,
    quotaArt3: result.quotaArt3,
    quotaArt18: result.quotaArt18,
    uncoveredArt3: result.uncoveredArt3,
    uncoveredArt18: result.uncoveredArt18,
    art14Min: result.art14Positions.min,
    art14Max: result.art14Positions.max,
    sourcesCollected,
  };
}

/**
 * @example
 * summaryToFragment(summary) // → '#calcolo.base=34&calcolo.quotaArt3=1&…&calcolo.sourcesCollected=2026-11-25'
 */
export function summaryToFragment(summary: CalculationSummary): string {
  const params = new URLSearchParams();
  for (const field of numberFields) params.set(prefix + field, String(summary[field]));
  params.set(`${prefix}sourcesCollected`, summary.sourcesCollected);
  return `#${params.toString()}`;
}

/**
 * Reads a summary from a fragment; anything missing or malformed gives `undefined`.
 *
 * @example
 * summaryFromFragment('#calcolo.base=<script>') // → undefined
 */
export function summaryFromFragment(hash: string): CalculationSummary | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const numbers: Partial<Record<(typeof numberFields)[number], number>> = {};
  for (const field of numberFields) {
    const text = params.get(prefix + field) ?? '';
    if (!/^\d{1,7}$/.test(text)) return undefined;
    numbers[field] = Number(text);
  }
  const sourcesCollected = params.get(`${prefix}sourcesCollected`) ?? '';
  // The form only, not parseDay (src/lib/dates.ts): importing that module here would give the
  // calculator and the request page one more script to fetch. The request page shows the day as text.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(sourcesCollected)) return undefined;
  return { ...(numbers as Record<(typeof numberFields)[number], number>), sourcesCollected };
}
