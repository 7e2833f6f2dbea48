import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, or the one `CHROMIUM_PATH` names. No browser download works on these
 * machines, so playwright-core (tests, screenshots, the bench) and Lighthouse (the bench) drive
 * the system binary.
 */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * The switches every Chromium of this repository starts with: no sandbox and no GPU (CI
 * containers have neither), and no background networking, component updates, sync, first-run
 * pages or QUIC, so the browser never calls home and every request it makes is the page's.
 */
export const chromiumFlags: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Launches the system Chromium, headless, with `chromiumFlags`. `extraArgs` adds switches, such
 * as `--host-resolver-rules` to open a local server by another name.
 */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumFlags, ...extraArgs] });
}
