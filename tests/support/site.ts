import { checkContent } from '../../src/lib/node/content-check/check-content';
import { urls } from '../../src/lib/urls';
import { projectRoot } from '../../scripts/lib/project-root';

export { projectRoot };

/** The URL of every content entry that has a page of its own. */
export function entryUrls(): { collection: string; id: string; url: string }[] {
  const { entries } = checkContent({ root: projectRoot, today: new Date() });
  const urlFor: Record<string, ((id: string) => string) | undefined> = {
    members: urls.member,
    services: urls.service,
    stories: urls.story,
    news: urls.newsItem,
    pages: urls.page,
    facile: urls.easyReadText,
  };
  return entries.flatMap((entry) => {
    const build = urlFor[entry.collection];
    return build ? [{ collection: entry.collection, id: entry.id, url: build(entry.id) }] : [];
  });
}
