import type { CMS as DecapCms } from 'decap-cms-core';

/** Preview templates: filled in by the previews work. */
export function registerPreviews(cms: typeof DecapCms): void {
  void cms;
}
