/**
 * The public origin the site is built for. Canonical URLs, the sitemap, feeds, calendar files and
 * social cards use it, so a preview deploy must point it at its own host: SITE_URL when set (the
 * CI workflow sets it for production and for each preview branch), else CF_PAGES_URL, which
 * Cloudflare Pages sets when it builds the site itself; local builds fall back to the dev server.
 * @see https://developers.cloudflare.com/pages/configuration/build-configuration/#environment-variables
 *
 * @example
 * siteUrl({ SITE_URL: 'https://preview.example.org/' }) // → 'https://preview.example.org'
 * siteUrl({ CF_PAGES_URL: 'https://abc123.jpn.pages.dev' }) // → 'https://abc123.jpn.pages.dev'
 */
export function siteUrl(env: Record<string, string | undefined>): string {
  const name = env['SITE_URL']?.trim() ? 'SITE_URL' : 'CF_PAGES_URL';
  const raw = env[name]?.trim();
  if (!raw) return 'http://localhost:4321';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} is not a valid URL: "${raw}". Expected an origin such as https://www.example.org.`);
  }
  if (url.protocol !== 'https:' && url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') {
    throw new Error(`${name} must use https:// (got "${raw}"), except for localhost.`);
  }
  return url.origin;
}
