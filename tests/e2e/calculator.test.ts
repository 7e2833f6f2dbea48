import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../support/axe';
import { useBrowser } from '../support/browser';
import type { Locale } from '../../src/i18n/locales';
import { t } from '../../src/i18n/t';
import { localizedUrls } from '../../src/lib/urls';

/*
 * The L. 68/99 calculator and the request to the network, used in Chromium the way a company's
 * HR manager would. Expected figures are worked out by hand from content/rules/2026-01-01.yaml.
 */
const e2e = useBrowser();

interface Company {
  fullTime: string;
  dirigenti?: string;
  apprentices?: string;
  shortFixedTerm?: string;
  disabled?: string;
  protectedCategories?: string;
  partTime: [string, string][];
  associationMember: boolean;
  usesEsonero: boolean;
  workingDays: string;
  labourCost?: string;
}

/**
 * Opens the calculator in a shared warm context (`e2e.page`), or with `watchRequests` in a cold
 * context of its own, where every request the page makes can be seen.
 */
async function openCalculator(
  options: { bypassCSP?: boolean; locale?: Locale; watchRequests?: boolean } = {},
): Promise<{ page: Page; requests: string[]; close: () => Promise<void> }> {
  const contextOptions = { viewport: { width: 1280, height: 900 }, bypassCSP: options.bypassCSP ?? false };
  const page = options.watchRequests ? await (await e2e.browser.newContext(contextOptions)).newPage() : await e2e.page(contextOptions);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${e2e.baseUrl}${localizedUrls(options.locale ?? 'it').calculator()}`);
  // Ready when the calculator has shown its form; a page whose requests are watched also waits
  // for the load's own requests to end, so that only the calculation's would be seen.
  if (options.watchRequests) await page.waitForLoadState('networkidle');
  else await page.locator('[data-calc-form]').waitFor();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  expect(errors).toEqual([]);
  return { page, requests, close: () => (options.watchRequests ? page.context().close() : page.close()) };
}

/** Fills the form by its labels, as a person would, in the page's language. */
async function fill(page: Page, company: Company, locale: Locale = 'it') {
  const label = (key: Parameters<typeof t>[0], values: Record<string, string | number> = {}) => t(key, values, locale);
  await page.getByLabel(label('calculator.fullTime'), { exact: true }).fill(company.fullTime);
  await page.getByLabel(label('calculator.dirigenti'), { exact: true }).fill(company.dirigenti ?? '');
  await page.getByLabel(label('calculator.apprentices'), { exact: true }).fill(company.apprentices ?? '');
  await page.getByLabel(label('calculator.shortFixedTerm'), { exact: true }).fill(company.shortFixedTerm ?? '');
  await page.getByLabel(label('calculator.disabledEmployed'), { exact: true }).fill(company.disabled ?? '');
  await page.getByLabel(label('calculator.protectedEmployed'), { exact: true }).fill(company.protectedCategories ?? '');
  for (const [index, [count, hours]] of company.partTime.entries()) {
    // By keyboard, as people who tab through the form do: under load, a click on the button
    // sometimes added no row (the part-time group never appeared), where Enter has not failed.
    if (index > 0) await page.getByRole('button', { name: label('calculator.partTime.add') }).press('Enter');
    const row = page.getByRole('group', { name: label('calculator.partTime.group', { n: index + 1 }) });
    await row.getByLabel(label('calculator.partTime.count'), { exact: true }).fill(count);
    await row.getByLabel(label('calculator.partTime.hours'), { exact: true }).fill(hours);
  }
  await page.getByLabel(label('calculator.associationMember')).setChecked(company.associationMember);
  await page.getByLabel(label('calculator.usesEsonero')).setChecked(company.usesEsonero);
  const workingDays = page.getByLabel(label('calculator.workingDays'), { exact: true });
  await workingDays.fill(company.workingDays);
  if (company.labourCost) await page.getByLabel(label('calculator.labourCost')).fill(company.labourCost);
  await workingDays.press('Tab');
}

/** Each step's value and how it was worked out, as shown. */
async function results(page: Page): Promise<Record<string, { value: string; how: string }>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-step]:not([hidden])')].map((step) => [
        step.dataset['step'],
        { value: step.querySelector('[data-value]')?.textContent ?? '', how: step.querySelector('[data-explain]')?.textContent ?? '' },
      ]),
    ),
  );
}

/** 220 employees, 20 of them part-time: the company whose figures are worked out by hand below. */
const largeCompany: Company = {
  fullTime: '200',
  dirigenti: '5',
  apprentices: '10',
  shortFixedTerm: '4',
  disabled: '6',
  protectedCategories: '1',
  partTime: [
    ['12', '24'],
    ['8', '30'],
  ],
  associationMember: true,
  usesEsonero: true,
  workingDays: '252',
};

const visibleCaveats = (page: Page) =>
  page.locator('[data-caveat]:not([hidden])').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['caveat']));

describe('the calculator', () => {
  it('returns every figure for a company of 40 employees, 6 of them part-time', async () => {
    const { page, requests, close } = await openCalculator({ watchRequests: true });
    // 34 full time (1 dirigente, 2 apprentices) and 6 part-timers at 20 h: 40 employees.
    await fill(page, {
      fullTime: '34',
      dirigenti: '1',
      apprentices: '2',
      partTime: [['6', '20']],
      associationMember: true,
      usesEsonero: false,
      workingDays: '250',
    });
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Base di computo 34');
    expect(await results(page)).toEqual({
      // 6 × 20 h = 120 h ÷ 40 h = 3
      partTime: { value: '3', how: '120 ore a settimana in tutto ÷ 40 = 3, arrotondato a 3' },
      // 34 − 3 + 3
      base: { value: '34', how: '34 a tempo pieno − 3 esclusi o già assunti + 3 equivalenti a tempo parziale = 34' },
      // the 15–35 band
      quotaArt3: { value: '1', how: 'base 34, nella fascia da 15 a 35: 1' },
      quotaArt18: { value: '0', how: 'base 34, fino a 50: nessun obbligo' },
      uncoveredArt3: { value: '1', how: '1 di quota − 0 già assunte = 1' },
      uncoveredArt18: { value: '0', how: '0 di quota − 0 già assunte = 0' },
      // no esonero: up to 60% of 1 = 0.6, rounding unknown
      art14: { value: 'tra 0 e 1', how: 'azienda senza esonero parziale: 60% di 1 = 0,6' },
      // 39.21 € × 250 days
      esonero: { value: '9.802,50 €', how: '39,21 € × 250 giorni = 9.802,50 €' },
      // 5 × 39.21 € × 250 days, one position
      sanction: { value: '49.012,50 €', how: '5 × 39,21 € × 250 giorni = 49.012,50 € per posto; × 1 = 49.012,50 €' },
    });
    expect(await visibleCaveats(page)).toEqual(['art14Rounding', 'smallCompanyCap']);
    // Nothing typed leaves the browser: the calculation makes no request at all.
    expect(requests).toEqual([]);
    await close();
  });

  it('returns every figure for a company of 220 employees, 20 of them part-time', async () => {
    const { page, requests, close } = await openCalculator({ watchRequests: true });
    await fill(page, { ...largeCompany, labourCost: '28.000' });
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Base di computo 187');
    expect(await results(page)).toEqual({
      // 12 × 24 + 8 × 30 = 528 h ÷ 40 = 13.2
      partTime: { value: '13', how: '528 ore a settimana in tutto ÷ 40 = 13,2, arrotondato a 13' },
      // 200 − (5 + 10 + 4 + 6 + 1) + 13
      base: { value: '187', how: '200 a tempo pieno − 26 esclusi o già assunti + 13 equivalenti a tempo parziale = 187' },
      // 7% of 187 = 13.09
      quotaArt3: { value: '13', how: '7% di 187 = 13,09, arrotondato a 13' },
      // 1% of 187 = 1.87
      quotaArt18: { value: '2', how: '1% di 187 = 1,87, arrotondato a 2' },
      uncoveredArt3: { value: '7', how: '13 di quota − 6 già assunte = 7' },
      uncoveredArt18: { value: '1', how: '2 di quota − 1 già assunte = 1' },
      // 40% of 13 = 5.2
      art14: { value: 'tra 5 e 6', how: 'di norma: 40% di 13 = 5,2' },
      esonero: { value: '9.880,92 €', how: '39,21 € × 252 giorni = 9.880,92 €' },
      // 5 × 39.21 × 252 = 49,404.60 per position, × 7
      sanction: { value: '345.832,20 €', how: '5 × 39,21 € × 252 giorni = 49.404,60 € per posto; × 7 = 345.832,20 €' },
      commessa: { value: '28.000,00 €', how: 'almeno il costo del lavoro che hai indicato, 28.000,00 €, più i costi di produzione' },
    });
    expect(await visibleCaveats(page)).toEqual(['art14Rounding', 'largeCompany']);
    // Each figure shows the rule behind it, with its source and date.
    const quotaRule = page.locator('[data-step="quotaArt3"] [data-rule]:not([hidden])');
    expect(await quotaRule.allTextContents()).toEqual([
      expect.stringMatching(/L\. 68\/99 art\. 3 c\. 1 \(7%.*affidabilità della fonte: alta\./),
      expect.stringMatching(/0,50/),
    ]);
    // no source gives the date the 7% took effect, so none is shown
    expect((await quotaRule.allTextContents()).join(' ')).not.toContain('in vigore');
    expect(requests).toEqual([]);
    await close();
  });

  it('ties an error to its field, and says the result is not up to date', async () => {
    const { page, close } = await openCalculator();
    await page.getByLabel('Dipendenti a tempo pieno', { exact: true }).fill('30');
    const dirigenti = page.getByLabel('Dirigenti');
    await dirigenti.fill('tre');
    await dirigenti.press('Tab');
    await expect.poll(() => dirigenti.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await dirigenti.getAttribute('aria-describedby')) ?? '';
    const error = page.locator(`#${describedBy.split(' ').at(-1)}`);
    expect(await error.textContent()).toBe('Scrivi un numero intero, zero o più.');
    expect(await page.getByRole('status').first().textContent()).toBe('Il risultato non è aggiornato: correggi i campi segnalati.');
    await dirigenti.fill('3');
    await dirigenti.press('Tab');
    await expect.poll(() => dirigenti.getAttribute('aria-invalid')).toBeNull();
    expect(await error.isVisible()).toBe(false);
    await close();
  });

  it('adds and removes part-time rows by keyboard, keeping names and focus in order', async () => {
    const { page, close } = await openCalculator();
    await page.getByRole('button', { name: 'Aggiungi un altro orario a tempo parziale' }).focus();
    await page.keyboard.press('Enter');
    // Enter on the add button adds a row and moves the focus into it.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('partTime.1.count');
    await page.getByRole('button', { name: 'Aggiungi un altro orario a tempo parziale' }).click();
    await page.getByRole('button', { name: 'Togli l’orario a tempo parziale 2' }).click();
    const names = await page.locator('[data-parttime-rows] input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name));
    expect(names).toEqual(['partTime.0.count', 'partTime.0.weeklyHours', 'partTime.1.count', 'partTime.1.weeklyHours']);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Aggiungi un altro orario a tempo parziale');
    await close();
  });

  it('explains the rules without JavaScript, and shows no dead form', async () => {
    const page = await e2e.page({ javaScriptEnabled: false });
    await page.goto(`${e2e.baseUrl}/aziende/calcolatore/`);
    expect(await page.locator('form[data-calc-form]').isVisible()).toBe(false);
    expect(await page.getByText('Il calcolo automatico ha bisogno di JavaScript').isVisible()).toBe(true);
    const bands = page.getByRole('table', { name: 'Quota di riserva per dimensione dell’azienda' });
    expect(await bands.getByRole('row').allTextContents()).toEqual([
      'Base di computoPersone con disabilità da assumere',
      'da 15 a 351',
      'da 36 a 502',
      'da 51 in su7% della base',
    ]);
    await page.close();
  });

  it('has no accessibility violation with a result on screen, at desktop and phone widths', async () => {
    const { page, close } = await openCalculator({ bypassCSP: true });
    await fill(page, { fullTime: '60', partTime: [['4', '20']], associationMember: false, usesEsonero: true, workingDays: '264', labourCost: '27500' });
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Base di computo 62');
    let violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await close();
  });
});

