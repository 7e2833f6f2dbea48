/**
 * Takes the screenshots of the README's "Publishing a story" section from the real admin: it
 * builds nothing itself, so build an admin that saves through decap-server first:
 * `PUBLIC_CMS_BACKEND=local npm run build`. The admin runs against decap-server over a throwaway
 * copy of content/, so the repository is not touched. The page's locale is Italian, as an
 * editor's browser is. Output: docs/images/cms-*.png.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './lib/chromium';
import { contentWorkspace, openAdmin, startDecapServer } from './lib/decap';
import { serveStatic } from './lib/static-server';

const root = join(import.meta.dirname, '..');
const out = (name: string) => join(root, 'docs/images', name);
const workspace = contentWorkspace();
const cms = await startDecapServer(workspace);
const site = await serveStatic(join(root, 'dist'));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'it-IT' });
  const go = await openAdmin(page, site.url, cms.port);
  await page.screenshot({ path: out('cms-1-raccolte.png') });

  await go('/collections/stories/new');
  await page.getByLabel('Titolo', { exact: true }).fill('La nostra nuova storia');
  await page.getByLabel('Data di pubblicazione', { exact: true }).fill('2026-11-25');
  await page.getByLabel('Sommario', { exact: true }).fill('Una o due frasi che raccontano la storia: compaiono negli elenchi e nei risultati di ricerca.');
  await page.locator('[aria-label="object field"]').filter({ hasText: 'Immagine di copertina' }).getByTestId('expand-button').first().click();
  await page.getByRole('button', { name: "Scegli un'immagine" }).first().click();
  await page.locator('input[type="file"]').first().setInputFiles(join(root, 'tests/fixtures/media/foto-prova.png'));
  await page.screenshot({ path: out('cms-3-immagine.png') });
  await page.getByRole('button', { name: 'Prendi selezionato' }).click();
  await page
    .getByLabel(/^Testo alternativo/)
    .first()
    .fill('Descrizione dell’immagine per chi non vede');
  await page.getByLabel('Titolo', { exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: out('cms-2-nuova-storia.png') });

  const members = page.getByLabel(/^Organizzazioni coinvolte/);
  await members.click();
  await members.pressSequentially('Alveare');
  await page.getByRole('option', { name: /Alveare/ }).click();
  await page.locator('[data-slate-editor="true"]').first().click();
  await page.keyboard.type('Il testo della storia, diviso in paragrafi.');
  await page.keyboard.press('Enter');
  await page.getByTitle('Aggiungi componente').first().click();
  await page.screenshot({ path: out('cms-4-blocchi.png') });
  await page.getByText('Riquadro', { exact: true }).first().click();
  await page.locator('[data-slate-editor="true"]').last().click();
  await page.keyboard.type('Un riquadro mette in evidenza un’informazione.');
  await page.waitForTimeout(500);
  await page.screenshot({ path: out('cms-5-anteprima.png') });
  await page.getByRole('button', { name: 'Pubblica' }).first().click();
  await page.screenshot({ path: out('cms-6-pubblica.png') });
  console.log('Screenshots written to docs/images/.');
} finally {
  await browser.close();
  await site.close();
  cms.stop();
  rmSync(workspace, { recursive: true, force: true });
}
