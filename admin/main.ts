import CMS from 'decap-cms-app';
import { buildCmsConfig, type BackendSettings } from './cms-config';
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

// Checked when the admin is built (src/integrations/admin.ts), so the values here are valid.
const env = import.meta.env;
CMS.init({
  config: buildCmsConfig({
    name: env.PUBLIC_CMS_BACKEND as BackendSettings['name'],
    repo: env.PUBLIC_CMS_REPO,
    branch: env.PUBLIC_CMS_BRANCH,
    baseUrl: env.PUBLIC_CMS_BASE_URL,
    appId: env.PUBLIC_CMS_APP_ID,
    apiRoot: env.PUBLIC_CMS_API_ROOT,
    localBackendUrl: localPort ? `http://${window.location.hostname}:${localPort}/api/v1` : undefined,
  }),
});
