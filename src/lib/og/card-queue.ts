import type { CardSpec } from './card';

/**
 * The channel from the pages to the card drawer during `astro build`. Pages are rendered in the
 * same process as the build's integrations, so the social-cards integration puts its drawer on
 * `globalThis` at the start of the build and each page hands over its card as it renders: the
 * cards are drawn on another core while Astro renders the rest. In `astro dev` there is no drawer
 * and this does nothing.
 */
const drawerKey = Symbol.for('jpn.socialCardDrawer');

export type CardDrawer = (fileName: string, spec: CardSpec) => void;

/** Asks the build's drawer for a card; nothing happens when no build is drawing cards. */
export function requestCard(fileName: string, spec: CardSpec): void {
  (globalThis as { [drawerKey]?: CardDrawer })[drawerKey]?.(fileName, spec);
}

/** Installs the drawer for the length of a build; returns the function that removes it. */
export function installCardDrawer(drawer: CardDrawer): () => void {
  const global = globalThis as { [drawerKey]?: CardDrawer };
  global[drawerKey] = drawer;
  return () => {
    delete global[drawerKey];
  };
}
