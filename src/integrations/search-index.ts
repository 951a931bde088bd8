/**
 * Full-text search: after the build, Pagefind indexes the pages that carry
 * `data-pagefind-body` (filings, companies, compounds, trials) with their
 * `type`, `form`, `company` and `phase` filters, and writes its index and
 * search UI to dist/pagefind/. Pagefind's npm package ships its binary.
 * SEARCH_INDEX=0 skips it (a quicker build when search is not needed).
 *
 * A large site is indexed in shards of at most SEARCH_SHARD_PAGES pages
 * (20,000 by default). Pagefind holds about 140 KB per page while it
 * indexes, so the 160,000 pages of 100,000 filings in one index need more
 * than 20 GB: its process was killed for memory. Shard 0 is dist/pagefind/,
 * shard n dist/pagefind-n/; dist/pagefind/shards.json names the others and
 * the search page merges them (Pagefind's mergeIndex). A page's shard is a
 * hash of its path, so it stays in it; a shard none of whose pages changed
 * is kept as it is.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { routeOutputs } from './keep-output.ts';

export const DEFAULT_SHARD_PAGES = 20_000;

/** A shard's folder in dist/: the first is Pagefind's usual one. */
export const shardFolder = (shard: number): string => (shard === 0 ? 'pagefind' : `pagefind-${shard}`);

/**
 * How many shards `pages` HTML pages get: as many as they need, or as many as before while that is not
 * twice too many, since a new count moves pages between shards and every shard is indexed again.
 */
export function shardCount(pages: number, perShard: number, before = 0): number {
  const needed = Math.max(1, Math.ceil(pages / perShard));
  return before >= needed && before <= 2 * needed ? before : needed;
}

/** The shard a page belongs to: a hash of its path, so it does not move as other pages come and go. */
export function shardOf(page: string, shards: number): number {
  return shards <= 1 ? 0 : createHash('sha1').update(page).digest().readUInt32BE(0) % shards;
}

/**
 * Per page: size, time written, a hash of its bytes and whether it is a search result (it has
 * `data-pagefind-body`), so a page is read again only when it was written again.
 */
type PageHashes = Record<string, [size: number, mtime: number, hash: string, searched: boolean]>;

/** A tag with the attribute (text from a filing is escaped, so it cannot open a tag). */
const SEARCHED = /<[a-z][^<>]*\sdata-pagefind-body[\s>=]/;

/** What is known of a page from its bytes. */
const entryOf = (size: number, mtime: number, bytes: Buffer): PageHashes[string] => [
  size,
  mtime,
  createHash('sha256').update(bytes).digest('base64url'),
  SEARCHED.test(bytes.toString('utf8')),
];

/** What is kept between builds: each shard's signature, and the page hashes they are made of. */
interface Kept {
  shards: string[];
  hashes: PageHashes;
}

/**
 * What Pagefind would index of one shard: its pages with `data-pagefind-body` and their contents. Other
 * pages (the paginated indexes, which shift whenever a filing is added) are not results, so they do not
 * count. Pages without a cacheKey are written on every build, usually byte for byte the same, so contents
 * count, not times; a page is read again only when it was written again.
 */
export function pagesSignature(
  out: string,
  pages: string[],
  known: PageHashes,
): { signature: string; hashes: PageHashes } {
  const hashes: PageHashes = {};
  const all = createHash('sha256');
  for (const page of pages.filter((p) => p.endsWith('.html'))) {
    const file = path.join(out, page);
    const { size, mtimeMs } = statSync(file);
    const previous = known[page];
    const entry =
      previous?.length === 4 && previous[0] === size && previous[1] === mtimeMs
        ? previous
        : entryOf(size, mtimeMs, readFileSync(file));
    hashes[page] = entry;
    if (entry[3]) all.update(`${page}\0${entry[2]}\n`);
  }
  return { signature: all.digest('hex'), hashes };
}

type Pagefind = typeof import('pagefind');
type PagefindIndex = NonNullable<Awaited<ReturnType<Pagefind['createIndex']>>['index']>;

const failOn = (errors: string[]) => {
  if (errors.length) throw new Error(errors.join('; '));
};

/**
 * Indexes one shard into dist/<folder>/: the whole of dist/ when there is one shard, else its pages one by
 * one (their hashes then go to `read`, so they are not read twice).
 */
async function indexShard(
  pagefind: Pagefind,
  out: string,
  folder: string,
  pages: string[] | 'all',
  read: PageHashes = {},
): Promise<number> {
  const bundle = path.join(out, folder);
  rmSync(bundle, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let count = 0;
    if (pages === 'all') {
      const added = await index.addDirectory({ path: out });
      failOn(added.errors);
      count = added.page_count;
    } else {
      count = await addPages(index, out, pages, read);
    }
    failOn((await index.writeFiles({ outputPath: bundle })).errors);
    return count;
  } finally {
    await index.deleteIndex();
  }
}

