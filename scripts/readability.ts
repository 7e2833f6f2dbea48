/**
 * `npm run readability [-- /path/ …]`: the Gulpease index and the longest sentence of the main text
 * of built pages (dist/, or JPN_OUT_DIR), with the same functions the content check and the tests
 * use. Without paths, every page; prints a table, worst first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readability } from '../src/lib/readability';
import { mainTextBlocks } from './lib/page-text';
import { listBuiltPages } from './lib/built-pages';

const dist = process.env['JPN_OUT_DIR'] ?? join(import.meta.dirname, '..', 'dist');
if (!existsSync(dist)) {
  console.error(`readability: no built site in ${dist}. Run npm run build first.`);
  process.exit(1);
}
const wanted = process.argv.slice(2);
const pages = listBuiltPages(dist).filter((page) => !page.path.startsWith('/admin/') && (wanted.length === 0 || wanted.includes(page.path)));
const rows = pages
  .map((page) => ({ path: page.path, ...readability(mainTextBlocks(readFileSync(page.file, 'utf8'))) }))
  .filter((row) => row.words > 0)
  .sort((a, b) => a.gulpease - b.gulpease);
for (const row of rows) {
  console.log(`${row.gulpease.toFixed(1).padStart(5)}  ${String(row.longest.words).padStart(3)} words  ${row.path}`);
  if (wanted.length > 0) console.log(`       longest: «${row.longest.text}»`);
}
