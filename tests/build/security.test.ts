import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listPages, readPage } from '../support/dist';
import { parseHeadersFile } from '../../scripts/lib/host-headers';
import { parseCmsBackend } from '../../admin/admin-mode';
import { adminPolicy, headersFor } from '../../src/lib/security/policy';

const distDir = inject('distDir');
const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
const pages = listPages(distDir).filter((page) => !page.path.startsWith('/admin/'));

describe('the headers file', () => {
  const html = headersFor('/servizi/data-entry/', rules);
  it('sets HSTS, nosniff, a referrer policy, a permissions policy and frame-ancestors on every page', () => {
    expect(html['Strict-Transport-Security']).toMatch(/max-age=\d{8,}/);
    expect(html['X-Content-Type-Options']).toBe('nosniff');
    expect(html['Referrer-Policy']).toBe('no-referrer');
    expect(html['Permissions-Policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    expect(html['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });

  it('caches hashed files for a year and HTML not at all', () => {
    expect(html['Cache-Control']).toBe('public, max-age=0, must-revalidate');
    for (const path of ['/_astro/index.Ab12Cd.css', '/admin/assets/index-x1.js', '/pagefind/fragment/it_abc.pf_fragment', '/pagefind/index/it_abc.pf_index']) {
      expect(headersFor(path, rules)['Cache-Control'], path).toBe('public, max-age=31536000, immutable');
    }
    expect(headersFor('/pagefind/pagefind-entry.json', rules)['Cache-Control']).toBe('public, max-age=0, must-revalidate');
  });

  it('gives the admin its own, looser policy, and only the admin', () => {
    const admin = headersFor('/admin/', rules)['Content-Security-Policy'] ?? '';
    expect(admin).toContain("'unsafe-eval'");
    expect(admin).toContain("frame-ancestors 'none'");
    expect(admin).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(html['Content-Security-Policy']).not.toContain('unsafe');
  });

  it('lets the admin reach the CMS host its page is built for, and no other', () => {
    // The test build is made for decap-server on this machine (tests/support/build-site.ts).
    const settings = parseCmsBackend(readPage(join(distDir, 'admin/index.html')).querySelector('#jpn-cms-backend')?.textContent);
    expect(settings).toEqual({ kind: 'local' });
    const admin = headersFor('/admin/', rules)['Content-Security-Policy'] ?? '';
    expect(admin).toBe(adminPolicy(settings));
    expect(admin.split('; ').find((d) => d.startsWith('connect-src'))).toBe("connect-src 'self' blob: http://127.0.0.1:* http://localhost:*");
    expect(admin).not.toMatch(/github|gitlab|gitea|codeberg/);
  });
});

/** The hash a CSP lists for an inline script or style. */
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe.each(pages)('the CSP of $path', ({ file }) => {
  const page = readPage(file);
  const policy = page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
  const directive = (name: string) => policy.split(';').find((part) => part.trim().startsWith(`${name} `)) ?? '';

  it('allows scripts and styles only from the site and by hash, never inline at large', () => {
    expect(directive('script-src')).toContain("'self'");
    expect(policy).not.toContain("'unsafe-inline'");
    expect(directive('script-src')).not.toContain("'unsafe-eval'");
    expect(directive('default-src')).toContain("'self'");
    expect(directive('object-src')).toContain("'none'");
  });

  it('allows WebAssembly for the search on every page, and no eval of JavaScript', () => {
    expect(directive('script-src')).toContain("'wasm-unsafe-eval'");
    expect(directive('script-src').replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe/);
  });

  it('lists the hash of every inline script and style of the page', () => {
    for (const script of page.querySelectorAll('script:not([src])').filter((s) => s.getAttribute('type') !== 'application/ld+json')) {
      expect(directive('script-src')).toContain(hashOf(script.rawText));
    }
    for (const style of page.querySelectorAll('style')) expect(directive('style-src')).toContain(hashOf(style.rawText));
  });

  it('has no inline event handler and no style attribute, which the CSP would block', () => {
    expect(page.querySelectorAll('*').filter((el) => Object.keys(el.attributes).some((name) => /^on[a-z]+$/i.test(name) || name === 'style'))).toEqual([]);
  });
});
