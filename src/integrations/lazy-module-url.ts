import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const prefix = 'lazy-url:';
const resolvedPrefix = `\0${prefix}`;

/**
 * `import url from 'lazy-url:./module.ts'` gives the built URL of a browser module, bundled as a
 * chunk of its own, for a script to `import(url)` later. A plain `import('./module.ts')` would do
 * the same, but Vite wraps each one in its preload helper (about 1 kB gzipped), and the header
 * search's loader, on every page, must stay smaller than that. Vite leaves an import of a URL
 * alone, and the chunk still shares code with the rest of the site.
 * @see https://rollupjs.org/plugin-development/#file-urls
 * @see https://github.com/vitejs/vite/issues/13952
 */
export function lazyModuleUrls(): AstroIntegration {
  return {
    name: 'jpn:lazy-module-url',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'jpn:lazy-module-url',
                resolveId(id, importer) {
                  if (!id.startsWith(prefix) || !importer) return null;
                  return `${resolvedPrefix}${resolve(dirname(importer), id.slice(prefix.length))}`;
                },
                load(id) {
                  if (!id.startsWith(resolvedPrefix)) return null;
                  const file = id.slice(resolvedPrefix.length);
                  // The dev server serves modules from their path under the project.
                  if (command === 'dev') return `export default ${JSON.stringify(`/${relative(root, file).split('\\').join('/')}`)};`;
                  const reference = this.emitFile({ type: 'chunk', id: file, preserveSignature: 'strict' });
                  return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
                },
              },
            ],
          },
        });
      },
    },
  };
}
