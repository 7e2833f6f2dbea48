/**
 * Measurements for the benchmark: a build's wall time and peak memory, and what the first search
 * query costs a visitor (bytes on the wire, requests, time).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Request } from 'playwright-core';

export interface BuildResult {
  seconds: number;
  peakMb: number;
  pages: number;
  pagefindSeconds: number;
  output: string;
}

/** Resident memory of a process and its descendants, in bytes, from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  let total = 0;
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      const pages = Number(fields[21]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      rss.set(Number(entry), pages * 4096);
    } catch {
      // the process ended while we looked
    }
  }
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() ?? 0;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs the real build (`npm run build`) in a project folder, sampling its memory every 100 ms. */
export function runBuild(root: string, extraArgs: string[] = [], env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/build.ts'), ...extraArgs], {
      cwd: root,
      // node_modules is shared with the repository: each copy keeps its build cache to itself.
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', JPN_CACHE_DIR: join(root, '.astro-cache'), ...env },
    });
    let output = '';
    let peak = 0;
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const sampler = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, 100);
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code !== 0) {
        reject(new Error(`astro build failed (${code}):\n${output.slice(-3000)}`));
        return;
      }
      const pagefind = /Search index: \d+ pages in ([\d.]+) s/.exec(output);
      const pages = /(\d+) page\(s\) built/.exec(output);
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakMb: peak / 1024 / 1024,
        pages: Number(pages?.[1] ?? 0),
        pagefindSeconds: Number(pagefind?.[1] ?? 0),
        output,
      });
    });
  });
}

/** Total size of a folder, in bytes. */
export function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}

export interface QueryCost {
  /** Bytes on the wire (compressed as the server sent them) for what the results needed. */
  bytes: number;
  requests: number;
  /** From typing the query to the results being on screen, on localhost. */
  coldMs: number;
  /** The same query again with the index loaded: Pagefind's search plus the first 10 results. */
  warmMs: number;
  /** A different query, which may need index chunks not loaded yet. */
  otherMs: number;
  /** Bytes and requests fetched after the first results show until the facet counts do (Pagefind's filter index). */
  countsBytes: number;
  countsRequests: number;
  /** Where the first query's bytes go (see `queryPart`). */
  byKind: Record<QueryPart, number>;
}

export const queryParts = ['Pagefind JS', 'WebAssembly', 'meta index', 'word index', 'result fragments', 'site JS', 'other'] as const;
export type QueryPart = (typeof queryParts)[number];

/** What a file fetched for a query is: Pagefind's code, its index (meta, words, fragments), or ours. */
export function queryPart(url: string): QueryPart {
  const { pathname } = new URL(url);
  if (/\/pagefind\/(pagefind|pagefind-worker)\.js$/.test(pathname)) return 'Pagefind JS';
  if (/\/pagefind\/wasm\.[^/]+\.pagefind$/.test(pathname)) return 'WebAssembly';
  if (/\/pagefind\/(pagefind-entry\.json|[^/]+\.pf_meta)$/.test(pathname)) return 'meta index';
  if (pathname.includes('/pagefind/index/')) return 'word index';
  if (pathname.includes('/pagefind/fragment/')) return 'result fragments';
  if (pathname.startsWith('/_astro/') && pathname.endsWith('.js')) return 'site JS';
  return 'other';
}

/**
 * Resolves once no request of the context has been in flight for `quietMs`. Playwright's
 * `waitForLoadState('networkidle')` cannot tell: a page that was idle once stays «idle» for it,
 * whatever it fetches afterwards.
 */
function trackRequests(context: BrowserContext): { settled: (quietMs?: number) => Promise<void> } {
  const pending = new Set<Request>();
  let lastChange = performance.now();
  const done = (request: Request) => {
    pending.delete(request);
    lastChange = performance.now();
  };
  context.on('request', (request) => {
    pending.add(request);
    lastChange = performance.now();
  });
  context.on('requestfinished', done);
  context.on('requestfailed', done);
  return {
    settled: async (quietMs = 500) => {
      while (pending.size > 0 || performance.now() - lastChange < quietMs) await new Promise((resolve) => setTimeout(resolve, 50));
    },
  };
}

/**
 * The cost of a visitor's first query on /cerca/: opens the page, waits for it to settle, then
 * counts every response from the moment the query is typed until the results and the facet counts
 * are on screen and the network is quiet, with the sizes Chromium received. The filter index,
 * which only the counts need, is reported apart.
 */
export async function measureFirstQuery(
  browser: Browser,
  baseUrl: string,
  query: string,
  secondQuery: string,
  /** The search page and its field's label: the Italian one, or a language's (/en/search/). */
  searchPage: { path: string; label: string } = { path: '/cerca/', label: 'Cosa cerchi?' },
): Promise<QueryCost> {
  const context = await browser.newContext();
  const network = trackRequests(context);
  const page = await context.newPage();
  let counting = false;
  const fetched: Promise<{ url: string; bytes: number }>[] = [];
  // Context-level events include what Pagefind's web worker fetches; sizes are as received (encoded).
  context.on('requestfinished', (request) => {
    // Chromium asks for the tab's icon whenever it likes: that is no cost of the search.
    if (counting && !request.url().endsWith('/favicon.svg'))
      fetched.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize })));
  });
  await page.goto(`${baseUrl}${searchPage.path}`, { waitUntil: 'networkidle' });
  await network.settled();
  counting = true;
  const typed = performance.now();
  await page.getByLabel(searchPage.label).fill(query);
  await page.getByLabel(searchPage.label).press('Enter');
  await page.locator('.search__result').first().waitFor({ timeout: 60_000 });
  const coldMs = performance.now() - typed;
  // The counts are on screen when every filter value shows one; then the network goes quiet.
  await page.waitForFunction(() => [...document.querySelectorAll('[data-count]')].every((count) => count.textContent !== ''), undefined, { timeout: 60_000 });
  await network.settled();
  counting = false;
  const all = await Promise.all(fetched);
  // The query has no filter, so its results need none of the filter index: that is what the counts cost.
  const isFilterIndex = (url: string) => url.includes('/pagefind/filter/');
  const results = all.filter((r) => !isFilterIndex(r.url));
  const counts = all.filter((r) => isFilterIndex(r.url));
  const timeQuery = (term: string) =>
    page.evaluate(async (t) => {
      const path = '/pagefind/pagefind.js';
      const pagefind = (await import(/* @vite-ignore */ path)) as { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> };
      const t0 = performance.now();
      const search = await pagefind.search(t);
      await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
      return performance.now() - t0;
    }, term);
  const warmMs = await timeQuery(query);
  const otherMs = await timeQuery(secondQuery);
  await context.close();
  const sum = (list: { bytes: number }[]) => list.reduce((total, r) => total + r.bytes, 0);
  const byKind = Object.fromEntries(queryParts.map((part) => [part, sum(results.filter((r) => queryPart(r.url) === part))])) as Record<QueryPart, number>;
  return { bytes: sum(results), requests: results.length, coldMs, warmMs, otherMs, countsBytes: sum(counts), countsRequests: counts.length, byKind };
}
