import type { CmsBackend, GitBackend } from '../src/lib/cms-backend';

/**
 * What the admin does where it is opened:
 * - `git`: log in to the Git host of this deployment;
 * - `local`: save through decap-server on this machine, without login;
 * - `not-configured`: say that there is no CMS here, instead of a login that cannot work.
 */
export type AdminMode = { kind: 'git'; backend: GitBackend } | { kind: 'local'; url: string } | { kind: 'not-configured' };

/** Hosts on which a local decap-server may be used; decap-server listens on 127.0.0.1 only. */
export const localHosts = ['localhost', '127.0.0.1'];

/**
 * Chooses the admin's mode. decap-server is used only on this machine, and only by the dev
 * server or by a build made for it (`PUBLIC_CMS_BACKEND=local`): a deployed admin never looks for
 * it, and its CSP would not let it. Tests run decap-server on a free port, passed as `decap_port`.
 *
 * @example
 * adminMode({ kind: 'none' }, { hostname: 'jpn.example.org', search: '', dev: false }) // → { kind: 'not-configured' }
 * adminMode({ kind: 'local' }, { hostname: '127.0.0.1', search: '?decap_port=9000', dev: false })
 * // → { kind: 'local', url: 'http://127.0.0.1:9000/api/v1' }
 */
export function adminMode(backend: CmsBackend, where: { hostname: string; search: string; dev: boolean }): AdminMode {
  if (localHosts.includes(where.hostname) && (where.dev || backend.kind === 'local')) {
    const port = new URLSearchParams(where.search).get('decap_port');
    return { kind: 'local', url: `http://${where.hostname}:${port && /^\d{2,5}$/.test(port) ? port : '8081'}/api/v1` };
  }
  if (backend.kind === 'git') return { kind: 'git', backend };
  return { kind: 'not-configured' };
}

/**
 * Reads the CMS settings the build wrote into the admin page (src/integrations/admin.ts). A page
 * without them (opened some other way) has no CMS.
 */
export function parseCmsBackend(text: string | null | undefined): CmsBackend {
  try {
    const value = JSON.parse(text ?? '') as CmsBackend;
    if (value.kind === 'git' && typeof value.repo === 'string' && typeof value.apiRoot === 'string') return value;
    if (value.kind === 'local') return { kind: 'local' };
  } catch {
    // Not JSON: the placeholder was not filled.
  }
  return { kind: 'none' };
}
