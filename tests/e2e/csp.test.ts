import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';

const e2e = useBrowser();

describe('the Content-Security-Policy in Chromium', () => {
  it.each(['/', '/storie/out-of-the-blue/', '/cerca/'])('refuses an inline script injected into %s', async (path) => {
    const page = await e2e.browser.newPage();
    await page.goto(e2e.baseUrl + path);
    const outcome = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; violation: string }>((resolve) => {
          let violation = '';
          document.addEventListener('securitypolicyviolation', (event) => (violation = event.violatedDirective));
          const script = document.createElement('script');
          script.textContent = 'window.__injected = true;';
          document.body.append(script);
          setTimeout(() => resolve({ ran: (window as unknown as { __injected?: boolean }).__injected === true, violation }), 200);
        }),
    );
    expect(outcome.ran).toBe(false);
    expect(outcome.violation).toMatch(/^script-src/);
    await page.close();
  });

  it('refuses an inline event handler too', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.baseUrl}/`);
    const ran = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const image = document.createElement('img');
          image.setAttribute('onerror', 'window.__handler = true');
          image.src = '/no-such-image.png';
          document.body.append(image);
          setTimeout(() => resolve((window as unknown as { __handler?: boolean }).__handler === true), 500);
        }),
    );
    expect(ran).toBe(false);
    await page.close();
  });
});
