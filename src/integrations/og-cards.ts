import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSocialCards } from '../lib/build/social-cards';

/**
 * Draws the social card (og:image) of every built page once the pages are written: see
 * src/lib/og/. Cards are kept in the build cache (`cacheDir`/og-cards), so an incremental build
 * draws only the cards whose text changed. Nothing is fetched: the font is the site's own.
 */
export function ogCards(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'jpn:og-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('og-cards/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!cacheDir) throw new Error('jpn:og-cards: the build cache folder is unknown (astro:config:done did not run).');
        const report = await writeSocialCards(fileURLToPath(dir), cacheDir);
        logger.info(
          `Social cards for ${report.pages} pages: ${report.cards} cards, ${report.rendered} drawn and ${report.reused} from the cache, in ${report.seconds.toFixed(1)} s.`,
        );
      },
    },
  };
}
