import { checkContent } from '../../src/lib/content-check/check-content';
import { urls, specialPageUrls } from '../../src/lib/urls';
import { collectionDefinitions } from '../../src/schemas';
import type { OutlineOptions } from './outline';
import { projectRoot } from './site';

/** The collections with a preview template in admin/previews/, and the page of each entry. */
const previewed = {
  stories: urls.story,
  services: urls.service,
  members: urls.member,
  news: urls.newsItem,
  pages: urls.page,
} as const;

export interface PreviewCase {
  collection: keyof typeof previewed;
  id: string;
  /** The entry's name in the CMS: entries in folders are `<id>/index`. */
  cmsSlug: string;
  url: string;
}

/** How many values an entry fills in: list items count one by one. */
function filledValues(data: unknown): number {
  if (Array.isArray(data)) return data.reduce((sum: number, item) => sum + filledValues(item), 0);
  if (data !== null && typeof data === 'object') return Object.values(data).reduce((sum: number, value) => sum + filledValues(value), 0);
  return data === undefined || data === '' || data === false ? 0 : 1;
}

/**
 * One entry per previewed collection: the one that fills in the most, so that the comparison
 * covers as many parts of its template as the content has. Pages with a route of their own
 * (/aziende/, /contatti/) are left out: their routes add to the article.
 */
export function previewCases(): PreviewCase[] {
  const { entries } = checkContent({ root: projectRoot, today: new Date() });
  return (Object.keys(previewed) as (keyof typeof previewed)[]).map((collection) => {
    const candidates = entries
      .filter((entry) => entry.collection === collection && !(collection === 'pages' && entry.id in specialPageUrls))
      .sort((a, b) => filledValues(b.data) - filledValues(a.data) || a.id.localeCompare(b.id));
    const entry = candidates[0];
    if (!entry) throw new Error(`No ${collection} entry to compare with its preview.`);
    const inFolder = collectionDefinitions[collection].layout === 'entry-folders';
    return { collection, id: entry.id, cmsSlug: inFolder ? `${entry.id}/index` : entry.id, url: previewed[collection](entry.id) };
  });
}

/**
 * What the comparison leaves out of the built page, each for a reason:
 * - lists drawn from other entries (a service's related services, a member's services and
 *   stories), which the preview of one entry cannot know;
 * - the optimised sources Astro's image pipeline adds around an image (the preview shows the
 *   uploaded file itself);
 * - the anchor ids the site's Markdown gives body headings.
 */
export const siteOutline: OutlineOptions = {
  drop: ['.service__related', '.member__section', 'picture > source'],
  unwrap: ['picture'],
  anonymous: ['.prose :is(h2, h3, h4, h5, h6)'],
};

/** Decap renders the body inside a container of its own, inside the template's .prose. */
export const previewOutline: OutlineOptions = {
  unwrap: ["[class*='WidgetPreviewContainer']"],
};
