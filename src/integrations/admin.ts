import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, loadEnv, type Plugin } from 'vite';
import { t } from '../i18n/t';
import { cmsBackendFromEnv, type CmsBackend } from '../lib/cms-backend';

/**
 * The CMS at /admin/ (admin/), kept out of Astro's own build:
 * - in `astro dev`, the dev server serves admin/index.html and Vite serves its modules;
 * - in `astro build`, a separate Vite build writes dist/admin/, cached by a hash of everything the
 *   admin is built from, so a content-only rebuild does not bundle Decap CMS again.
 *
 * Decap CMS is several megabytes of JavaScript; bundling it with the pages would cost every
 * build seconds and about a gigabyte of memory, and no public page needs it.
 *
 * Where the CMS saves (the PUBLIC_CMS_* variables, src/lib/cms-backend.ts) is not compiled into
 * the bundle: it is written into the admin page as data when the page is copied into the site.
 * So one cached bundle serves every deployment, and the page says exactly what the headers
 * file's policy allows (src/pages/[headersOrRedirects].ts reads the same variables).
 */
/** What the admin bundle is made from: a change to any of them builds it again. */
const inputs = ['admin', 'src/i18n', 'src/lib', 'src/schemas', 'src/styles', 'package-lock.json'];

/** The CMS settings of this build, from the environment and .env files, as Astro reads them. */
function cmsBackend(root: string, mode: 'production' | 'development'): CmsBackend {
  return cmsBackendFromEnv(loadEnv(mode, root, 'PUBLIC_CMS_'));
}

/** Fills the admin page's placeholders from the UI dictionary. */
function fillAdminHtml(html: string): string {
  return html.replace('%JPN_TITLE%', `${t('cms.pageTitle')} · ${t('site.name')}`).replace('%JPN_NOSCRIPT%', t('cms.noScript'));
}

/** Writes the CMS settings into the admin page, as JSON that no browser runs (admin/main.ts reads it). */
function withCmsBackend(html: string, backend: CmsBackend): string {
  const json = JSON.stringify(backend).replace(/</g, '\\u003c');
  if (!html.includes('%JPN_CMS_BACKEND%')) throw new Error('admin/index.html has lost its %JPN_CMS_BACKEND% placeholder.');
  return html.replace('%JPN_CMS_BACKEND%', json);
}

function adminHtml(): Plugin {
  return { name: 'jpn:admin-html', transformIndexHtml: fillAdminHtml };
}

function listFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((name) => join(path, name))
    .filter((file) => statSync(file).isFile())
    .sort();
}

function inputHash(root: string): string {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of listFiles(join(root, input))) {
      hash.update(relative(root, file));
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

async function buildAdmin(root: string, outDir: string) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    envPrefix: 'PUBLIC_',
    plugins: [adminHtml()],
    build: {
      outDir,
      emptyOutDir: false,
      assetsDir: 'admin/assets',
      chunkSizeWarningLimit: 8000,
      rollupOptions: {
        input: join(root, 'admin/index.html'),
        // Two of Decap's dependencies use eval for optional features; nothing to act on.
        onwarn(warning, warn) {
          if (warning.code !== 'EVAL') warn(warning);
        },
      },
    },
  });
}

export function adminApp(): AstroIntegration {
  let root = '';
  return {
    name: 'jpn:admin',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        root = fileURLToPath(config.root);
        // A wrong setting stops the build here, with the variable named, before any page is built.
        if (command === 'build') cmsBackend(root, 'production');
      },
      'astro:server:setup': ({ server, logger }) => {
        // In development the admin always saves through decap-server; a wrong Git setting is
        // reported but does not lock the editor out.
        const devBackend = (): CmsBackend => {
          try {
            return cmsBackend(root, 'development');
          } catch (error) {
            logger.warn((error as Error).message);
            return { kind: 'none' };
          }
        };
        server.middlewares.use(async (request, response, next) => {
          const path = request.url?.split('?')[0];
          if (path !== '/admin/' && path !== '/admin') return next();
          if (path === '/admin') {
            response.writeHead(301, { location: '/admin/' }).end();
            return;
          }
          const html = await server.transformIndexHtml('/admin/', readFileSync(join(root, 'admin/index.html'), 'utf8'));
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(withCmsBackend(fillAdminHtml(html), devBackend()));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const key = inputHash(root);
        const cache = join(root, 'node_modules/.cache/jpn-admin', key);
        if (!existsSync(join(cache, 'admin/index.html'))) {
          const staging = `${cache}.tmp-${process.pid}`;
          rmSync(staging, { recursive: true, force: true });
          mkdirSync(staging, { recursive: true });
          await buildAdmin(root, staging);
          rmSync(cache, { recursive: true, force: true });
          renameSync(staging, cache);
          logger.info(`Built the CMS in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
        } else {
          logger.info(`CMS unchanged since its last build (${key}), reused.`);
        }
        const admin = join(fileURLToPath(dir), 'admin');
        cpSync(join(cache, 'admin'), admin, { recursive: true });
        writeFileSync(join(admin, 'index.html'), withCmsBackend(readFileSync(join(admin, 'index.html'), 'utf8'), cmsBackend(root, 'production')));
      },
    },
  };
}
