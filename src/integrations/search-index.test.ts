import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  groupOf,
  linkFolder,
  mirrorFolder,
  pagefindVersion,
  pageHashes,
  shardCount,
  shardFolder,
  shardOf,
  shardPages,
  signature,
  staleShards,
} from './search-index.ts';

describe('search index shards', () => {
  it('are one for a small site, else at least 8 and as many as memory needs, kept while not twice too many', () => {
    expect(shardCount(26, 20_000)).toBe(1);
    expect(shardCount(5_000, 20_000)).toBe(1);
    expect(shardCount(5_001, 20_000)).toBe(8);
    expect(shardCount(16_000, 20_000)).toBe(8);
    expect(shardCount(160_000, 20_000)).toBe(8);
    expect(shardCount(160_001, 20_000)).toBe(9);
    expect(shardCount(150_000, 20_000, 9)).toBe(9);
    expect(shardCount(60_000, 20_000, 9)).toBe(9);
    expect(shardCount(60_000, 20_000, 17)).toBe(8);
    expect(shardCount(200_000, 20_000, 9)).toBe(10);
    // A sharded site stays sharded down to an eighth, so a site near the line does not flip every build.
    expect(shardCount(4_000, 20_000, 8)).toBe(8);
    expect(shardCount(2_500, 20_000, 8)).toBe(1);
    expect(shardCount(4_000, 20_000)).toBe(1);
    expect([0, 1, 2].map(shardFolder)).toEqual(['pagefind', 'pagefind-1', 'pagefind-2']);
  });

  it('hold each group by a hash of its name: the same shard every build, and spread evenly', () => {
    const groups = Array.from({ length: 8000 }, (_, i) => `company-${i}`);
    expect(groups.map((g) => shardOf(g, 8))).toEqual(groups.map((g) => shardOf(g, 8)));
    const sizes = new Array(8).fill(0);
    for (const g of groups) sizes[shardOf(g, 8)]++;
    for (const size of sizes) expect(size).toBeGreaterThan(800);
    expect(shardOf('anything', 1)).toBe(0);
  });

  it("read a page's group from its search body only, and put a company's pages in one shard", () => {
    expect(groupOf('f/index.html', '<main id="main" data-pagefind-body data-search-group="acme-bio">')).toBe(
      'acme-bio',
    );
    expect(groupOf('f/index.html', '<main data-search-group="acme" data-pagefind-body="">')).toBe('acme');
    // A result that names no group is its own.
    expect(groupOf('f/index.html', '<main data-pagefind-body><p>x</p></main>')).toBe('f/index.html');
    // No search body: no result, whatever the text says (a filing's text is escaped, never a tag).
    expect(groupOf('i.html', '<main><p>&lt;main data-pagefind-body data-search-group="x"&gt;</p></main>')).toBeNull();
    expect(groupOf('i.html', '<div data-search-group="x"></div><main>')).toBeNull();
    const hashes = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [
        `filings/f${i}/index.html`,
        [1, 1, `h${i}`, `company-${i % 4}`] as [number, number, string, string | null],
      ]),
    );
    hashes['index.html'] = [1, 1, 'h', null];
    const shards = shardPages(hashes, 8);
    expect(shards.flat()).toHaveLength(40);
    for (let c = 0; c < 4; c++)
      expect(shards.filter((shard) => shard.some((p) => hashes[p]?.[3] === `company-${c}`))).toHaveLength(1);
  });

  it('are signed by the bytes of their search results, read again only for a page written since', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'search-shards-'));
    const page = (name: string, html: string) => writeFileSync(path.join(out, name), html);
    const result = (text: string) => `<main id="main" data-pagefind-body data-search-group="g"><p>${text}</p></main>`;
    page('a.html', result('a'));
    page('b.html', result('b'));
    page('index.html', '<main><p>filings 1 to 50</p></main>');
    const pages = ['a.html', 'b.html', 'index.html'];
    const sign = (known: Parameters<typeof pageHashes>[2]) => {
      const hashes = pageHashes(out, pages, known);
      return { hashes, signature: signature(Object.keys(hashes), hashes) };
    };
    const first = sign({});
    expect(Object.keys(first.hashes)).toEqual(['a.html', 'b.html', 'index.html']);
    expect(Object.values(first.hashes).map((entry) => entry[3])).toEqual(['g', 'g', null]);
    // Written again with the same bytes (a page without a cacheKey): the same signature.
    page('a.html', result('a'));
    utimesSync(path.join(out, 'a.html'), new Date(), new Date(Date.now() + 5000));
    expect(sign(first.hashes).signature).toBe(first.signature);
    // An index page that changes (a filing added shifts them all) is no search result: the same signature.
    page('index.html', '<main><p>filings 2 to 51</p></main>');
    expect(sign(first.hashes).signature).toBe(first.signature);
    // Entries kept by an older build, which had no groups, are read again.
    const old = Object.fromEntries(Object.entries(first.hashes).map(([p, e]) => [p, [e[0], e[1], e[2], true]]));
    expect(sign(old as never).hashes['a.html']?.[3]).toBe('g');
    page('b.html', result('B'));
    expect(sign(first.hashes).signature).not.toBe(first.signature);
  });

  it('index again the shards whose results changed, all of them for a new count or Pagefind, and no empty one', () => {
    const members = [['a'], ['b'], [], ['d']];
    const kept = { pagefind: '1.6.0', signatures: ['A', 'B', 'C', 'D'], hashes: {} };
    const now = (signatures: string[], pagefind = '1.6.0') => ({ pagefind, signatures });
    const everyFolder = () => true;
    expect(staleShards(kept, now(['A', 'B', 'C0', 'D']), members, everyFolder)).toEqual([]);
    expect(staleShards(kept, now(['A', 'B2', 'C0', 'D']), members, everyFolder)).toEqual([1]);
    // A shard whose folder is gone.
    expect(staleShards(kept, now(['A', 'B', 'C', 'D']), members, (shard) => shard !== 3)).toEqual([3]);
    // Another Pagefind, or another count: all but the empty shard; shard 0 even when it is empty.
    expect(staleShards(kept, now(['A', 'B', 'C', 'D'], '1.7.0'), members, everyFolder)).toEqual([0, 1, 3]);
    expect(staleShards(kept, now(['A', 'B', 'C']), [[], ['b'], []], everyFolder)).toEqual([0, 1]);
    // An empty shard 0 whose folder is gone (it holds the search UI), and a shard a stopped build left unsigned.
    expect(staleShards(kept, now(['A0', 'B', 'C', 'D']), [[], ['b'], [], ['d']], (s) => s !== 0)).toEqual([0]);
    const unsigned = { ...kept, signatures: ['A', '', 'C', 'D'] };
    expect(staleShards(unsigned, now(['A', 'B', 'C', 'D']), members, everyFolder)).toEqual([1]);
    // A Pagefind whose version cannot be told: every shard, every build.
    expect(staleShards(kept, now(['A', 'B', 'C', 'D'], ''), members, everyFolder)).toEqual([0, 1, 3]);
  });

  it("know Pagefind's version, so shards of two versions are never merged", () => {
    expect(pagefindVersion(new URL('../../', import.meta.url))).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("link a shard's pages into a folder of their own, at their own paths", () => {
    const out = mkdtempSync(path.join(tmpdir(), 'search-out-'));
    mkdirSync(path.join(out, 'filings/a'), { recursive: true });
    mkdirSync(path.join(out, 'filings/b'), { recursive: true });
    writeFileSync(path.join(out, 'filings/a/index.html'), 'A');
    writeFileSync(path.join(out, 'filings/b/index.html'), 'B');
    const folder = linkFolder(out, ['filings/a/index.html']);
    try {
      expect(lstatSync(path.join(folder, 'filings/a/index.html')).isSymbolicLink()).toBe(true);
      expect(readFileSync(path.join(folder, 'filings/a/index.html'), 'utf8')).toBe('A');
      expect(existsSync(path.join(folder, 'filings/b'))).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    // Where memory is not there (or full), the temporary folder.
    const fallback = linkFolder(out, ['filings/b/index.html'], [path.join(out, 'no-such-folder'), tmpdir()]);
    expect(path.dirname(fallback)).toBe(tmpdir());
    expect(readFileSync(path.join(fallback, 'filings/b/index.html'), 'utf8')).toBe('B');
    rmSync(fallback, { recursive: true, force: true });
    // Linking that fails part of the way (a page twice) leaves no folder behind, in any of the places tried.
    const root = mkdtempSync(path.join(tmpdir(), 'search-links-'));
    const twice = ['filings/a/index.html', 'filings/a/index.html'];
    expect(() => linkFolder(out, twice, [root])).toThrow(/EEXIST/);
    expect(readdirSync(root)).toEqual([]);
  });

  it('mirror a shard written in memory into dist/, writing only the files whose bytes changed', () => {
    const from = mkdtempSync(path.join(tmpdir(), 'mirror-from-'));
    const to = mkdtempSync(path.join(tmpdir(), 'mirror-to-'));
    const put = (dir: string, file: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    };
    put(from, 'pagefind-entry.json', '{"version":2}');
    put(from, 'fragment/en_same.pf_fragment', 'unchanged page');
    put(from, 'fragment/en_new.pf_fragment', 'a new page');
    put(from, 'index/en_a.pf_index', 'same size, new bytes');
    put(to, 'pagefind-entry.json', '{"version":1}');
    put(to, 'fragment/en_same.pf_fragment', 'unchanged page');
    put(to, 'fragment/en_gone.pf_fragment', 'a page removed');
    put(to, 'index/en_a.pf_index', 'same size, old bytes');
    const old = new Date('2020-01-01');
    utimesSync(path.join(to, 'fragment/en_same.pf_fragment'), old, old);
    expect(mirrorFolder(from, to)).toEqual({ written: 3, removed: 1 });
    const files = (dir: string) =>
      (readdirSync(dir, { recursive: true }) as string[])
        .filter((f) => statSync(path.join(dir, f)).isFile())
        .sort()
        .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]);
    expect(files(to)).toEqual(files(from));
    // The unchanged file was not written again.
    expect(statSync(path.join(to, 'fragment/en_same.pf_fragment')).mtime).toEqual(old);
    expect(mirrorFolder(from, to)).toEqual({ written: 0, removed: 0 });
    // A folder that is not there yet is made; a source that is gone is an error, not an empty shard.
    const fresh = path.join(to, 'new');
    expect(mirrorFolder(from, fresh)).toEqual({ written: 4, removed: 0 });
    expect(files(fresh)).toEqual(files(from));
    expect(() => mirrorFolder(path.join(from, 'gone'), to)).toThrow(/ENOENT/);
    expect(files(to).length).toBeGreaterThan(0);
    rmSync(from, { recursive: true });
    rmSync(to, { recursive: true });
  });
});
