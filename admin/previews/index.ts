import type { CMS, PreviewTemplateComponentProps } from 'decap-cms-core';
import type { ComponentType } from 'react';
import { layerOrderCss } from '../../src/styles/layer-order';
import type { PreviewedCollection } from '../cms-config';
import { EasyReadPreview } from './easy-read';
import { MemberPreview } from './member';
import { NewsPreview } from './news';
import { PagePreview } from './page';
import { ServicePreview } from './service';
import { StoryPreview } from './story';

/**
 * Registers the previews: the same markup as the site's templates (see each file), styled by the
 * site's own stylesheet and font, so that what an editor sees is what gets published.
 */
export function registerPreviews(cms: CMS, styles: { siteCss: string; fontUrl: string }): void {
  cms.registerPreviewStyle(layerOrderCss, { raw: true });
  cms.registerPreviewStyle(
    `@font-face{font-family:'Atkinson Hyperlegible Next';font-style:normal;font-weight:200 800;font-display:swap;src:url('${styles.fontUrl}') format('woff2')}:root{--jpn-font-atkinson:'Atkinson Hyperlegible Next',system-ui,sans-serif}`,
    { raw: true },
  );
  cms.registerPreviewStyle(styles.siteCss);
  // Decap renders a body inside a container of its own, one level below .prose: give its children
  // the spacing that styles/prose.css gives to the direct children of .prose on the site.
  cms.registerPreviewStyle(
    `@layer prose{.prose>[class*='WidgetPreviewContainer']>*+*{margin-block-start:var(--jpn-space-s)}.prose>[class*='WidgetPreviewContainer']>:is(h2,h3){margin-block-start:var(--jpn-space-l)}}`,
    { raw: true },
  );
  // The readability line above the preview (readability-line.ts): the editor's, not the page's.
  cms.registerPreviewStyle(
    `@layer components{.readability-line{margin:0;padding:var(--jpn-space-2xs) var(--jpn-gutter);background:var(--jpn-color-brand-tint);border-block-end:3px solid var(--jpn-color-brand);font-size:var(--jpn-text-sm)}.readability-line--below{background:var(--jpn-color-accent-tint);border-color:var(--jpn-color-accent)}}`,
    { raw: true },
  );
  // The previews read only the props they declare in dom.ts (PreviewProps), a subset of Decap's.
  const templates: Record<PreviewedCollection, unknown> = {
    services: ServicePreview,
    members: MemberPreview,
    stories: StoryPreview,
    news: NewsPreview,
    pages: PagePreview,
    facile: EasyReadPreview,
  };
  for (const [collection, template] of Object.entries(templates))
    cms.registerPreviewTemplate(collection, template as ComponentType<PreviewTemplateComponentProps>);
}
