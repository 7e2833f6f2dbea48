import { describe, expect, it } from 'vitest';
import { adminMode, parseCmsBackend } from '../../admin/admin-mode';
import { cmsBackendFromEnv, cmsConnectSources, cmsImageSources, type CmsBackend, type CmsEnv } from '../../src/lib/cms-backend';
import { adminPolicy } from '../../src/lib/security/policy';

const github: CmsEnv = { PUBLIC_CMS_BACKEND: 'github', PUBLIC_CMS_REPO: 'jpn/sito', PUBLIC_CMS_BASE_URL: 'https://oauth.example.org' };
const selfHostedGitlab: CmsEnv = {
  PUBLIC_CMS_BACKEND: 'gitlab',
  PUBLIC_CMS_REPO: 'jpn/web/sito',
  PUBLIC_CMS_BASE_URL: 'https://git.example.org/',
  PUBLIC_CMS_APP_ID: 'a1',
};
const gitea: CmsEnv = {
  PUBLIC_CMS_BACKEND: 'gitea',
  PUBLIC_CMS_REPO: 'jpn/sito',
  PUBLIC_CMS_API_ROOT: 'https://gitea.example.org/api/v1',
  PUBLIC_CMS_APP_ID: 'a1',
};

describe('cmsBackendFromEnv', () => {
  it.each([
    // no CMS at all, and decap-server on this machine
    [{}, { kind: 'none' }],
    [{ PUBLIC_CMS_BACKEND: 'local' }, { kind: 'local' }],
    // GitHub: its public API unless told otherwise; the branch defaults to main
    [github, { kind: 'git', name: 'github', repo: 'jpn/sito', branch: 'main', apiRoot: 'https://api.github.com', baseUrl: 'https://oauth.example.org' }],
    // a self-hosted GitLab: the API lives under the host given
    [
      selfHostedGitlab,
      {
        kind: 'git',
        name: 'gitlab',
        repo: 'jpn/web/sito',
        branch: 'main',
        apiRoot: 'https://git.example.org/api/v4',
        baseUrl: 'https://git.example.org',
        appId: 'a1',
      },
    ],
    // gitlab.com when no host is given
    [
      { PUBLIC_CMS_BACKEND: 'gitlab', PUBLIC_CMS_REPO: 'jpn/sito', PUBLIC_CMS_APP_ID: 'a1', PUBLIC_CMS_BRANCH: 'produzione' },
      { kind: 'git', name: 'gitlab', repo: 'jpn/sito', branch: 'produzione', apiRoot: 'https://gitlab.com/api/v4', baseUrl: 'https://gitlab.com', appId: 'a1' },
    ],
    // Gitea: the host is read from the API address
    [
      gitea,
      {
        kind: 'git',
        name: 'gitea',
        repo: 'jpn/sito',
        branch: 'main',
        apiRoot: 'https://gitea.example.org/api/v1',
        baseUrl: 'https://gitea.example.org',
        appId: 'a1',
      },
    ],
  ] as const)('returns the settings of %o', (env, expected) => {
    expect(cmsBackendFromEnv(env)).toEqual(expected);
  });

  it.each([
    [{ PUBLIC_CMS_BACKEND: 'bitbucket' }, /PUBLIC_CMS_BACKEND is "bitbucket"; expected one of github, gitlab, gitea, or local/],
    [{ PUBLIC_CMS_BACKEND: 'github' }, /PUBLIC_CMS_REPO is ""; expected owner\/repository/],
    [{ PUBLIC_CMS_BACKEND: 'gitlab', PUBLIC_CMS_REPO: 'jpn/sito' }, /PUBLIC_CMS_APP_ID is missing; gitlab logs in with PKCE/],
    [{ PUBLIC_CMS_BACKEND: 'gitea', PUBLIC_CMS_REPO: 'jpn/sito', PUBLIC_CMS_APP_ID: 'a1' }, /PUBLIC_CMS_BASE_URL is missing; gitea needs the address/],
    [{ ...github, PUBLIC_CMS_BASE_URL: 'http://oauth.example.org' }, /PUBLIC_CMS_BASE_URL is "http:\/\/oauth.example.org"; expected an https:\/\/ address/],
    [{ ...github, PUBLIC_CMS_API_ROOT: 'api.github.com' }, /PUBLIC_CMS_API_ROOT is "api.github.com"; expected a full address/],
  ])('throws when the settings are wrong: %o', (env, message) => {
    expect(() => cmsBackendFromEnv(env)).toThrow(message);
  });
});

