import type { APIRoute } from 'astro';
import { renderRedirectsFile } from '../lib/redirects';
import { renderHeadersFile } from '../lib/security/policy';

/**
 * The host's files, generated: dist/_headers from src/lib/security/policy.ts and dist/_redirects
 * from src/lib/redirects.ts. A parameter route because Astro skips files whose name starts with
 * an underscore.
 */
const files: Record<string, () => string> = { _headers: renderHeadersFile, _redirects: () => renderRedirectsFile() };

export function getStaticPaths() {
  return Object.keys(files).map((hostfile) => ({ params: { hostfile } }));
}

export const GET: APIRoute = ({ params }) => {
  const render = files[params['hostfile'] ?? ''];
  if (!render) throw new Error(`No host file called ${params['hostfile']}.`);
  return new Response(render(), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
