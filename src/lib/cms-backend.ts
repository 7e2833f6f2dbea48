/**
 * Where the CMS saves, read from the build's environment (the PUBLIC_CMS_* variables, see README,
 * "Connecting the CMS to a repository"). Both the admin's Decap config (admin/cms-config.ts) and
 * its Content-Security-Policy (src/lib/security/policy.ts) are derived from this one value, so the
 * policy allows exactly the hosts the CMS talks to and nothing else.
 */
export const gitBackends = ['github', 'gitlab', 'gitea'] as const;
export type GitBackendName = (typeof gitBackends)[number];

/** A Git host the admin logs in to and saves through, with every default filled in. */
export interface GitBackend {
  kind: 'git';
  name: GitBackendName;
  /** `owner/repository` (GitLab: `group/subgroup/repository` too). */
  repo: string;
  branch: string;
  /** The host's REST API. */
  apiRoot: string;
  /** GitHub: the OAuth server holding the client secret. GitLab and Gitea: the host, for PKCE. */
  baseUrl?: string;
  /** GitLab and Gitea: the id of the OAuth application. */
  appId?: string;
}

/**
 * - `git`: a deployed admin that saves to a Git host;
 * - `local`: a built admin that saves through decap-server on this machine (tests, screenshots);
 * - `none`: no CMS; the admin says so instead of offering a login that cannot work.
 */
export type CmsBackend = GitBackend | { kind: 'local' } | { kind: 'none' };

export const cmsEnvKeys = [
  'PUBLIC_CMS_BACKEND',
  'PUBLIC_CMS_REPO',
  'PUBLIC_CMS_BRANCH',
  'PUBLIC_CMS_BASE_URL',
  'PUBLIC_CMS_APP_ID',
  'PUBLIC_CMS_API_ROOT',
] as const;
export type CmsEnv = Partial<Record<(typeof cmsEnvKeys)[number], string | undefined>>;

/** The public hosts Decap talks to when no address is given. */
const publicHosts = {
  github: { apiRoot: 'https://api.github.com' },
  gitlab: { apiRoot: 'https://gitlab.com/api/v4', baseUrl: 'https://gitlab.com' },
} as const;

function fail(message: string): never {
  throw new Error(`${message} See README, "Connecting the CMS to a repository".`);
}

/** An https address without a trailing slash; `key` names the variable in the error. */
function httpsAddress(key: string, value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    fail(`${key} is "${text}"; expected a full address such as https://git.example.org.`);
  }
  if (url.protocol !== 'https:') fail(`${key} is "${text}"; expected an https:// address: the CMS sends login tokens to it.`);
  return text.replace(/\/+$/, '');
}

/**
 * Reads the CMS settings from the environment and fills in what a self-hosted GitLab or Gitea
 * implies (the API under the host, the host of the API). Throws a message naming the variable
 * when a setting is missing or wrong, so a misconfigured build stops instead of publishing an
 * admin that cannot log in.
 *
 * @example
 * cmsBackendFromEnv({ PUBLIC_CMS_BACKEND: 'gitea', PUBLIC_CMS_REPO: 'jpn/sito', PUBLIC_CMS_BASE_URL: 'https://git.example.org', PUBLIC_CMS_APP_ID: 'x' })
 * // → { kind: 'git', name: 'gitea', repo: 'jpn/sito', branch: 'main', apiRoot: 'https://git.example.org/api/v1', baseUrl: 'https://git.example.org', appId: 'x' }
 */
export function cmsBackendFromEnv(env: CmsEnv): CmsBackend {
  const name = env.PUBLIC_CMS_BACKEND?.trim();
  if (!name) return { kind: 'none' };
  if (name === 'local') return { kind: 'local' };
  if (!(gitBackends as readonly string[]).includes(name)) {
    fail(`PUBLIC_CMS_BACKEND is "${name}"; expected one of ${gitBackends.join(', ')}, or local (decap-server on this machine), or unset for no CMS.`);
  }
  const backend = name as GitBackendName;
  const repo = env.PUBLIC_CMS_REPO?.trim();
  if (!repo || !/^[^/\s]+(\/[^/\s]+)+$/.test(repo)) fail(`PUBLIC_CMS_REPO is "${repo ?? ''}"; expected owner/repository for ${backend}.`);
  const branch = env.PUBLIC_CMS_BRANCH?.trim() || 'main';
  const baseUrl = httpsAddress('PUBLIC_CMS_BASE_URL', env.PUBLIC_CMS_BASE_URL);
  const apiRoot = httpsAddress('PUBLIC_CMS_API_ROOT', env.PUBLIC_CMS_API_ROOT);
  const appId = env.PUBLIC_CMS_APP_ID?.trim() || undefined;

  if (backend === 'github') {
    return { kind: 'git', name: backend, repo, branch, apiRoot: apiRoot ?? publicHosts.github.apiRoot, ...(baseUrl ? { baseUrl } : {}) };
  }
  // GitLab and Gitea log in with PKCE: the browser exchanges the code for a token at the host.
  if (!appId) fail(`PUBLIC_CMS_APP_ID is missing; ${backend} logs in with PKCE and needs the id of the OAuth application.`);
  if (backend === 'gitlab') {
    const host = baseUrl ?? (apiRoot ? new URL(apiRoot).origin : publicHosts.gitlab.baseUrl);
    return { kind: 'git', name: backend, repo, branch, apiRoot: apiRoot ?? `${host}/api/v4`, baseUrl: host, appId };
  }
  // Gitea has no public default host worth assuming (Decap's is a demo server).
  const host = baseUrl ?? (apiRoot ? new URL(apiRoot).origin : undefined);
  if (!host) fail('PUBLIC_CMS_BASE_URL is missing; gitea needs the address of your Gitea, such as https://git.example.org.');
  return { kind: 'git', name: backend, repo, branch, apiRoot: apiRoot ?? `${host}/api/v1`, baseUrl: host, appId };
}

/** decap-server listens on this machine, on a port chosen at start (tests pick a free one). */
export const localCmsSources = ['http://127.0.0.1:*', 'http://localhost:*'] as const;

/**
 * The origins the admin fetches from: the Git host's API and, for PKCE, the host that issues
 * tokens; decap-server for a local build; nothing else. GitHub's OAuth server is only opened in
 * a pop-up window, which connect-src does not govern.
 *
 * @example
 * cmsConnectSources({ kind: 'git', name: 'github', repo: 'a/b', branch: 'main', apiRoot: 'https://api.github.com' })
 * // → ['https://api.github.com']
 */
export function cmsConnectSources(backend: CmsBackend): string[] {
  if (backend.kind === 'none') return [];
  if (backend.kind === 'local') return [...localCmsSources];
  const origins = [backend.apiRoot, backend.name === 'github' ? undefined : backend.baseUrl];
  return unique(origins);
}

/**
 * The origins of images the admin shows besides its own and blob: URLs (media read through the
 * API arrive as blobs): the editor's avatar, served by the Git host (GitHub: its avatar host).
 */
export function cmsImageSources(backend: CmsBackend): string[] {
  if (backend.kind !== 'git') return [];
  if (backend.name === 'github') return unique([backend.apiRoot, 'https://avatars.githubusercontent.com']);
  return unique([backend.apiRoot, backend.baseUrl]);
}

function unique(addresses: (string | undefined)[]): string[] {
  return [...new Set(addresses.filter((a): a is string => Boolean(a)).map((a) => new URL(a).origin))];
}
