import type { Features } from 'satteri';

/** The Markdown dialect of CMS bodies. The build and the safety check must parse alike. */
export const markdownFeatures = {
  directive: true,
  smartPunctuation: { quotes: false },
} as const satisfies Features;
