/**
 * `npm run bench`: builds the real project with generated content at several sizes (100, 1,000,
 * 5,000 and 10,000 entries by default; pass sizes as arguments to choose), each in a temporary
 * copy of the project so the repository stays clean, and writes BENCHMARKS.md.
 *
 * For each size: the cold build (time, pages per second, peak memory), the rebuild after one
 * story changes, the Pagefind indexing time and index size, the bytes and requests of a first
 * search query, and the same entries built with a bare template, as a ratio. Lighthouse runs
 * on the real site, five times per page.
 *
 * `npm run bench -- --search-only 5000` measures only the first search query (one cold build per
 * size, no rebuild, bare template or Lighthouse) and rewrites only that table of BENCHMARKS.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './lib/chromium';
import { projectWithContent } from './lib/project-copy';
import { serveStatic } from './lib/static-server';
import { bareTemplateProject } from './bench/bare-template';
import { generateContent } from './bench/generate-content';
import { runLighthouse, type LighthouseResult } from './bench/lighthouse';
import { t } from '../src/i18n/t';
import { localizedUrls } from '../src/lib/urls';
import { folderBytes, measureFirstQuery, queryParts, runBuild, type BuildResult, type QueryCost } from './bench/measure';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const searchOnly = args.includes('--search-only');
const sizes = args.map(Number).filter((n) => n > 0);
const runSizes = sizes.length > 0 ? sizes : [100, 1000, 5000, 10000];

interface Row {
  entries: number;
  mix: { services: number; stories: number; news: number };
  cold: BuildResult;
  rebuild: BuildResult;
  bare: BuildResult;
  index: { bytes: number; files: number };
  query: QueryCost;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;

/** Serves a built site with compression and measures a first query on /cerca/. */
async function firstQuery(dist: string): Promise<QueryCost> {
  const site = await serveStatic(dist, { compress: true });
  const browser = await launchChromium();
  try {
    const describe = (language: string, cost: QueryCost) =>
      console.log(
        `  first ${language} query ${kb(cost.bytes)} in ${cost.requests} requests (${queryParts.map((part) => `${part} ${kb(cost.byKind[part])}`).join(', ')}), ${cost.coldMs.toFixed(0)} ms; again ${cost.warmMs.toFixed(0)} ms; another ${cost.otherMs.toFixed(0)} ms; facet counts ${kb(cost.countsBytes)} in ${cost.countsRequests} requests`,
      );
    const query = await measureFirstQuery(browser, site.url, 'pulizie uffici', 'percorso inserimento');
    describe('Italian', query);
    // The English index is its own (Pagefind splits by <html lang>): its first query costs apart.
    describe(
      'English',
      await measureFirstQuery(browser, site.url, 'office cleaning', 'job placement', {
        path: localizedUrls('en').search(),
        label: t('searchPage.label', {}, 'en'),
      }),
    );
    return query;
  } finally {
    await browser.close();
    await site.close();
  }
}

async function benchSize(entries: number): Promise<Row> {
  const project = projectWithContent(join(root, 'content'));
  const bare = bareTemplateProject();
  try {
    const mix = generateContent(join(project.root, 'content'), entries);
    generateContent(join(bare.root, 'content'), entries);
    console.log(`\n${entries} entries (${mix.services} services, ${mix.stories} stories, ${mix.news} news)`);

    const cold = await runBuild(project.root);
    console.log(`  cold build ${s(cold.seconds)}, ${cold.pages} pages, peak ${cold.peakMb.toFixed(0)} MB, Pagefind ${s(cold.pagefindSeconds)}`);

    const story = join(project.root, 'content/stories/bench-stories-5/index.md');
    writeFileSync(story, readFileSync(story, 'utf8').replace('## Il percorso', '## Il percorso, aggiornato'));
    const rebuild = await runBuild(project.root);
    console.log(`  rebuild after one edit ${s(rebuild.seconds)}`);

    const index = folderBytes(join(project.root, 'dist/pagefind'));
    const query = await firstQuery(join(project.root, 'dist'));

    const bareBuild = await runBuild(bare.root);
    console.log(`  bare template ${s(bareBuild.seconds)} (ratio ${(cold.seconds / bareBuild.seconds).toFixed(2)})`);
    return { entries, mix, cold, rebuild, bare: bareBuild, index, query };
  } finally {
    project.remove();
    bare.remove();
  }
}

