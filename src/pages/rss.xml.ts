/** The site feed: the newest filings, the digest as description. */
import type { APIContext } from 'astro';
import { filings } from '../site/collections';
import { rssFeed } from '../site/feeds';
import { url } from '../site/urls';

export async function GET({ site }: APIContext) {
  return rssFeed({
    title: 'filing-digest: all filings',
    description: 'Digests of SEC filings: companies, compounds and clinical trials.',
    page: url.home(),
    self: url.feed(),
    site: site ?? new URL('http://localhost/'),
    entries: (await filings()).map((filing) => ({ filing })),
  });
}