describe('one request to the network', () => {
  it('builds a shortlist across two services and composes one message with the calculation', async () => {
    const { page, close } = await openCalculator();
    await fill(page, { fullTime: '200', partTime: [], associationMember: true, usesEsonero: true, workingDays: '252' });
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Base di computo 200');
    // From the calculator to the request: the figures travel in the fragment, never to the server.
    const served: string[] = [];
    page.on('request', (request) => served.push(request.url()));
    await page.getByRole('link', { name: 'Usa questo calcolo in una richiesta alla rete' }).click();
    await page.waitForURL(/\/aziende\/richiesta\/#calcolo\./);
    expect(served.filter((url) => url.includes('calcolo'))).toEqual([]);

    // The first service found in the catalogue and added from its page, the second from the request page's list.
    await page.getByRole('link', { name: 'Sfoglia il catalogo dei servizi' }).click();
    await page.waitForURL(/\/servizi\/#calcolo\./);
    await page.getByRole('link', { name: 'Pulizia di uffici' }).first().click();
    await page.waitForURL(/\/servizi\/pulizia-uffici\/#calcolo\./);
    await page.getByRole('link', { name: 'Aggiungi alla richiesta' }).click();
    await page.waitForURL(/\/aziende\/richiesta\/\?servizi=pulizia-uffici#calcolo\./);
    await page.getByText('Servizi amministrativi e inserimento dati').click();
    await page.getByLabel('Data entry').check();
    await page.getByLabel('Nome dell’azienda').fill('Azienda di prova S.r.l.');
    await page.getByLabel('Di cosa ha bisogno la tua azienda?').fill('Ci servono pulizie a Monza.');
    await expect.poll(() => new URL(page.url()).search).toBe('?servizi=pulizia-uffici,data-entry');
    expect(await page.getByRole('heading', { name: 'I servizi scelti' }).isVisible()).toBe(true);
    // the shortlist marks the sheets nobody has confirmed
    expect(await page.locator('[data-request-chosen-list] li').allTextContents()).toEqual([
      expect.stringMatching(/^Pulizia di uffici Scheda da verificare/),
      expect.stringMatching(/^Data entry Scheda da verificare/),
    ]);

    const href = (await page.getByRole('link', { name: 'Apri il messaggio nel programma di posta' }).getAttribute('href')) ?? '';
    const mail = new URL(href);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.searchParams.get('subject')).toBe('Richiesta di informazioni su 2 servizi');
    const body = mail.searchParams.get('body') ?? '';
    expect(body.split('\r\n')).toEqual([
      'Buongiorno,',
      '',
      'vorrei ricevere informazioni su questi servizi della rete Job Placement Network:',
      // both sheets are unconfirmed: the message says so
      '- Pulizia di uffici (Pulizie e sanificazione); cooperativa da individuare; scheda da verificare',
      '- Data entry (Servizi amministrativi e inserimento dati); cooperativa da individuare; scheda da verificare',
      '',
      expect.stringMatching(
        /^Dal calcolatore del vostro sito \(indicativo; fonti raccolte il \d+º? \w+ \d{4}\): base di computo 200, quota di riserva 14, posti scoperti 14, di cui una convenzione Art\. 14 potrebbe coprirne 5–6\./,
      ),
      '',
      'Ci servono pulizie a Monza.',
      '',
      'Azienda: Azienda di prova S.r.l.',
      '',
      'Grazie, cordiali saluti.',
    ]);
    // What the visitor reads on the page is what the mail program gets.
    expect(await page.locator('[data-preview-body]').textContent()).toBe(body.replaceAll('\r\n', '\n'));

    // Removing a service by keyboard takes it out of the message and the URL.
    await page.getByRole('button', { name: 'Togli Pulizia di uffici dalla richiesta' }).press('Enter');
    await expect.poll(() => new URL(page.url()).search).toBe('?servizi=data-entry');
    expect(await page.locator('[data-preview-subject]').textContent()).toBe('Richiesta di informazioni: Data entry');
    await close();
  });

  it('works without JavaScript: the form itself opens a mail with the ticked services', async () => {
    const page = await e2e.page({ javaScriptEnabled: false });
    await page.goto(`${e2e.baseUrl}/aziende/richiesta/`);
    const form = page.locator('form[data-request-form]');
    expect(await form.getAttribute('method')).toBe('post');
    expect(await form.getAttribute('enctype')).toBe('text/plain');
    expect(await form.getAttribute('action')).toMatch(/^mailto:/);
    expect(await page.getByRole('button', { name: 'Apri il messaggio nel programma di posta' }).isVisible()).toBe(true);
    expect(await page.locator('input[name="servizio"]').count()).toBeGreaterThanOrEqual(45);
    await page.close();
  });

  it('has no accessibility violation with a shortlist and a calculation', async () => {
    const page = await e2e.page({ bypassCSP: true });
    await page.goto(
      `${e2e.baseUrl}/aziende/richiesta/?servizi=pulizia-uffici,data-entry#calcolo.base=187&calcolo.quotaArt3=13&calcolo.quotaArt18=2&calcolo.uncoveredArt3=7&calcolo.uncoveredArt18=1&calcolo.art14Min=5&calcolo.art14Max=6&calcolo.sourcesCollected=2026-11-25`,
    );
    expect(await page.getByRole('heading', { name: 'Il calcolo della tua azienda' }).isVisible()).toBe(true);
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });
});

describe('the calculator and the request in English', () => {
  const en = localizedUrls('en');

  it('returns the same figures as the Italian page, in English words and numbers', async () => {
    const { page, requests, close } = await openCalculator({ locale: 'en', watchRequests: true });
    // The company of the Italian test above; its labour cost typed the English way.
    await fill(page, { ...largeCompany, labourCost: '28,000' }, 'en');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Calculation base 187');
    expect(await results(page)).toEqual({
      partTime: { value: '13', how: '528 hours a week in total ÷ 40 = 13.2, rounded to 13' },
      base: { value: '187', how: '200 full-time − 26 excluded or already employed + 13 full-time equivalents from part-time staff = 187' },
      quotaArt3: { value: '13', how: '7% of 187 = 13.09, rounded to 13' },
      quotaArt18: { value: '2', how: '1% of 187 = 1.87, rounded to 2' },
      uncoveredArt3: { value: '7', how: 'quota of 13 − 6 already employed = 7' },
      uncoveredArt18: { value: '1', how: 'quota of 2 − 1 already employed = 1' },
      art14: { value: 'between 5 and 6', how: 'as a rule: 40% of 13 = 5.2' },
      esonero: { value: '€9,880.92', how: '€39.21 × 252 days = €9,880.92' },
      sanction: { value: '€345,832.20', how: '5 × €39.21 × 252 days = €49,404.60 per place; × 7 = €345,832.20' },
      commessa: { value: '€28,000.00', how: 'at least the labour cost you entered, €28,000.00, plus production costs' },
    });
    expect(await visibleCaveats(page)).toEqual(['art14Rounding', 'largeCompany']);
    // The rule behind a figure keeps its Italian source, described in English.
    const quotaRule = page.locator('[data-step="quotaArt3"] [data-rule]:not([hidden])');
    expect((await quotaRule.allTextContents())[0]).toMatch(/L\. 68\/99 art\. 3 c\. 1 .*reliability of the source: high\./);
    expect(requests).toEqual([]);
    await close();
  });

  it('ties an English error to its field', async () => {
    const { page, close } = await openCalculator({ locale: 'en' });
    await fill(page, { fullTime: '60', partTime: [], associationMember: true, usesEsonero: false, workingDays: '250', labourCost: '27500' }, 'en');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Calculation base 60');
    expect((await results(page))['commessa']?.value).toBe('€27,500.00');
    const dirigenti = page.getByLabel(t('calculator.dirigenti', {}, 'en'), { exact: true });
    await dirigenti.fill('three');
    await dirigenti.press('Tab');
    await expect.poll(() => dirigenti.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await dirigenti.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${describedBy.split(' ').at(-1)}`).textContent()).toBe('Enter a whole number, zero or more.');
    expect(await page.getByRole('status').first().textContent()).toBe('The result is not up to date: correct the fields that show a problem.');
    await close();
  });

  it('carries the calculation to an English request whose fixed parts are in English and Italian', async () => {
    const { page, close } = await openCalculator({ locale: 'en' });
    await fill(page, { fullTime: '200', partTime: [], associationMember: true, usesEsonero: true, workingDays: '252' }, 'en');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Calculation base 200');
    await page.getByRole('link', { name: 'Use this calculation in a request to the network' }).click();
    await page.waitForURL((url) => url.pathname === en.request() && url.hash.startsWith('#calcolo.'));
    // The visitor is told that the network works in Italian.
    expect(await page.getByText('The network works in Italian.').isVisible()).toBe(true);
    await page.getByText('Administrative services and data entry').click();
    await page.getByLabel('Data entry').check();
    await page.getByLabel('Company name').fill('Test Company Ltd');
    await page.getByLabel('What does your company need?').fill('We need data entry in Milan.');
    await expect.poll(() => new URL(page.url()).search).toBe('?servizi=data-entry');
    const href = (await page.getByRole('link', { name: 'Open the message in your email program' }).getAttribute('href')) ?? '';
    const mail = new URL(href);
    expect(mail.searchParams.get('subject')).toBe('Request for information: Data entry / Richiesta di informazioni: Data entry');
    const body = (mail.searchParams.get('body') ?? '').split('\r\n');
    expect(body).toEqual([
      'Hello, / Buongiorno,',
      '',
      'I would like information about these services of the Job Placement Network: / vorrei ricevere informazioni su questi servizi della rete Job Placement Network:',
      '- Data entry (Administrative services and data entry); cooperative not yet identified / cooperativa da individuare; sheet to be verified / scheda da verificare',
      '',
      expect.stringMatching(
        /^From the calculator on your website \(an estimate; sources collected on \d+ \w+ \d{4}\): calculation base 200, reserved quota 14, unfilled places 14, of which an Art\. 14 convention could cover 5–6\./,
      ),
      expect.stringMatching(/^Dal calcolatore del vostro sito \(indicativo; fonti raccolte il \d+ \w+ \d{4}\): base di computo 200, quota di riserva 14/),
      '',
      'We need data entry in Milan.',
      '',
      'Company: Test Company Ltd / Azienda: Test Company Ltd',
      '',
      'Thank you, kind regards. / Grazie, cordiali saluti.',
    ]);
    await close();
  });

  it('has no accessibility violation with an English result on screen, at desktop and phone widths', async () => {
    const { page, close } = await openCalculator({ bypassCSP: true, locale: 'en' });
    await fill(page, { fullTime: '60', partTime: [['4', '20']], associationMember: false, usesEsonero: true, workingDays: '264', labourCost: '27500' }, 'en');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Calculation base 62');
    let violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await close();
  });
});