describe('cmsConnectSources and cmsImageSources', () => {
  it.each([
    [{ kind: 'none' }, [], []],
    [{ kind: 'local' }, ['http://127.0.0.1:*', 'http://localhost:*'], []],
    // GitHub's OAuth server opens in a pop-up window: no fetch goes there
    [cmsBackendFromEnv(github), ['https://api.github.com'], ['https://api.github.com', 'https://avatars.githubusercontent.com']],
    // PKCE exchanges the code for a token at the host
    [cmsBackendFromEnv(selfHostedGitlab), ['https://git.example.org'], ['https://git.example.org']],
    [cmsBackendFromEnv(gitea), ['https://gitea.example.org'], ['https://gitea.example.org']],
  ] as [CmsBackend, string[], string[]][])('returns the origins the admin of %o talks to', (backend, connect, images) => {
    expect(cmsConnectSources(backend)).toEqual(connect);
    expect(cmsImageSources(backend)).toEqual(images);
  });
});

describe('adminPolicy', () => {
  const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

  it('returns a policy that lets a self-hosted GitLab in, and nothing else', () => {
    const policy = adminPolicy(cmsBackendFromEnv(selfHostedGitlab));
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self' blob: https://git.example.org");
    expect(directive(policy, 'img-src')).toBe("img-src 'self' data: blob: https://git.example.org");
  });

  it('returns a policy that reaches decap-server only for a local build', () => {
    expect(directive(adminPolicy({ kind: 'local' }), 'connect-src')).toBe("connect-src 'self' blob: http://127.0.0.1:* http://localhost:*");
    for (const backend of [cmsBackendFromEnv(github), { kind: 'none' } as const]) {
      expect(adminPolicy(backend)).not.toMatch(/127\.0\.0\.1|localhost|http:/);
    }
    expect(directive(adminPolicy({ kind: 'none' }), 'connect-src')).toBe("connect-src 'self' blob:");
  });

  it('returns a policy that runs no inline script and cannot be framed', () => {
    const policy = adminPolicy(cmsBackendFromEnv(gitea));
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'unsafe-eval'");
    expect(policy).toContain("frame-ancestors 'none'");
  });
});

describe('adminMode', () => {
  const git = cmsBackendFromEnv(github);
  it.each([
    // a deployed admin logs in to its Git host, wherever it is opened
    [git, 'jpn.example.org', '', false, { kind: 'git', backend: git }],
    [git, '127.0.0.1', '', false, { kind: 'git', backend: git }],
    // decap-server: in development, or in a build made for it, and only on this machine
    [git, '127.0.0.1', '', true, { kind: 'local', url: 'http://127.0.0.1:8081/api/v1' }],
    [{ kind: 'local' }, 'localhost', '?decap_port=9123', false, { kind: 'local', url: 'http://localhost:9123/api/v1' }],
    [{ kind: 'local' }, '127.0.0.1', '?decap_port=x@evil', false, { kind: 'local', url: 'http://127.0.0.1:8081/api/v1' }],
    // otherwise there is no CMS here, and the admin says so
    [{ kind: 'local' }, 'jpn.example.org', '', false, { kind: 'not-configured' }],
    [{ kind: 'none' }, '127.0.0.1', '', false, { kind: 'not-configured' }],
    [{ kind: 'none' }, 'jpn.example.org', '', false, { kind: 'not-configured' }],
  ] as [CmsBackend, string, string, boolean, unknown][])('returns the mode of %o opened at %s%s (dev: %s)', (backend, hostname, search, dev, expected) => {
    expect(adminMode(backend, { hostname, search, dev })).toEqual(expected);
  });
});

describe('parseCmsBackend', () => {
  it.each([
    ['{"kind":"local"}', { kind: 'local' }],
    [JSON.stringify(cmsBackendFromEnv(gitea)), cmsBackendFromEnv(gitea)],
    // the page was not filled in by the build, or holds something else
    ['%JPN_CMS_BACKEND%', { kind: 'none' }],
    ['{"kind":"git"}', { kind: 'none' }],
    [null, { kind: 'none' }],
  ])('returns the settings written in the page: %s', (text, expected) => {
    expect(parseCmsBackend(text)).toEqual(expected);
  });
});
