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

/**
 * The alias Cloudflare Pages gives a preview branch: lowercased, every character but letters,
 * digits and hyphens replaced by a hyphen, no hyphen at either end, at most 28 characters. A
 * branch's previews are served at `https://<alias>.<project>.pages.dev`.
 * @see https://developers.cloudflare.com/pages/configuration/preview-deployments/
 *
 * @example
 * branchAlias('feature/Social_Cards') // → 'feature-social-cards'
 */
export function branchAlias(branch: string): string {
  return branch
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 28);
}

/**
 * The origin a CI build is published at, so that it can be built with its own SITE_URL: the
 * production URL for the production branch (the project's pages.dev address until a domain is
 * set), the branch alias for any other.
 *
 * @example
 * deployOrigin({ branch: 'main', productionBranch: 'main', project: 'jpn', productionUrl: 'https://www.example.org' }) // → 'https://www.example.org'
 * deployOrigin({ branch: 'reach', productionBranch: 'main', project: 'jpn' }) // → 'https://reach.jpn.pages.dev'
 */
export function deployOrigin(input: { branch: string; productionBranch: string; project: string; productionUrl?: string | undefined }): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(input.project))
    throw new Error(`The Cloudflare Pages project name "${input.project}" is not valid: lowercase letters, digits and hyphens.`);
  if (input.branch === input.productionBranch) return siteUrl({ SITE_URL: input.productionUrl || `https://${input.project}.pages.dev` });
  const alias = branchAlias(input.branch);
  if (!alias) throw new Error(`The branch "${input.branch}" has no usable characters for a preview address.`);
  return `https://${alias}.${input.project}.pages.dev`;
}
