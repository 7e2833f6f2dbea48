import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { CheckedEntry } from '../lib/content-check/entries';
import { checkContent } from '../lib/node/content-check/check-content';
import { formatProblem } from '../lib/content-check/problem';
import { publishReadinessProblems, publishTarget } from '../lib/content-check/publish-readiness';
import { collectionDefinitions } from '../schemas';

/**
 * Runs the content checker before Astro reads any content. On `astro build` an error stops the
 * build before a single page is written; in `astro dev` problems are logged so the editor sees
 * them while the server keeps running, and the check runs again whenever a file under content/
 * changes (an entry saved from the CMS, a file edited by hand).
 *
 * Astro itself only logs (does not fail on) errors thrown while rendering Markdown, which is why
 * the body checks run here first. `onChecked` hands the entries read to whoever needs them during
 * the build (the sitemap's last-modified dates), so the content is not read twice.
 * @see https://github.com/withastro/astro/blob/main/packages/astro/src/content/loaders/glob.ts
 */
export function contentCheck(options: { onChecked?: (entries: readonly CheckedEntry[]) => void } = {}): AstroIntegration {
  return {
    name: 'jpn:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { problems, entries } = checkContent({ root: fileURLToPath(config.root), today: new Date() });
        if (command === 'build' && publishTarget(process.env) === 'production') {
          const { folder, file } = collectionDefinitions.settings;
          const settings = entries.find((entry) => entry.collection === 'settings');
          if (settings) problems.push(...publishReadinessProblems(`${folder}/${file}.yaml`, settings.data));
        }
        const errors = problems.filter((p) => p.severity === 'error');
        for (const warning of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(warning));
        if (errors.length === 0) {
          options.onChecked?.(entries);
          logger.info(`${entries.length} content entries checked, no errors.`);
          return;
        }
        const report = errors.map(formatProblem).join('\n');
        if (command === 'dev') {
          logger.error(`${errors.length} content problem(s):\n${report}`);
          return;
        }
        throw new Error(`The content has ${errors.length} problem(s); nothing was built.\n${report}`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = server.config.root;
        const content = join(root, 'content');
        server.watcher.add(content);
        const recheck = debounced(300, (file: string) => recheckContent(root, relative(root, file), logger));
        for (const event of ['add', 'change', 'unlink'] as const) {
          server.watcher.on(event, (file: string) => {
            if (file.startsWith(content + sep)) recheck(file);
          });
        }
      },
    },
  };
}

/** Checks all the content again after a change, and says in the terminal what is wrong, or that all is well. */
function recheckContent(root: string, changed: string, logger: AstroIntegrationLogger): void {
  const { problems, entries } = checkContent({ root, today: new Date() });
  const errors = problems.filter((p) => p.severity === 'error');
  for (const warning of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(warning));
  if (errors.length === 0) {
    logger.info(`${changed} changed: ${entries.length} content entries checked again, no errors.`);
    return;
  }
  logger.error(`${changed} changed: ${errors.length} content problem(s); the next build will stop on them:\n${errors.map(formatProblem).join('\n')}`);
}

/** Calls `run` once a burst of calls is over (a save writes an entry and its images together). */
function debounced<A extends unknown[]>(ms: number, run: (...args: A) => void): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => run(...args), ms);
  };
}
