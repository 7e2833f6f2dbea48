/**
 * A static host on this machine, for the browser tests, the benchmark and the CMS screenshots:
 * it serves a built site with the site's own _headers, as Cloudflare Pages would.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { hostHeaders } from './host-headers';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Text types a static host compresses on the fly; Pagefind's index files are compressed already. */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.ics']);

/**
 * Serves a built site the way a static host does: `/x/` serves `/x/index.html`, `/x` redirects
 * to `/x/`, and a missing file gets the site's 404 page with status 404. With `compress`, text
 * is sent with brotli or gzip when the browser accepts it, as CDNs do. The site's own _headers
 * file applies, so tests run under the headers (CSP included) production sends.
 */
export async function serveStatic(
  root: string,
  options: { port?: number; compress?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const { port = 0, compress = false } = options;
  const siteHeaders = hostHeaders(root);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    for (const [name, value] of Object.entries(siteHeaders(pathname))) {
      // HSTS and upgrades make no sense on the plain-HTTP test server.
      if (name !== 'Strict-Transport-Security') response.setHeader(name, value);
    }
    let file = normalize(join(root, pathname));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      response.writeHead(404, { 'content-type': types['.html'] ?? 'text/html' });
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('Not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
    // Pagefind writes its index already compressed.
    if (/\.pf_(meta|index|filter|fragment)$/.test(file) || file.endsWith('.pagefind')) headers['content-type'] = 'application/octet-stream';
    const accepts = String(request.headers['accept-encoding'] ?? '');
    if (compress && compressible.has(extname(file)) && /\b(br|gzip)\b/.test(accepts)) {
      const brotli = /\bbr\b/.test(accepts);
      const body = brotli ? brotliCompressSync(readFileSync(file)) : gzipSync(readFileSync(file), { level: 9 });
      response.writeHead(200, { ...headers, 'content-encoding': brotli ? 'br' : 'gzip', vary: 'accept-encoding' });
      response.end(body);
      return;
    }
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
