import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { locales } from '../i18n/locales';
import { localizedUrls } from '../lib/urls';

/**
 * Each language's page-not-found page as `<language root>404.html`. Astro writes only the root's
 * 404 page that way (`/en/404/` becomes en/404/index.html), and the host serves the nearest
 * 404.html up the tree, so a missing English address gets the English page.
 * @see https://developers.cloudflare.com/pages/configuration/serving-pages/#not-found-behavior
 */
export function notFoundPages(): AstroIntegration {
  return {
    name: 'jpn:not-found-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const locale of locales) {
          const root = localizedUrls(locale).home();
          if (root === '/') continue;
          const folder = fileURLToPath(new URL(`.${root}404/`, dir));
          if (!existsSync(`${folder}index.html`)) continue;
          renameSync(`${folder}index.html`, fileURLToPath(new URL(`.${root}404.html`, dir)));
          rmdirSync(folder);
        }
      },
    },
  };
}
