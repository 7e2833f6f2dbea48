import type { RSSFeedItem } from '@astrojs/rss';

/** What a feed item is made from: a story or a news item. */
interface FeedEntry {
  id: string;
  data: { title: string; summary: string; date: Date };
}

/**
 * A feed carries the newest entries, not the archive: readers poll it often, and at thousands of
 * stories a complete feed would weigh megabytes on every poll.
 */
export const feedLength = 50;

/**
 * The items of a feed, newest first: title, link (a site path; @astrojs/rss makes it absolute),
 * publication date and the summary as description.
 *
 * @example
 * feedItems(stories, urls.story)[0] // → { title: 'Out of the blue…', link: '/storie/out-of-the-blue/', pubDate, description }
 */
export function feedItems(entries: readonly FeedEntry[], pathOf: (id: string) => string, limit = feedLength): RSSFeedItem[] {
  return [...entries]
    .sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((entry) => ({ title: entry.data.title, link: pathOf(entry.id), pubDate: entry.data.date, description: entry.data.summary }));
}