/** Hands Pagefind a shard's pages, a few at a time so its process is never idle; returns how many it indexed. */
async function addPages(index: PagefindIndex, out: string, pages: string[], read: PageHashes): Promise<number> {
  let next = 0;
  let count = 0;
  const feed = async () => {
    while (next < pages.length) {
      const page = pages[next++] as string;
      const file = path.join(out, page);
      const { size, mtimeMs } = statSync(file);
      const bytes = readFileSync(file);
      const entry = entryOf(size, mtimeMs, bytes);
      read[page] = entry;
      if (!entry[3]) continue; // not a result: Pagefind would read it for nothing
      const added = await index.addHTMLFile({ sourcePath: page, content: bytes.toString('utf8') });
      failOn(added.errors);
      if (added.file?.url) count++;
    }
  };
  await Promise.all(Array.from({ length: 8 }, feed));
  return count;
}

export function searchIndex(): AstroIntegration {
  let keptFile = '';
  return {
    name: 'filing-digest:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        keptFile = path.join(fileURLToPath(config.cacheDir), 'filing-digest', 'search-shards.json');
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        if (process.env.SEARCH_INDEX === '0') {
          logger.info('skipped (SEARCH_INDEX=0)');
          return;
        }
        const out = fileURLToPath(dir);
        const pages = routeOutputs(dir, assets).filter((p) => p.endsWith('.html'));
        const perShard = Number(process.env.SEARCH_SHARD_PAGES) || DEFAULT_SHARD_PAGES;
        let previous: Kept = { shards: [], hashes: {} };
        try {
          previous = JSON.parse(readFileSync(keptFile, 'utf8'));
        } catch {}
        const count = shardCount(pages.length, perShard, previous.shards.length);
        const groups: string[][] = Array.from({ length: count }, () => []);
        for (const page of pages) groups[shardOf(page, count)]?.push(page);
        // Shards of a larger index before.
        for (const name of readdirSync(out)) {
          const n = /^pagefind-(\d+)$/.exec(name)?.[1];
          if (n && Number(n) >= count) rmSync(path.join(out, name), { recursive: true, force: true });
        }
        const now: Kept = { shards: [], hashes: {} };
        // Pages read while indexing, so signing them needs no second read.
        const read: PageHashes = {};
        const sign = () => {
          const known = { ...previous.hashes, ...read };
          groups.forEach((group, shard) => {
            const { signature, hashes } = pagesSignature(out, group, known);
            Object.assign(now.hashes, hashes);
            now.shards[shard] = signature;
          });
        };
        // dist/ is kept between builds (keep-output.ts): a shard none of whose pages was written again is kept.
        // A first build (or a new number of shards) indexes them all, and reads the pages' bytes meanwhile.
        const first = previous.shards.length !== count;
        if (!first) sign();
        const stale = groups
          .map((_, shard) => shard)
          .filter(
            (shard) =>
              first ||
              previous.shards[shard] !== now.shards[shard] ||
              !existsSync(path.join(out, shardFolder(shard), 'pagefind.js')),
          );
        if (stale.length === 0) {
          logger.info('no page changed: the search index is kept');
          return;
        }
        rmSync(keptFile, { force: true });
        const pagefind = await import('pagefind');
        // If Pagefind's process dies mid-way its promise never settles, and Node would exit with 0 as if the
        // build had succeeded (seen at 100,000 filings): say so and fail instead.
        const stopped = () => {
          logger.error('Pagefind stopped before the search index was written');
          process.exitCode = 1;
        };
        process.once('beforeExit', stopped);
        try {
          let indexed = 0;
          if (count === 1) {
            // One shard: Pagefind reads dist/ itself, in parallel, while this process hashes the pages.
            const work = indexShard(pagefind, out, shardFolder(0), 'all');
            if (first) sign();
            indexed = await work;
          } else {
            for (const shard of stale)
              indexed += await indexShard(pagefind, out, shardFolder(shard), groups[shard] ?? [], read);
            if (first) sign();
          }
          // The search page merges the other shards into the first (src/scripts/search.ts).
          const others = Array.from({ length: count - 1 }, (_, i) => `${shardFolder(i + 1)}/`);
          writeFileSync(path.join(out, shardFolder(0), 'shards.json'), JSON.stringify({ merge: others }));
          mkdirSync(path.dirname(keptFile), { recursive: true });
          writeFileSync(keptFile, JSON.stringify(now));
          logger.info(
            count === 1
              ? `${indexed} pages indexed for search`
              : `${indexed} pages indexed for search, in ${stale.length} of ${count} shards (${count - stale.length} kept as they were)`,
          );
        } finally {
          process.off('beforeExit', stopped);
          await pagefind.close();
        }
      },
    },
  };
}
