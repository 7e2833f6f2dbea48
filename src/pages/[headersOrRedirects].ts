import type { APIRoute } from 'astro';
import { cmsBackendFromEnv } from '../lib/cms-backend';
import { renderRedirectsFile } from '../lib/redirects';
import { adminHeaderRule, headerRules, renderHeadersFile } from '../lib/security/policy';

/**
 * The host's files, generated: dist/_headers from src/lib/security/policy.ts and dist/_redirects
 * from src/lib/redirects.ts. A parameter route (`headersOrRedirects` is `_headers` or
 * `_redirects`) because Astro skips files whose name starts with an underscore, and a parameter's
 * name may hold only letters, digits, `_` and `$`. The admin's policy allows the CMS host named by the build's PUBLIC_CMS_*
 * variables, the same ones the admin's page is given (src/integrations/admin.ts).
 */
const files: Record<string, () => string> = {
  _headers: () => renderHeadersFile([...headerRules, adminHeaderRule(cmsBackendFromEnv(import.meta.env))]),
  _redirects: () => renderRedirectsFile(),
};

export function getStaticPaths() {
  return Object.keys(files).map((headersOrRedirects) => ({ params: { headersOrRedirects } }));
}

export const GET: APIRoute = ({ params }) => {
  const render = files[params['headersOrRedirects'] ?? ''];
  if (!render) throw new Error(`No host file called ${params['headersOrRedirects']}.`);
  return new Response(render(), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
