/**
 * Lighthouse on the built site, in Debian's Chromium (no browser download), with its default
 * mobile emulation and simulated slow 4G. Used by `npm run bench`; prints nothing itself.
 *
 * Each page is measured `runs` times and the run with the median performance score is kept, as
 * Lighthouse's own guidance on variability advises: on a 2-core machine the browser's own work
 * (unattributed long tasks, multiplied by the simulated 4× CPU slowdown) moves Total Blocking Time
 * by 100–300 ms from one run to the next, and the score with it.
 * @see https://github.com/GoogleChrome/lighthouse/blob/main/docs/variability.md
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../lib/chromium';

export interface LighthouseResult {
  path: string;
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
  lcpMs: number;
  tbtMs: number;
  cls: number;
  transferKb: number;
  requests: number;
  /** Lighthouse's measure of this machine's speed (its CPU slowdown is calibrated for about 1000–2000). */
  benchmarkIndex: number;
}

async function measure(port: number, baseUrl: string, path: string): Promise<LighthouseResult> {
  const run = await lighthouse(`${baseUrl}${path}`, { port, output: 'json', logLevel: 'error' });
  if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
  const { categories, audits, environment } = run.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const items = (audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items ?? [];
  return {
    path,
    scores: { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') },
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    tbtMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
    cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    transferKb: (audits['total-byte-weight']?.numericValue ?? 0) / 1024,
    requests: items.length,
    benchmarkIndex: environment.benchmarkIndex,
  };
}

export async function runLighthouse(baseUrl: string, paths: string[], runs = 5): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumFlags],
  });
  const results: LighthouseResult[] = [];
  try {
    for (const path of paths) {
      const measured: LighthouseResult[] = [];
      for (let run = 0; run < runs; run += 1) measured.push(await measure(chrome.port, baseUrl, path));
      measured.sort((a, b) => a.scores.performance - b.scores.performance);
      results.push(measured[Math.floor(measured.length / 2)] ?? measured[0]!);
    }
  } finally {
    chrome.kill();
  }
  return results;
}
