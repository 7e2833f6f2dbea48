import CMS from 'decap-cms-app';
import { t } from '../src/i18n/t';
import { adminMode, parseCmsBackend } from './admin-mode';
import { buildCmsConfig } from './cms-config';
import { editorComponents } from './editor-components';
import fontUrl from '@fontsource-variable/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-wght-normal.woff2?url';
import siteCss from '../src/styles/global.css?url';
import { registerPreviews } from './previews';
import { registerValidationBeforeSave } from './validate-before-save';
import { cmsFormats } from './cms-formats';
import './admin.css';

/**
 * The admin app at /admin/. On this machine it talks to decap-server (started by `npm start` and
 * `npm run dev`); on a deployed site it talks to the Git host named by the PUBLIC_CMS_* variables
 * given to the build, which the build writes into the page (src/integrations/admin.ts).
 */
const mode = adminMode(parseCmsBackend(document.getElementById('jpn-cms-backend')?.textContent), {
  hostname: window.location.hostname,
  search: window.location.search,
  dev: import.meta.env.DEV,
});

if (mode.kind === 'not-configured') {
  showNotConfigured();
} else {
  for (const component of Object.values(editorComponents)) CMS.registerEditorComponent(component);
  registerPreviews(CMS, { siteCss, fontUrl });
  registerValidationBeforeSave(CMS);
  for (const format of cmsFormats()) CMS.registerCustomFormat(format.name, format.extension, format.formatter);
  CMS.init({ config: buildCmsConfig(mode) });
}

/** A plain page that says why there is no CMS here and what to do, instead of a login that cannot work. */
function showNotConfigured(): void {
  const main = document.createElement('main');
  main.className = 'jpn-not-configured';
  const heading = document.createElement('h1');
  heading.textContent = t('cms.notConfigured.title');
  const message = document.createElement('p');
  message.textContent = t('cms.notConfigured');
  main.append(heading, message);
  document.body.append(main);
}
