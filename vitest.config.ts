// @ts-check
import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs pure logic and content fixtures in seconds; `site` builds the real
 * site once (tests/support/build-site.ts) and tests the output and the pages in Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          // Decap's format modules use extensionless ESM imports that only Vite resolves.
          server: { deps: { inline: [/decap-cms-core/] } },
          // Files share the modules they import instead of loading them again each: importing
          // was a third of this project's time. No test keeps state in a module (checked by
          // running the files in random order).
          isolate: false,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/build-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time is plenty on a 2-core CI machine.
          fileParallelism: false,
          // As in `unit`: files share what they import (playwright-core, the content checker).
          isolate: false,
          // Inside a file, concurrent tests overlap their waits (page loads, the network going
          // quiet); more than three at once only queue for the two cores.
          maxConcurrency: 3,
        },
      },
    ],
  },
});
