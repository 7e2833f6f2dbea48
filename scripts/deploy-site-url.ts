/**
 * `npx tsx scripts/deploy-site-url.ts`: prints `SITE_URL=<origin>` (and `JPN_PREVIEW=1` for a
 * branch preview) for the build CI is about to
 * publish, for $GITHUB_ENV. The production branch gets the production URL (repository variable
 * SITE_URL, else the project's pages.dev address); any other branch its Cloudflare Pages preview
 * alias, so that canonical URLs, feeds, calendar files and social cards point to where the build
 * is served. Reads BRANCH, PRODUCTION_BRANCH (default main), CLOUDFLARE_PAGES_PROJECT and
 * PRODUCTION_URL; exits non-zero, naming what is missing, if it cannot tell.
 */
import { deployOrigin } from '../src/lib/site-url';

const branch = process.env['BRANCH']?.trim();
const project = process.env['CLOUDFLARE_PAGES_PROJECT']?.trim();
if (!branch || !project) {
  console.error(`deploy-site-url: set BRANCH and CLOUDFLARE_PAGES_PROJECT (got BRANCH="${branch ?? ''}", CLOUDFLARE_PAGES_PROJECT="${project ?? ''}").`);
  process.exit(1);
}
try {
  const origin = deployOrigin({
    branch,
    project,
    productionBranch: process.env['PRODUCTION_BRANCH']?.trim() || 'main',
    productionUrl: process.env['PRODUCTION_URL']?.trim(),
  });
  console.log(`SITE_URL=${origin}`);
  // A branch preview is not the public site: it may be built before the contact is published.
  if (branch !== (process.env['PRODUCTION_BRANCH']?.trim() || 'main')) console.log('JPN_PREVIEW=1');
} catch (error) {
  console.error(`deploy-site-url: ${(error as Error).message}`);
  process.exit(1);
}
