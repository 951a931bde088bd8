/** robots.txt: everything may be crawled; the sitemap says where the pages are. */
import type { APIContext } from 'astro';
import { url } from '../site/urls';

export function GET({ site }: APIContext) {
  const sitemap = new URL(url.sitemap(), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
