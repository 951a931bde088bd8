/** Feed checks for the tests: parsed by feedsmith, then the RSS 2.0 specification's rules checked one by one. */
import { parseJsonFeed, parseRssFeed } from 'feedsmith';
import { expect } from 'vitest';

const RFC822 =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (?:GMT|[+-]\d{4})$/;
const absolute = (u: unknown) => typeof u === 'string' && /^https?:\/\/[^\s]+$/.test(u);

export interface CheckedItem {
  title?: string;
  link?: string;
  guid: string;
  description?: string;
  categories: string[];
}

/** Checks an RSS 2.0 document and returns its items. */
export function checkRss(xml: string, where: string): { title: string; link: string; items: CheckedItem[] } {
  expect(xml.startsWith('<?xml'), where).toBe(true);
  expect(xml, where).toMatch(/<rss version="2\.0"/);
  const feed = parseRssFeed(xml);
  // Required channel elements.
  expect(feed.title, where).toBeTruthy();
  expect(absolute(feed.link), `${where}: channel link ${feed.link}`).toBe(true);
  expect(feed.description, where).toBeTruthy();
  const items = (feed.items ?? []).map((item, i) => {
    const at = `${where} item ${i}`;
    // An item must have a title or a description.
    expect(item.title || item.description, at).toBeTruthy();
    expect(absolute(item.link), `${at}: link ${item.link}`).toBe(true);
    if (item.pubDate !== undefined) {
      expect(item.pubDate, at).toMatch(RFC822);
      expect(Number.isNaN(Date.parse(item.pubDate)), at).toBe(false);
    }
    expect(item.guid?.value, at).toBeTruthy();
    return {
      title: item.title,
      link: item.link,
      guid: item.guid?.value ?? '',
      description: item.description,
      categories: (item.categories ?? []).map((c) => c.name ?? ''),
    };
  });
  expect(new Set(items.map((i) => i.guid)).size, `${where}: guids are unique`).toBe(items.length);
  return { title: feed.title ?? '', link: feed.link ?? '', items };
}

export function checkJsonFeed(text: string, where: string) {
  const feed = parseJsonFeed(JSON.parse(text));
  expect(feed.title, where).toBeTruthy();
  for (const item of feed.items ?? []) {
    expect(item.id, where).toBeTruthy();
    expect(absolute(item.url), where).toBe(true);
  }
  return feed;
}
