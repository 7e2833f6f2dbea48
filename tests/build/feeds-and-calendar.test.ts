import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/lib/node/content-check/check-content';
import { feedLength } from '../../src/lib/feeds';
import type { Locale } from '../../src/i18n/locales';
import { fileUrls, localeOfPath, localizedFileUrls, urls } from '../../src/lib/urls';
import { listPages, readPage } from '../support/dist';
import { projectRoot } from '../support/site';

/* The RSS feeds and the calendar files of the built site, read by independent parsers and held against the content. */
const distDir = inject('distDir');
const pages = listPages(distDir).filter((page) => !page.path.startsWith('/admin/'));
const { entries } = checkContent({ root: projectRoot, today: new Date() });

interface Entry {
  id: string;
  data: { title: string; summary: string; date: string | Date; event?: { start: string; end: string; venue: string; address: string; city: string } };
}
const content = (collection: string) => entries.filter((e) => e.collection === collection).map((e) => ({ id: e.id, data: e.data }) as Entry);
const day = (value: string | Date) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`));

interface Item {
  title: string;
  link: string;
  guid: string | { '#text': string };
  pubDate: string;
  description: string;
}
function readFeed(path: string): { title: string; link: string; items: Item[] } {
  const xml = readFileSync(join(distDir, path), 'utf8');
  const channel = new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel as { title: string; link: string; item?: Item | Item[] };
  return { title: channel.title, link: channel.link, items: channel.item === undefined ? [] : Array.isArray(channel.item) ? channel.item : [channel.item] };
}

describe.each([
  { feed: fileUrls.storiesFeed(), collection: 'stories', pageOf: urls.story, feedIn: (locale: Locale) => localizedFileUrls(locale).storiesFeed() },
  { feed: fileUrls.newsFeed(), collection: 'news', pageOf: urls.newsItem, feedIn: (locale: Locale) => localizedFileUrls(locale).newsFeed() },
])('the feed $feed', ({ feed, collection, pageOf, feedIn }) => {
  const { title, link, items } = readFeed(feed);
  const all = content(collection);
  const site = new URL(link);

  it('has a title and links to the site', () => {
    expect(title).toContain('Job Placement Network');
    expect(site.pathname).toBe('/');
  });

  it('lists the newest entries, newest first, each with its title, link, date and summary', () => {
    expect(items).toHaveLength(Math.min(all.length, feedLength));
    const dates = items.map((item) => new Date(item.pubDate).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of items) {
      const url = new URL(item.link);
      const entry = all.find((e) => pageOf(e.id) === url.pathname);
      expect(entry, item.link).toBeDefined();
      expect(url.origin).toBe(site.origin);
      expect(item.title).toBe(entry?.data.title);
      expect(item.description).toBe(entry?.data.summary);
      expect(new Date(item.pubDate).getTime()).toBe(day(entry?.data.date ?? '').getTime());
      expect(existsSync(join(distDir, url.pathname, 'index.html'))).toBe(true);
    }
  });

  it('is advertised, in the page’s language, in the head of every page', () => {
    for (const { path, file } of pages) {
      const alternate = readPage(file).querySelector(`link[rel="alternate"][type="application/rss+xml"][href="${feedIn(localeOfPath(path))}"]`);
      expect(alternate?.getAttribute('title'), path).toBeTruthy();
    }
  });
});

/** The one VEVENT of a calendar file. */
function readCalendar(path: string) {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(distDir, path), 'utf8')));
  const vevents = calendar.getAllSubcomponents('vevent');
  expect(vevents).toHaveLength(1);
  return new ICAL.Event(vevents[0]);
}

/** A UTC instant as Rome's wall clock, `2025-10-28T14:00`. */
const inRome = (date: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Rome', dateStyle: 'short', timeStyle: 'short' }).format(date).replace(' ', 'T');

const events = content('news').filter((item) => item.data.event);

describe.each(events)('the calendar file of $id', ({ id, data }) => {
  const event = readCalendar(fileUrls.eventCalendar(id));

  it('gives the start and end of the content in Europe/Rome, its title, place and page', () => {
    expect(inRome(event.startDate.toJSDate())).toBe(data.event?.start);
    expect(inRome(event.endDate.toJSDate())).toBe(data.event?.end);
    expect(event.summary).toBe(data.title);
    expect(event.description).toBe(data.summary);
    expect(event.location).toBe(`${data.event?.venue}, ${data.event?.address}, ${data.event?.city}`);
    expect(new URL(String(event.component.getFirstPropertyValue('url'))).pathname).toBe(urls.newsItem(id));
  });

  it('is linked from the event page as «Aggiungi al calendario»', () => {
    const link = readPage(join(distDir, urls.newsItem(id), 'index.html')).querySelector(`a[href="${fileUrls.eventCalendar(id)}"]`);
    expect(link?.text.trim()).toBe('Aggiungi al calendario');
  });
});

describe('the convegno in the calendar', () => {
  it('runs on 28 October 2025 from 14:00 to 18:00 Europe/Rome, 13:00 to 17:00 UTC', () => {
    const event = readCalendar(fileUrls.eventCalendar('convegno-nuovi-spazi-di-economia-civile'));
    expect(event.startDate.toJSDate().toISOString()).toBe('2025-10-28T13:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2025-10-28T17:00:00.000Z');
    expect(inRome(event.startDate.toJSDate())).toBe('2025-10-28T14:00');
    expect(inRome(event.endDate.toJSDate())).toBe('2025-10-28T18:00');
  });

  it('has a calendar file only for news that are events', () => {
    for (const item of content('news')) expect(existsSync(join(distDir, fileUrls.eventCalendar(item.id))), item.id).toBe(Boolean(item.data.event));
  });
});
