/** The site feed: one item per filing, newest first, the digest as description. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { escapeHtml } from '../lib/html';
import { filings } from '../site/collections';
import { url } from '../site/urls';

/** Feed readers want recent items; the site keeps every filing. */
const FEED_ITEMS = 100;

export async function GET(context: APIContext) {
  const site = context.site ?? new URL('http://localhost/');
  const items = (await filings()).slice(0, FEED_ITEMS).map((f) => {
    const facts = f.keyFacts.map((k) => `<li>${escapeHtml(k.text)}</li>`).join('');
    return {
      title: f.title,
      link: url.filing(f.id),
      // The accession number (or file-name id) never changes for a filing.
      customData: `<guid isPermaLink="false">filing-digest:${escapeHtml(f.id)}</guid>`,
      pubDate: f.date ? new Date(`${f.date}T00:00:00Z`) : undefined,
      description: `<p>${escapeHtml(`${f.form ?? 'Filing'} · ${f.registrant.name ?? ''}`)}</p>${facts ? `<ul>${facts}</ul>` : ''}`,
      categories: [f.form, ...f.items.map((i) => `Item ${i.number}`)].filter((c): c is string => !!c),
    };
  });
  return rss({
    title: 'filing-digest: all filings',
    description: 'Digests of SEC filings: companies, compounds and clinical trials.',
    site: new URL(url.home(), site).href,
    items,
    customData: '<language>en</language>',
  });
}
