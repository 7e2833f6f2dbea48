import { chromium, type Browser } from 'playwright-core';

/**
 * Launches Debian's Chromium. No browser download works on these machines, so playwright-core
 * drives the system binary; the background-networking flags stop Chromium from calling home.
 * `extraArgs` adds switches, such as `--host-resolver-rules` to open a local server by another name.
 */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
  });
}
