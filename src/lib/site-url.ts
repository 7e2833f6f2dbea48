/**
 * The public origin the site is built for. Canonical URLs, the sitemap and feeds use it, so a
 * preview deploy must set SITE_URL to its own host; local builds fall back to the dev server.
 *
 * @example
 * siteUrl({ SITE_URL: 'https://preview.example.org/' }) // → 'https://preview.example.org'
 */
export function siteUrl(env: Record<string, string | undefined>): string {
  const raw = env['SITE_URL']?.trim();
  if (!raw) return 'http://localhost:4321';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL is not a valid URL: "${raw}". Expected an origin such as https://www.example.org.`);
  }
  if (url.protocol !== 'https:' && url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') {
    throw new Error(`SITE_URL must use https:// (got "${raw}"), except for localhost.`);
  }
  return url.origin;
}
