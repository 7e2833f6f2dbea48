import type { APIRoute } from 'astro';
import { cmsBackendFromEnv } from '../lib/cms-backend';
import { adminHeaderRule, headerRules, renderHeadersFile } from '../lib/security/policy';

/**
 * The host's headers file, dist/_headers, generated from src/lib/security/policy.ts. A parameter
 * route because Astro skips files whose name starts with an underscore. The admin's policy
 * allows the CMS host named by the build's PUBLIC_CMS_* variables, the same ones the admin's
 * config is made from (src/integrations/admin.ts).
 */
export function getStaticPaths() {
  return [{ params: { hostfile: '_headers' } }];
}

export const GET: APIRoute = () =>
  new Response(renderHeadersFile([...headerRules, adminHeaderRule(cmsBackendFromEnv(import.meta.env))]), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
