import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/lib/node/content-check/check-content';
import { urls } from '../../src/lib/urls';
import { listPages, readPage } from '../support/dist';
import { projectRoot } from '../support/site';

/*
 * Every JSON-LD block of every built page: it parses, each node has the properties its type
 * requires, and each page type carries the node it should, with the facts of its content.
 */
const distDir = inject('distDir');
const pages = listPages(distDir).filter((page) => !page.path.startsWith('/admin/'));
const { entries } = checkContent({ root: projectRoot, today: new Date() });
const dataOf = (collection: string) => entries.filter((e) => e.collection === collection).map((e) => ({ id: e.id, data: e.data as Record<string, unknown> }));

type Node = Record<string, unknown> & { '@type': string };

/** The nodes of every JSON-LD block of a page, with the raw text of the blocks. */
function jsonLd(file: string): { raw: string[]; nodes: Node[] } {
  const raw = readPage(file)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => script.rawText);
  const nodes = raw.flatMap((text) => {
    const data = JSON.parse(text) as { '@context'?: string; '@graph'?: Node[] } & Node;
    expect(data['@context']).toBe('https://schema.org');
    return data['@graph'] ?? [data];
  });
  return { raw, nodes };
}

const absolute = (value: unknown) => typeof value === 'string' && /^https?:\/\//.test(value);
const named = (value: unknown) => typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const offsetDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/** What each type must carry: Google's required properties and the ones the issue asks for. */
const required: Record<string, (node: Node) => void> = {
  Organization: (node) => {
    expect(node['name']).toBeTruthy();
    expect(absolute(node['url'])).toBe(true);
    expect(String(node['@id'])).toMatch(/#organization$/);
    for (const member of list(node['member'])) expect(named(member)).toBe(true);
  },
  Service: (node) => {
    expect(node['name']).toBeTruthy();
    expect(node['description']).toBeTruthy();
    // an unconfirmed sheet claims no provider (checked per service below); a named one names each
    for (const provider of list(node['provider'])) expect(named(provider)).toBe(true);
    expect(list(node['areaServed']).length).toBeGreaterThan(0);
    for (const area of list(node['areaServed'])) expect(named(area)).toBe(true);
  },
  Article: (node) => {
    expect(node['headline']).toBeTruthy();
    expect(String(node['datePublished'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(absolute(node['image'])).toBe(true);
    expect(named(node['author'])).toBe(true);
    expect(named(node['publisher'])).toBe(true);
  },
  Event: (node) => {
    expect(node['name']).toBeTruthy();
    expect(String(node['startDate'])).toMatch(offsetDateTime);
    expect(String(node['endDate'])).toMatch(offsetDateTime);
    expect(node['eventStatus']).toBe('https://schema.org/EventScheduled');
    expect(node['eventAttendanceMode']).toMatch(/^https:\/\/schema\.org\/\w+EventAttendanceMode$/);
    const location = node['location'] as Node;
    expect(location['@type']).toBe('Place');
    expect(location['name']).toBeTruthy();
    const address = location['address'] as Node;
    expect(address['@type']).toBe('PostalAddress');
    expect(address['streetAddress']).toBeTruthy();
    expect(address['addressLocality']).toBeTruthy();
    expect(list(node['organizer']).length).toBeGreaterThan(0);
    for (const performer of list(node['performer'])) expect((performer as Node)['@type']).toBe('Person');
  },
  BreadcrumbList: (node) => {
    const items = list(node['itemListElement']) as Node[];
    expect(items.length).toBeGreaterThan(1);
    items.forEach((item, index) => {
      expect(item['@type']).toBe('ListItem');
      expect(item['position']).toBe(index + 1);
      expect(item['name']).toBeTruthy();
      expect(absolute(item['item'])).toBe(true);
    });
  },
  FAQPage: (node) => {
    const questions = list(node['mainEntity']) as Node[];
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) {
      expect(question['@type']).toBe('Question');
      expect(question['name']).toBeTruthy();
      expect((question['acceptedAnswer'] as Node)['text']).toBeTruthy();
    }
  },
};

describe.each(pages)('the structured data of $path', ({ path, file }) => {
  const { raw, nodes } = jsonLd(file);

  it('parses, escapes "<", and gives each node the properties its type requires', () => {
    for (const text of raw) expect(text).not.toContain('<');
    for (const node of nodes) {
      const check = required[node['@type']];
      expect(check, `${path}: no check for ${node['@type']}`).toBeDefined();
      check?.(node);
    }
  });

  it('has a BreadcrumbList exactly where breadcrumbs are shown, with the same labels', () => {
    const shown = readPage(file)
      .querySelectorAll('nav.breadcrumbs li')
      .map((li) => li.text.trim());
    const crumbs = nodes.filter((n) => n['@type'] === 'BreadcrumbList');
    if (shown.length === 0) expect(crumbs).toEqual([]);
    else expect((list(crumbs[0]?.['itemListElement']) as Node[]).map((item) => item['name'])).toEqual(shown);
  });
});

/** The nodes of the page at `path`. */
const nodesAt = (path: string) => jsonLd(join(distDir, path, 'index.html')).nodes;
const ofType = (path: string, type: string) => nodesAt(path).filter((n) => n['@type'] === type);

describe('the structured data per page type', () => {
  const members = dataOf('members');

  it('describes the network with all its members on the home page and on /rete/', () => {
    for (const path of [urls.home(), urls.members()]) {
      const [network] = ofType(path, 'Organization');
      expect(network?.['name']).toBe('Job Placement Network');
      expect((list(network?.['member']) as Node[]).map((m) => m['name']).sort()).toEqual(members.map((m) => m.data['name']).sort());
    }
  });

  it.each(members)('describes member $id as an Organization memberOf the network', ({ id, data }) => {
    const [organisation] = ofType(urls.member(id), 'Organization');
    expect(organisation?.['name']).toBe(data['name']);
    expect(organisation?.['description']).toBe(data['description']);
    expect((organisation?.['memberOf'] as Node)['@id']).toBe(ofType(urls.home(), 'Organization')[0]?.['@id']);
  });

  it.each(dataOf('services'))('describes service $id with its providers and areas', ({ id, data }) => {
    const [service] = ofType(urls.service(id), 'Service');
    expect(service?.['name']).toBe(data['title']);
    expect(service?.['description']).toBe(data['summary']);
    expect(list(service?.['areaServed'])).toHaveLength((data['areas'] as string[]).length);
    const providers = (data['providers'] as string[] | undefined) ?? [];
    const named = (list(service?.['provider']) as Node[]).map((p) => p['name']);
    if (data['illustrative'] === true) expect(service).not.toHaveProperty('provider');
    else if (providers.length === 0) expect(named).toEqual(['Job Placement Network']);
    else expect(named).toEqual(providers.map((p) => members.find((m) => m.id === p)?.data['name']));
  });

  it.each([...dataOf('stories').map((s) => ({ ...s, path: urls.story(s.id) })), ...dataOf('news').map((n) => ({ ...n, path: urls.newsItem(n.id) }))])(
    'describes $path as an Article of its day',
    ({ path, data }) => {
      const [article] = ofType(path, 'Article');
      expect(article?.['headline']).toBe(data['title']);
      expect(article?.['description']).toBe(data['summary']);
      expect(article?.['datePublished']).toBe(String(data['date'] instanceof Date ? data['date'].toISOString().slice(0, 10) : data['date']));
    },
  );

  it.each(dataOf('news'))('describes news $id as an Event exactly when it is one', ({ id, data }) => {
    const events = ofType(urls.newsItem(id), 'Event');
    const event = data['event'] as { venue: string; city: string; speakers?: { name: string }[] } | undefined;
    if (!event) return expect(events).toEqual([]);
    expect(events).toHaveLength(1);
    const [node] = events;
    expect((node?.['location'] as Node)['name']).toBe(event.venue);
    expect(((node?.['location'] as Node)['address'] as Node)['addressLocality']).toBe(event.city);
    expect((list(node?.['performer']) as Node[]).map((p) => p['name'])).toEqual((event.speakers ?? []).map((s) => s.name));
  });

  it('gives the convegno its start and end with the Rome offset', () => {
    const [event] = ofType(urls.newsItem('convegno-nuovi-spazi-di-economia-civile'), 'Event');
    expect(event?.['startDate']).toBe('2025-10-28T14:00:00+01:00');
    expect(event?.['endDate']).toBe('2025-10-28T18:00:00+01:00');
  });

  it('has an FAQPage on /aziende/ with the questions and answers the page shows, figures from the rules included', () => {
    const shown = readPage(join(distDir, urls.companies(), 'index.html'))
      .querySelectorAll('[data-faq-item]')
      .map((item) => [item.querySelector('[data-faq-question]')?.text.trim(), item.querySelector('[data-faq-answer]')?.text.replace(/\s+/g, ' ').trim()]);
    expect(shown.length).toBeGreaterThan(0);
    const [page] = ofType(urls.companies(), 'FAQPage');
    expect((list(page?.['mainEntity']) as Node[]).map((q) => [q['name'], (q['acceptedAnswer'] as Node)['text']])).toEqual(shown);
    expect(JSON.stringify(page)).toMatch(/almeno 12 mesi e al massimo 5 anni/);
  });
});
