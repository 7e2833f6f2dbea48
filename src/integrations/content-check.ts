import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, type CheckedEntry } from '../lib/content-check/check-content';
import { formatProblem } from '../lib/content-check/problem';

/**
 * Runs the content checker before Astro reads any content. On `astro build` an error stops the
 * build before a single page is written; in `astro dev` problems are logged so the editor sees
 * them while the server keeps running.
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
    },
  };
}
