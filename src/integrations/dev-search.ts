import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * In `astro dev` there is no search index, since Pagefind indexes built pages. This serves the
 * index of the last `npm run build` (dist/pagefind/), so search works while editing; `npm start`
 * builds first for that reason. New pages appear in search after the next build.
 */
export function devSearchIndex(): AstroIntegration {
  let index = '';
  return {
    name: 'jpn:dev-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        index = join(fileURLToPath(config.outDir), 'pagefind');
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync(index)) logger.warn('No search index yet: run `npm run build` (or `npm start`) to have search in development.');
        server.middlewares.use((request, response, next) => {
          const path = request.url?.split('?')[0] ?? '';
          if (!path.startsWith('/pagefind/')) return next();
          const file = normalize(join(index, decodeURIComponent(path.slice('/pagefind/'.length))));
          if (!file.startsWith(index) || !existsSync(file) || !statSync(file).isFile()) return next();
          const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
          response.writeHead(200, { 'content-type': type });
          createReadStream(file).pipe(response);
        });
      },
    },
  };
}
