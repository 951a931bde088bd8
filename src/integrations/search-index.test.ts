import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagesSignature, shardCount, shardFolder, shardOf } from './search-index.ts';

describe('search index shards', () => {
  it('are as many as the pages need, and keep their number while it is not twice too many', () => {
    expect(shardCount(26, 20_000)).toBe(1);
    expect(shardCount(160_000, 20_000)).toBe(8);
    expect(shardCount(160_001, 20_000)).toBe(9);
    expect(shardCount(150_000, 20_000, 9)).toBe(9);
    expect(shardCount(60_000, 20_000, 9)).toBe(3);
    expect(shardCount(200_000, 20_000, 9)).toBe(10);
    expect([0, 1, 2].map(shardFolder)).toEqual(['pagefind', 'pagefind-1', 'pagefind-2']);
  });

  it('hold each page by a hash of its path: the same shard every build, and spread evenly', () => {
    const pages = Array.from({ length: 8000 }, (_, i) => `filings/f${i}/index.html`);
    expect(pages.map((p) => shardOf(p, 8))).toEqual(pages.map((p) => shardOf(p, 8)));
    const sizes = new Array(8).fill(0);
    for (const p of pages) sizes[shardOf(p, 8)]++;
    for (const size of sizes) expect(size).toBeGreaterThan(800);
    expect(shardOf('anything/index.html', 1)).toBe(0);
  });

  it('are signed by the bytes of their search results, read again only for a page written since', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'search-shards-'));
    const page = (name: string, html: string) => writeFileSync(path.join(out, name), html);
    const result = (text: string) => `<main id="main" data-pagefind-body><p>${text}</p></main>`;
    page('a.html', result('a'));
    page('b.html', result('b'));
    page('index.html', '<main><p>filings 1 to 50</p></main>');
    const pages = ['a.html', 'b.html', 'index.html', 'feed.xml'];
    const first = pagesSignature(out, pages, {});
    expect(Object.keys(first.hashes)).toEqual(['a.html', 'b.html', 'index.html']);
    expect(Object.values(first.hashes).map((entry) => entry[3])).toEqual([true, true, false]);
    // Written again with the same bytes (a page without a cacheKey): the same signature.
    page('a.html', result('a'));
    utimesSync(path.join(out, 'a.html'), new Date(), new Date(Date.now() + 5000));
    expect(pagesSignature(out, pages, first.hashes).signature).toBe(first.signature);
    // An index page that changes (a filing added shifts them all) is no search result: the same signature.
    page('index.html', '<main><p>filings 2 to 51</p></main>');
    expect(pagesSignature(out, pages, first.hashes).signature).toBe(first.signature);
    // A filing's text that names the attribute does not make a page a result: it is escaped, never a tag.
    page('index.html', '<main><p>&lt;main data-pagefind-body&gt; data-pagefind-body</p></main>');
    expect(pagesSignature(out, pages, first.hashes).hashes['index.html']?.[3]).toBe(false);
    page('b.html', result('B'));
    expect(pagesSignature(out, pages, first.hashes).signature).not.toBe(first.signature);
  });
});
