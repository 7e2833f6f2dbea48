import { previewedCollections, type PreviewedCollection } from '../../admin/cms-config';
import { checkContent } from '../../src/lib/node/content-check/check-content';
import { urls, specialPageUrls } from '../../src/lib/urls';
import { collectionDefinitions } from '../../src/schemas';
import type { OutlineOptions } from './outline';
import { projectRoot } from './site';

/** The page of an entry of each collection with a preview template (admin/previews/). */
const previewed: Record<PreviewedCollection, (id: string) => string> = {
  stories: urls.story,
  services: urls.service,
  members: urls.member,
  news: urls.newsItem,
  pages: urls.page,
  facile: urls.easyReadText,
};

export interface PreviewCase {
  collection: PreviewedCollection;
  id: string;
  /** The entry's name in the CMS: entries in folders are `<id>/index`. */
  cmsSlug: string;
  url: string;
}

/** The fields an entry fills in, as paths (list items share one path), and how many values in all. */
function filled(data: unknown, path = '', paths = new Set<string>()): { fields: number; values: number } {
  let values = 0;
  if (Array.isArray(data)) for (const item of data) values += filled(item, `${path}[]`, paths).values;
  else if (data !== null && typeof data === 'object') for (const [key, value] of Object.entries(data)) values += filled(value, `${path}.${key}`, paths).values;
  else if (data !== undefined && data !== '' && data !== false) {
    paths.add(path);
    values = 1;
  }
  return { fields: paths.size, values };
}

/**
 * One entry per previewed collection: the one that fills in the most fields (then the most
 * values), so that the comparison covers as many parts of its template as the content has. Pages with a route of their own
 * (/aziende/, /contatti/) are left out: their routes add to the article.
 */
export function previewCases(): PreviewCase[] {
  const { entries } = checkContent({ root: projectRoot, today: new Date() });
  return previewedCollections.map((collection) => {
    const candidates = entries
      .filter((entry) => entry.collection === collection && !(collection === 'pages' && entry.id in specialPageUrls))
      // The values as written: the schema's defaults would count as filled in.
      .map((entry) => ({ entry, ...filled(entry.raw) }))
      .sort((a, b) => b.fields - a.fields || b.values - a.values || a.entry.id.localeCompare(b.entry.id))
      .map(({ entry }) => entry);
    const entry = candidates[0];
    if (!entry) throw new Error(`No ${collection} entry to compare with its preview.`);
    const inFolder = collectionDefinitions[collection].layout === 'entry-folders';
    return { collection, id: entry.id, cmsSlug: inFolder ? `${entry.id}/index` : entry.id, url: previewed[collection](entry.id) };
  });
}

/**
 * What the comparison leaves out of the built page, each for a reason:
 * - lists and links drawn from other entries (a service's related services, a member's services
 *   and stories, a page's link to its easy-to-read text), which the preview of one entry cannot know;
 * - the optimised sources Astro's image pipeline adds around an image (the preview shows the
 *   uploaded file itself);
 * - the anchor ids the site's Markdown gives body headings.
 */
export const siteOutline: OutlineOptions = {
  drop: ['.service__related', '.member__section', '[data-easy-read-link]', 'picture > source'],
  unwrap: ['picture'],
  anonymous: ['.prose :is(h2, h3, h4, h5, h6)'],
};

/**
 * Decap renders the body inside a container of its own, inside the template's .prose. The
 * readability line above the article is for the editor and has no place on the page.
 */
export const previewOutline: OutlineOptions = {
  drop: ['[data-readability-line]'],
  unwrap: ["[class*='WidgetPreviewContainer']"],
};
