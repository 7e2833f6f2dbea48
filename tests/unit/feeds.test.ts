import { describe, expect, it } from 'vitest';
import { feedItems, feedLength } from '../../src/lib/feeds';
import { urls } from '../../src/lib/urls';

const entry = (id: string, date: string) => ({ id, data: { title: `Titolo ${id}`, summary: `Sommario ${id}`, date: new Date(`${date}T00:00:00Z`) } });

describe('feedItems', () => {
  it('returns title, link, date and summary of each entry, newest first', () => {
    expect(feedItems([entry('vecchia', '2025-01-10'), entry('nuova', '2025-10-28')], urls.story)).toEqual([
      { title: 'Titolo nuova', link: '/storie/nuova/', pubDate: new Date('2025-10-28T00:00:00Z'), description: 'Sommario nuova' },
      { title: 'Titolo vecchia', link: '/storie/vecchia/', pubDate: new Date('2025-01-10T00:00:00Z'), description: 'Sommario vecchia' },
    ]);
  });

  it('returns entries of the same day in id order, so the feed does not reshuffle between builds', () => {
    expect(feedItems([entry('b', '2025-10-28'), entry('a', '2025-10-28')], urls.newsItem).map((i) => i.link)).toEqual(['/notizie/a/', '/notizie/b/']);
  });

  it(`returns only the newest ${feedLength}`, () => {
    const many = Array.from({ length: feedLength + 5 }, (_, i) => entry(`s${i}`, `2025-01-${String((i % 28) + 1).padStart(2, '0')}`));
    const items = feedItems(many, urls.story);
    expect(items).toHaveLength(feedLength);
    const oldestShown = Math.min(...items.map((i) => i.pubDate?.getTime() ?? 0));
    const left = many.filter((e) => !items.some((i) => i.link === urls.story(e.id)));
    for (const e of left) expect(e.data.date.getTime()).toBeLessThanOrEqual(oldestShown);
  });
});
