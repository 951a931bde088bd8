/** The site feed as a JSON Feed 1.1 (https://jsonfeed.org/version/1.1), for readers that prefer it. */
import type { APIContext } from 'astro';
import { filings } from '../site/collections';
import { FEED_ITEMS, filingCategories, filingGuid } from '../site/feeds';
import { url } from '../site/urls';

export async function GET({ site }: APIContext) {
  const base = site ?? new URL('http://localhost/');
  const abs = (path: string) => new URL(path, base).href;
  const items = await Promise.all(
    (await filings()).slice(0, FEED_ITEMS).map(async (f) => ({
      id: filingGuid(f),
      url: abs(url.filing(f.id)),
      title: f.title,
      content_text: [f.form ?? 'Filing', f.registrant.name, ...f.keyFacts.map((k) => k.text)]
        .filter(Boolean)
        .join('\n'),
      date_published: (f.filedDate ?? f.date) ? `${f.filedDate ?? f.date}T00:00:00Z` : undefined,
      tags: await filingCategories(f),
    })),
  );
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'filing-digest: all filings',
    home_page_url: abs(url.home()),
    feed_url: abs(url.jsonFeed()),
    description: 'Digests of SEC filings: companies, compounds and clinical trials.',
    language: 'en',
    items,
  };
  return new Response(JSON.stringify(feed, null, 1), { headers: { 'Content-Type': 'application/feed+json' } });
}
