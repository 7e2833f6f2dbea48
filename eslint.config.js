// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * ESLint: JavaScript's and typescript-eslint's recommended rules, eslint-plugin-astro's with its
 * jsx-a11y rules for the markup of .astro files, and the one line the folders draw: code that can
 * run in a browser (src/lib outside src/lib/node, src/browser, admin) imports no Node module and
 * nothing from src/lib/node. typescript-eslint runs without type information: `astro check`
 * (npm run check) already type-checks, and type-aware linting would double the time of `npm test`.
 */
const noTests = { group: ['**/tests/**'], message: 'Nothing outside tests/ imports from tests/: share through scripts/lib or src.' };
const nodeModules = {
  paths: ['sharp', 'pagefind', 'opentype.js'].map((name) => ({ name, message: 'Browser-safe code imports no Node module: put this in src/lib/node/.' })),
};
const noNode = [
  { group: ['node:*'], message: 'Browser-safe code imports no Node module: put this in src/lib/node/.' },
  { group: ['**/lib/node/**', './node/**', '../node/**'], message: 'Browser-safe code imports nothing from src/lib/node/.' },
];

export default defineConfig([
  globalIgnores(['dist/', '.astro/', '.build-staging/', '.scratch/', '.cms-workflow/', 'node_modules/', 'tests/fixtures/', 'public/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  astro.configs['jsx-a11y-recommended'],
  {
    // A box that scrolls a wide table must take focus, or the keyboard cannot scroll it (axe's
    // scrollable-region-focusable). That box is a named <section>, a region: it may take focus
    // too, besides the rule's default tabpanel.
    files: ['src/**/*.astro'],
    rules: { 'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['section'], roles: ['tabpanel'], allowExpressionValues: true }] },
  },
  {
    // Tooling, tests and the build run on Node; pages and components render there at build time.
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/browser/**', 'admin/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['scripts/**', 'src/**', 'admin/**', 'astro.config.mjs'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noTests] }] },
  },
  {
    // A later block replaces the rule's options, so this one repeats the first pattern.
    files: ['src/lib/**/*.ts', 'src/browser/**/*.ts', 'admin/**/*.ts'],
    ignores: ['src/lib/node/**'],
    rules: { 'no-restricted-imports': ['error', { ...nodeModules, patterns: [noTests, ...noNode] }] },
  },
]);
