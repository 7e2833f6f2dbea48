import type { AstroUserConfig } from 'astro';
import { cmsConnectSources, cmsImageSources, type CmsBackend } from '../cms-backend';

type CspDirective = NonNullable<Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>['directives']>[number];

/**
 * The site's security policy, in one place: astro.config.mjs builds the per-page CSP from it and
 * src/pages/[headersOrRedirects].ts writes the host's headers file from it.
 */

/**
 * CSP directives of every public page, besides script-src and style-src, which Astro fills with
 * 'self' and the hashes of the inline scripts and styles it renders.
 */
export const pageDirectives: CspDirective[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  // The request page opens the visitor's mail program.
  "form-action 'self' mailto:",
  'upgrade-insecure-requests',
];

/**
 * script-src sources of every public page, besides the hashes Astro adds. Pagefind compiles its
 * WebAssembly in a worker (whose policy comes from the headers file), and on the main thread when
 * a browser cannot start the worker; 'wasm-unsafe-eval' allows that compilation and nothing else:
 * no eval of JavaScript. Every page with the header search can run Pagefind, so every page has it.
 * @see https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy/script-src
 */
export const pageScriptSources = ["'self'", "'wasm-unsafe-eval'"];

/**
 * The admin's own policy, looser than the site's and limited to /admin/. Decap CMS validates its
 * config with ajv, which compiles code at run time ('unsafe-eval'), injects its styles at run
 * time ('unsafe-inline' for styles), and shows uploads and previews from blob: URLs. It talks
 * only to the host the CMS saves to (see src/lib/cms-backend.ts): the Git host's API of this
 * deployment, or decap-server on this machine for a local build; a build without a CMS talks to
 * nothing. No inline script runs, even here.
 */
export function adminPolicy(cms: CmsBackend): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self' data: blob:", ...cmsImageSources(cms)].join(' '),
    "font-src 'self' data:",
    ["connect-src 'self' blob:", ...cmsConnectSources(cms)].join(' '),
    "frame-src 'self' blob:",
    "child-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The admin's rule of the headers file: its own CSP, and no indexing. */
export function adminHeaderRule(cms: CmsBackend): HeaderRule {
  return {
    path: '/admin/*',
    detach: ['Content-Security-Policy'],
    headers: { 'Content-Security-Policy': adminPolicy(cms), 'X-Robots-Tag': 'noindex, nofollow' },
  };
}

/** What a header-only CSP adds to every response: the directives a <meta> CSP cannot carry. */
export const headerPolicy = "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

/** One year: files whose name changes with their content can be cached for good. */
const immutable = 'public, max-age=31536000, immutable';

export interface HeaderRule {
  path: string;
  /** Headers set by earlier matching rules that this rule removes first. */
  detach?: string[];
  headers: Record<string, string>;
}

/**
 * The rules of the headers file for the public site, in order; later rules add to or replace
 * earlier ones. The admin's rule depends on the build's CMS settings: see adminHeaderRule().
 */
export const headerRules: HeaderRule[] = [
  {
    path: '/*',
    headers: {
      'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'X-Frame-Options': 'DENY',
      'Content-Security-Policy': headerPolicy,
      // HTML and other unhashed files: always revalidate, so a new build is seen at once.
      'Cache-Control': 'public, max-age=0, must-revalidate',
    },
  },
  { path: '/_astro/*', detach: ['Cache-Control'], headers: { 'Cache-Control': immutable } },
  { path: '/admin/assets/*', detach: ['Cache-Control'], headers: { 'Cache-Control': immutable } },
  { path: '/pagefind/fragment/*', detach: ['Cache-Control'], headers: { 'Cache-Control': immutable } },
  { path: '/pagefind/index/*', detach: ['Cache-Control'], headers: { 'Cache-Control': immutable } },
  { path: '/pagefind/filter/*', detach: ['Cache-Control'], headers: { 'Cache-Control': immutable } },
  // Social cards are named by the hash of their content (src/lib/node/og/card-file-name.ts).
  { path: '/og/*', detach: ['Cache-Control'], headers: { 'Cache-Control': immutable } },
];

/**
 * The headers file in the format of Cloudflare Pages (`_headers`): a path, then indented
 * `Name: value` lines; `! Name` removes a header an earlier rule set.
 * @see https://developers.cloudflare.com/pages/configuration/headers/
 */
export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map((rule) =>
      [rule.path, ...(rule.detach ?? []).map((name) => `  ! ${name}`), ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join(
        '\n',
      ),
    )
    .join('\n\n')
    .concat('\n');
}

/**
 * The headers a request for `path` gets from the rules, applied the way the host applies them.
 * Used by the test server, so tests run under the policy production serves.
 */
export function headersFor(path: string, rules: readonly HeaderRule[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (!pattern.test(path)) continue;
    for (const name of rule.detach ?? []) delete headers[name];
    Object.assign(headers, rule.headers);
  }
  return headers;
}
