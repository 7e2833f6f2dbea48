import CMS from 'decap-cms-app';
import { PUBLIC_CMS_API_ROOT, PUBLIC_CMS_APP_ID, PUBLIC_CMS_BACKEND, PUBLIC_CMS_BASE_URL, PUBLIC_CMS_BRANCH, PUBLIC_CMS_REPO } from 'astro:env/client';
import { buildCmsConfig } from './cms-config';
import { editorComponents } from './editor-components';
import fontUrl from '@fontsource-variable/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-wght-normal.woff2?url';
import siteCss from '../src/styles/global.css?url';
import { registerPreviews } from './previews';
import { registerValidationBeforeSave } from './validate-before-save';

/**
 * The admin app at /admin/. On this machine it talks to decap-server (started by `npm start` and
 * `npm run dev`); on a deployed site it talks to the Git host named by the PUBLIC_CMS_* variables
 * given to the build.
 */
const isLocal = ['localhost', '127.0.0.1'].includes(window.location.hostname);
// Tests run decap-server on a free port and pass it in the URL; only honoured on this machine.
const localPort = isLocal ? (new URLSearchParams(window.location.search).get('decap_port') ?? '8081') : undefined;

for (const component of Object.values(editorComponents)) CMS.registerEditorComponent(component);
registerPreviews(CMS, { siteCss, fontUrl });
registerValidationBeforeSave(CMS);

CMS.init({
  config: buildCmsConfig({
    name: PUBLIC_CMS_BACKEND,
    repo: PUBLIC_CMS_REPO,
    branch: PUBLIC_CMS_BRANCH,
    baseUrl: PUBLIC_CMS_BASE_URL,
    appId: PUBLIC_CMS_APP_ID,
    apiRoot: PUBLIC_CMS_API_ROOT,
    localBackendUrl: localPort ? `http://${window.location.hostname}:${localPort}/api/v1` : undefined,
  }),
});
