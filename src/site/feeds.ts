/**
 * The feeds: the site's (every filing) and one per company, compound and
 * trial (the filings that mention it, with what each said of it). RSS 2.0
 * through @astrojs/rss; a JSON Feed of the site feed beside it. Filing text
 * is escaped before it goes into item HTML.
 */
import rss from '@astrojs/rss';
import { escapeHtml } from '../lib/html';
import { type Filing, idOf, index, newestFirst } from './collections';
import { url } from './urls';

/** Feed readers want recent items; the pages keep the whole history. */
export const FEED_ITEMS = 50;

/** Stable for the life of a filing: its accession number where known. */
export const filingGuid = (f: Filing) => f.accession ?? `filing-digest:${f.id}`;

/** A filing is an item in many feeds (the site's and each entity's): its categories are worked out once. */
const categoriesOf = new Map<string, string[]>();

/** Form, items and every entity the filing names: what a reader filters a feed on. */
export async function filingCategories(f: Filing): Promise<string[]> {
  const known = categoriesOf.get(f.id);
  if (known) return known;
  const all = await index();
  const names = [
    ...f.companies.map((r) => all.companies.get(idOf(r))?.name),
    ...f.compounds.map((r) => all.compounds.get(idOf(r))?.name),
    ...f.trials.map((r) => all.trials.get(idOf(r))?.title),
  ];
  const categories = [f.form, ...f.items.map((i) => `Item ${i.number} ${i.title}`), ...names];
  const result = [...new Set(categories.filter((c): c is string => !!c))];
  categoriesOf.set(f.id, result);
  return result;
}

const pubDate = (f: Filing) => {
  const day = f.filedDate ?? f.date;
  return day ? new Date(`${day}T00:00:00Z`) : undefined;
};

export interface FeedEntry {
  filing: Filing;
  /** What the filing says of the feed's entity, when the feed is an entity's. */
  said?: { text: string }[];
  events?: string[];
}

export interface FeedOptions {
  title: string;
  description: string;
  /** The page the feed belongs to, and the feed's own URL (both site paths). */
  page: string;
  self: string;
  site: URL;
  entries: FeedEntry[];
}

export async function rssFeed(options: FeedOptions): Promise<Response> {
  const items = await Promise.all(
    options.entries.slice(0, FEED_ITEMS).map(async ({ filing: f, said, events }) => {
      const lines = said?.length ? said.map((s) => s.text) : f.keyFacts.map((k) => k.text);
      const list = lines.map((t) => `<li>${escapeHtml(t)}</li>`).join('');
      const what = [f.form ?? 'Filing', f.registrant.name, ...(events ?? [])].filter(Boolean).join(' · ');
      return {
        title: f.title,
        link: url.filing(f.id),
        pubDate: pubDate(f),
        description: `<p>${escapeHtml(what)}</p>${list ? `<ul>${list}</ul>` : ''}`,
        categories: await filingCategories(f),
        customData: `<guid isPermaLink="false">${escapeHtml(filingGuid(f))}</guid>`,
      };
    }),
  );
  return rss({
    title: options.title,
    description: options.description,
    site: new URL(options.page, options.site).href,
    items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${escapeHtml(new URL(options.self, options.site).href)}" rel="self" type="application/rss+xml"/>`,
  });
}

/** The feed of one company, compound or trial: the filings that mention it, with what each said of it. */
export async function entityFeed(options: {
  name: string;
  page: string;
  self: string;
  site: URL | undefined;
  timeline: { filing: string; said: { text: string }[]; events: string[] }[];
}): Promise<Response> {
  return rssFeed({
    title: `filing-digest: ${options.name}`,
    description: `SEC filings that mention ${options.name}, with what each says.`,
    page: options.page,
    self: options.self,
    site: options.site ?? new URL('http://localhost/'),
    entries: await entityEntries(options.timeline),
  });
}

/** Entries of an entity's feed from its timeline: newest first. */
async function entityEntries(
  timeline: { filing: string; said: { text: string }[]; events: string[] }[],
): Promise<FeedEntry[]> {
  const { filings } = await index();
  return timeline
    .flatMap((t) => {
      const filing = filings.get(t.filing);
      return filing ? [{ filing, said: t.said, events: t.events }] : [];
    })
    .sort((a, b) => newestFirst(a.filing, b.filing));
}
