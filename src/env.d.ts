/// <reference types="astro/client" />

/** Built URLs of lazily loaded modules: see src/integrations/lazy-module-url.ts. */
declare module 'lazy-url:*' {
  const url: string;
  export default url;
}
