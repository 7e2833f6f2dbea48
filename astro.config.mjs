// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { createHash } from 'node:crypto';
import { defineConfig, fontProviders } from 'astro/config';
import { markdownFeatures } from './src/lib/markdown/features';
import { renderContentBlocks } from './src/lib/markdown/render-blocks';
import { adminApp } from './src/integrations/admin';
import { contentCheck } from './src/integrations/content-check';
import { devSearchIndex } from './src/integrations/dev-search';
import { lazyModuleUrls } from './src/integrations/lazy-module-url';
import { notFoundPages } from './src/integrations/not-found-pages';
import { pageDirectives, pageScriptSources } from './src/lib/security/policy';
import { siteUrl } from './src/lib/site-url';
import { defaultLocale, locales } from './src/i18n/locales';
import { isPublicPage } from './src/lib/urls';
import { layerOrderCss } from './src/styles/layer-order';
// The sitemap's last-modified dates and language versions.
import { lastModifiedByPath, withLastmod } from './src/lib/sitemap-lastmod';
import { withLanguageLinks } from './src/lib/language-alternates';

/** Filled by the content check before the build, read by the sitemap after it. */
let lastModified = new Map();
/** Every page built, as /path/: an Italian page links to its English version in the sitemap only if that was built. */
let builtPaths = new Set();

/**
 * Integrations: the content check (before anything is built), MDX (for pages developers write),
 * the sitemap (with last-modified dates from the content), the CMS, built on its own, and lazily
 * loaded browser modules (the header search's results). The search index and the social cards
 * are made by scripts/build.ts after Astro: use `npm run build`, not `astro build`, for a
 * complete site. CMS content is Markdown with registered content blocks, rendered by the Sätteri
 * plugin above; see DEVELOPERS.md for why it is not MDX.
 */
export default defineConfig({
  site: siteUrl(process.env),
  trailingSlash: 'always',
  /*
   * Italian at the root, English under /en/. Astro sets `Astro.currentLocale` from the address, so
   * the English routes in src/pages/en/ render the Italian routes' components in English.
   */
  i18n: { locales: [...locales], defaultLocale, routing: { prefixDefaultLocale: false } },
  outDir: process.env.JPN_OUT_DIR ?? './dist',
  // Content and incremental-build caches; tests and benchmarks point this at a folder of their own.
  cacheDir: process.env.JPN_CACHE_DIR ?? './node_modules/.astro',
  // Pages render while others are written to disk: with one at a time the CPU mostly waited.
  // Styles are inlined: one round trip less before the first paint on a phone (the whole CSS is ~3 kB gzipped).
  build: { format: 'directory', concurrency: 8, inlineStylesheets: 'always' },
  /*
   * A Content-Security-Policy in every page: scripts and styles only from this site, and inline
   * ones only by hash. The one inline style Astro does not render itself (the cascade-layer order)
   * is hashed here. The admin has its own policy, in the headers file.
   */
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: pageDirectives,
      scriptDirective: { resources: pageScriptSources },
      styleDirective: { hashes: [`sha256-${createHash('sha256').update(layerOrderCss).digest('base64')}`] },
    },
  },
  // Pages whose content did not change are reused from the last build: see src/lib/node/cache-keys.ts.
  experimental: { incrementalBuild: true },
  /*
   * Self-hosted Atkinson Hyperlegible Next: only the upright Latin file (34 kB) is declared,
   * which covers Italian and €; italics are synthesised.
   */
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Atkinson Hyperlegible Next',
      cssVariable: '--jpn-font-atkinson',
      fallbacks: ['system-ui', 'sans-serif'],
      /*
       * «optional», not «swap»: the font is preloaded and used when it arrives within the first
       * 100 ms or so; otherwise the page keeps the fallback until the next page, which finds the font
       * cached. A late swap re-wraps the header and moves the whole page (CLS 0.05 measured on a
       * story page), and the metric-matched fallback only helps where Arial is installed: not on Android.
       */
      display: 'optional',
      options: {
        variants: [
          {
            weight: '200 800',
            style: 'normal',
            src: ['@fontsource-variable/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-wght-normal.woff2'],
            unicodeRange: [
              'U+0000-00FF',
              'U+0131',
              'U+0152-0153',
              'U+02BB-02BC',
              'U+02C6',
              'U+02DA',
              'U+02DC',
              'U+0304',
              'U+0308',
              'U+0329',
              'U+2000-206F',
              'U+20AC',
              'U+2122',
              'U+2191',
              'U+2193',
              'U+2212',
              'U+2215',
              'U+FEFF',
              'U+FFFD',
            ],
          },
        ],
      },
    },
  ],
  markdown: {
    // Shiki colours code with inline styles, which the CSP refuses; content has no code to colour.
    syntaxHighlight: false,
    processor: satteri({
      features: markdownFeatures,
      mdastPlugins: [renderContentBlocks],
    }),
  },
  integrations: [
    contentCheck({ onChecked: (entries) => (lastModified = lastModifiedByPath(entries)) }),
    mdx(),
    // Before the sitemap: integrations' build-done steps run in this order.
    { name: 'jpn:built-pages', hooks: { 'astro:build:done': ({ pages }) => void (builtPaths = new Set(pages.map((page) => `/${page.pathname}`))) } },
    sitemap({
      filter: (page) => isPublicPage(new URL(page).pathname),
      serialize: (item) => withLanguageLinks(withLastmod(item, lastModified), builtPaths),
    }),
    adminApp(),
    devSearchIndex(),
    lazyModuleUrls(),
    notFoundPages(),
  ],
});
