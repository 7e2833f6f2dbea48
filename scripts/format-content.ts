/**
 * Rewrites every content file in the exact form the CMS writes (key order, quoting, line
 * folding), so that an editor's first save of an entry changes only what they changed.
 * Run it after editing content by hand or with a script: `npm run format:content`.
 * `--check` lists the files that are not in that form and exits 1, without writing.
 *
 * Decap's formatter modules only load through Vite (they use extensionless imports), hence the
 * SSR loader below.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';

const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const vite = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false },
  ssr: { noExternal: [/decap-cms-core/] },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { contentFormatIssues } = (await vite.ssrLoadModule('/scripts/lib/content-format.ts')) as typeof import('./lib/content-format');
  const issues = contentFormatIssues(root);
  for (const issue of issues) {
    if (check) console.log(`not in CMS format: ${issue.file}`);
    else writeFileSync(join(root, issue.file), issue.canonical);
  }
  console.log(check ? `${issues.length} file(s) not in the CMS format.` : `${issues.length} file(s) rewritten.`);
  if (check && issues.length > 0) process.exitCode = 1;
} finally {
  await vite.close();
}
