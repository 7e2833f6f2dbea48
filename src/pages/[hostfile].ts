import type { APIRoute } from 'astro';
import { renderHeadersFile } from '../lib/security/policy';

/**
 * The host's headers file, dist/_headers, generated from src/lib/security/policy.ts. A parameter
 * route because Astro skips files whose name starts with an underscore.
 */
export function getStaticPaths() {
  return [{ params: { hostfile: '_headers' } }];
}

export const GET: APIRoute = () => new Response(renderHeadersFile(), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
