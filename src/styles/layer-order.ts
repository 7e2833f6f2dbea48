/**
 * The order of the cascade layers, lowest priority first. It must be the first CSS a page sees:
 * Astro inlines small component styles above the global stylesheet, and the first mention of a
 * layer fixes its place. BaseLayout prints it inline, and astro.config.mjs allows it in the CSP
 * by hash.
 */
export const layerOrderCss = '@layer reset, tokens, base, prose, layout, components, utilities;';