/** `--search-only`: one cold build per size, then the first query. */
async function benchSearch(entries: number): Promise<Pick<Row, 'entries' | 'query'>> {
  const project = projectWithContent(join(root, 'content'));
  try {
    generateContent(join(project.root, 'content'), entries);
    console.log(`\n${entries} entries`);
    const cold = await runBuild(project.root);
    console.log(`  cold build ${s(cold.seconds)}, ${cold.pages} pages`);
    return { entries, query: await firstQuery(join(project.root, 'dist')) };
  } finally {
    project.remove();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Lighthouse on the real site: the pages the performance goals name. */
async function lighthouseRealSite(): Promise<LighthouseResult[]> {
  const project = projectWithContent(join(root, 'content'));
  try {
    await runBuild(project.root);
    const site = await serveStatic(join(project.root, 'dist'), { compress: true });
    try {
      return await runLighthouse(site.url, ['/', '/servizi/', '/storie/out-of-the-blue/', '/cerca/']);
    } finally {
      await site.close();
    }
  } finally {
    project.remove();
  }
}

const searchHeading = '## First search query';

/** The first-query table, with its heading and a blank line after it. */
function searchSection(rows: Pick<Row, 'entries' | 'query'>[]): string[] {
  return [
    searchHeading,
    '',
    'On /cerca/, from typing «pulizie uffici» to results on screen, on localhost with compression',
    '(brotli or gzip for text, as a CDN serves it; Pagefind’s index files are compressed already).',
    'The facet counts need Pagefind’s filter index, which loads after the results: its bytes are',
    'shown apart, counted until every count is on screen and the network is quiet.',
    '',
    '| entries | bytes (wire) | requests | to results | same query, index loaded | another query | facet counts after |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.entries} | ${kb(r.query.bytes)} | ${r.query.requests} | ${r.query.coldMs.toFixed(0)} ms | ${r.query.warmMs.toFixed(0)} ms | ${r.query.otherMs.toFixed(0)} ms | ${kb(r.query.countsBytes)} in ${r.query.countsRequests} requests |`,
    ),
    '',
    'Where the bytes of the first query go (on the wire):',
    '',
    `| entries | ${queryParts.join(' | ')} |`,
    `| ---: | ${queryParts.map(() => '---:').join(' | ')} |`,
    ...rows.map((r) => `| ${r.entries} | ${queryParts.map((part) => kb(r.query.byKind[part])).join(' | ')} |`),
    '',
  ];
}

function report(rows: Row[], lighthouseRows: LighthouseResult[]): string {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}`;
  const lines = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, on ${machine}.`,
    'Each size is the real project (real layout, content check, CMS bundle, sitemap, Pagefind) with',
    'generated Italian entries in the same Markdown and content blocks as real ones: of every 20',
    'entries, 4 services, 9 stories and 7 news items, on top of the real content.',
    '',
    '## Build',
    '',
    '| entries | pages | cold build | pages/s | peak memory | rebuild after one edit | Pagefind | index size | bare template | ratio |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.entries} | ${r.cold.pages} | ${s(r.cold.seconds)} | ${(r.cold.pages / r.cold.seconds).toFixed(0)} | ${r.cold.peakMb.toFixed(0)} MB | ${s(r.rebuild.seconds)} | ${s(r.cold.pagefindSeconds)} | ${(r.index.bytes / 1024 / 1024).toFixed(1)} MB, ${r.index.files} files | ${s(r.bare.seconds)} | ${(r.cold.seconds / r.bare.seconds).toFixed(2)} |`,
    ),
    '',
    ...searchSection(rows),
    '## Lighthouse',
    '',
    'The real site (real content), built with `npm run build`, served with compression, in Debian’s',
    'Chromium with Lighthouse’s default mobile emulation, simulated slow 4G and 4× CPU slowdown.',
    'Each page was measured five times; the run with the median performance score is shown.',
    `Lighthouse rated this machine’s speed (its benchmark index) ${lighthouseRows.map((r) => r.benchmarkIndex.toFixed(0)).join(', ')}.`,
    '',
    '| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | transfer | requests |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...lighthouseRows.map(
      (r) =>
        `| ${r.path} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores.bestPractices} | ${r.scores.seo} | ${(r.lcpMs / 1000).toFixed(2)} s | ${r.tbtMs.toFixed(0)} ms | ${r.cls.toFixed(3)} | ${r.transferKb.toFixed(1)} KB | ${r.requests} |`,
    ),
    '',
    `Median transfer per page: ${median(lighthouseRows.map((r) => r.transferKb)).toFixed(1)} KB.`,
    '',
  ];
  return lines.join('\n');
}

const file = join(root, 'BENCHMARKS.md');
const previous = (() => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
})();

if (searchOnly) {
  const rows: Pick<Row, 'entries' | 'query'>[] = [];
  for (const size of runSizes) rows.push(await benchSearch(size));
  // Only the search table is replaced: the build and Lighthouse figures stay from their last run.
  const start = previous.indexOf(searchHeading);
  if (start < 0) {
    console.error(`${file} has no «${searchHeading}» section: run the full benchmark first.`);
    process.exit(1);
  }
  // The section ends where the next one, or the hand-written analysis, begins.
  const ends = ['\n## ', '\n<!-- analysis -->'].map((next) => previous.indexOf(next, start + searchHeading.length)).filter((at) => at >= 0);
  const end = ends.length > 0 ? Math.min(...ends) + 1 : previous.length;
  writeFileSync(file, `${previous.slice(0, start)}${searchSection(rows).join('\n')}${previous.slice(end)}`);
  console.log(`\nWrote the search table of ${file}`);
} else {
  const lighthouseRows = await lighthouseRealSite();
  for (const r of lighthouseRows)
    console.log(
      `Lighthouse ${r.path}: ${Object.values(r.scores).join('/')}, LCP ${(r.lcpMs / 1000).toFixed(2)} s, TBT ${r.tbtMs.toFixed(0)} ms, CLS ${r.cls.toFixed(3)}, ${r.transferKb.toFixed(1)} KB`,
    );
  const rows: Row[] = [];
  for (const size of runSizes) rows.push(await benchSize(size));
  const text = report(rows, lighthouseRows);
  // Hand-written analysis lives below this marker and is kept across runs.
  const marker = '<!-- analysis -->';
  const analysis = previous.includes(marker) ? previous.slice(previous.indexOf(marker)) : `${marker}\n`;
  writeFileSync(file, `${text}\n${analysis}`);
  console.log(`\nWrote ${file}`);
}
