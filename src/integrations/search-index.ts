/**
 * Full-text search: after the build, Pagefind indexes the pages that carry
 * `data-pagefind-body` (filings, companies, compounds, trials) with their
 * `type`, `form`, `company` and `phase` filters, and writes its index and
 * search UI to dist/pagefind/. Pagefind's npm package ships its binary.
 * SEARCH_INDEX=0 skips it (a quicker build when search is not needed).
 *
 * A site of more than a quarter of SEARCH_SHARD_PAGES pages (10,000 by
 * default) is indexed in shards: at least 8, and about SEARCH_SHARD_PAGES
 * pages each past that; once sharded, down to an eighth of it. Pagefind holds about 140 KB per page while it
 * indexes, so the 160,000 pages of 100,000 filings in one index need more
 * than 20 GB: its process was killed for memory. And a rebuild indexes
 * again only the shards whose search results changed, where one index is
 * built again whole: 20 s at 10,000 filings, for one filing changed. The
 * size is a trade: at 100,000 filings, shards of 20,000 pages made a
 * rebuild with two filings index 31,000 pages again (48 s, a quarter of the
 * rebuild); shards of 10,000 halve that, and the search page merges 15
 * bundles instead of 8.
 *
 * A page's shard is a hash of its search group (data-search-group, the
 * company it belongs to: src/site/search-group.ts), so a changed filing's
 * pages, mostly its own company's, fall in one or two shards. Shard 0 is
 * dist/pagefind/, shard n dist/pagefind-n/; dist/pagefind/shards.json
 * names the others and the search page merges them (Pagefind's
 * mergeIndex). Pagefind reads a shard's pages from a folder of links to
 * them, in memory where the machine has /dev/shm: it reads a folder twice as
 * fast as it takes pages handed to it one by one. A shard indexed again is
 * written there too, and only its files that changed are copied to dist/.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { routeOutputs } from './keep-output.ts';

export const DEFAULT_SHARD_PAGES = 10_000;
/** Once a site is sharded, it has at least this many shards: a rebuild's cost is a shard's. */
export const MIN_SHARDS = 8;

/** A shard's folder in dist/: the first is Pagefind's usual one. */
export const shardFolder = (shard: number): string => (shard === 0 ? 'pagefind' : `pagefind-${shard}`);

/**
 * How many shards `pages` HTML pages get: one for a small site, else at least MIN_SHARDS and as many as
 * memory needs. A count stays as it was while that is not twice too many (and a sharded site stays
 * sharded down to an eighth of SEARCH_SHARD_PAGES), since a new count moves pages between shards and
 * every shard is indexed again.
 */
export function shardCount(pages: number, perShard: number, before = 0): number {
  if (pages <= perShard / (before > 1 ? 8 : 4)) return 1;
  const needed = Math.max(MIN_SHARDS, Math.ceil(pages / perShard));
  return before >= needed && before <= 2 * needed ? before : needed;
}

/** The shard of a search group: a hash, so a group stays in its shard as other pages come and go. */
export function shardOf(group: string, shards: number): number {
  return shards <= 1 ? 0 : createHash('sha1').update(group).digest().readUInt32BE(0) % shards;
}

/**
 * Per page: size, time written, a hash of its bytes, and its search group, or null when it is no search
 * result (it has no `data-pagefind-body`). A page is read again only when it was written again.
 */
type PageEntry = [size: number, mtime: number, hash: string, group: string | null];
type PageHashes = Record<string, PageEntry>;

/** The tag with the attribute (text from a filing is escaped, so it cannot open a tag). */
const RESULT_TAG = /<[a-z][^<>]*\sdata-pagefind-body(?:[\s=][^<>]*)?>/;
const GROUP = /\sdata-search-group="([^"]*)"/;

/** A page's search group, from its HTML: null if it is no search result, its own path if it names none. */
export function groupOf(page: string, html: string): string | null {
  const tag = RESULT_TAG.exec(html)?.[0];
  return tag === undefined ? null : (GROUP.exec(tag)?.[1] ?? page);
}

/** What is known of a page from its bytes. */
const entryOf = (page: string, size: number, mtime: number, bytes: Buffer): PageEntry => [
  size,
  mtime,
  createHash('sha256').update(bytes).digest('base64url'),
  groupOf(page, bytes.toString('utf8')),
];

/** A kept entry that still holds: same size and time. An older build kept a boolean for the group. */
const stillHolds = (entry: PageEntry | undefined, size: number, mtime: number): entry is PageEntry =>
  entry?.length === 4 && entry[0] === size && entry[1] === mtime && typeof entry[3] !== 'boolean';

/** The pages' entries: those of `known` for pages not written since, the others read. */
export function pageHashes(out: string, pages: string[], known: PageHashes): PageHashes {
  const hashes: PageHashes = {};
  for (const page of pages) {
    const file = path.join(out, page);
    const { size, mtimeMs } = statSync(file);
    const previous = known[page];
    hashes[page] = stillHolds(previous, size, mtimeMs) ? previous : entryOf(page, size, mtimeMs, readFileSync(file));
  }
  return hashes;
}

/**
 * What Pagefind would index of a set of pages: those that are search results, and their contents. Other
 * pages (the paginated indexes, which shift whenever a filing is added) do not count. Pages without a
 * cacheKey are written on every build, usually byte for byte the same, so contents count, not times.
 */
export function signature(pages: string[], hashes: PageHashes): string {
  const all = createHash('sha256');
  for (const page of pages) {
    const entry = hashes[page];
    if (entry?.[3] != null) all.update(`${page}\0${entry[2]}\n`);
  }
  return all.digest('hex');
}

/** Search results by shard, each in page order. */
export function shardPages(hashes: PageHashes, count: number): string[][] {
  const shards: string[][] = Array.from({ length: count }, () => []);
  for (const [page, [, , , group]] of Object.entries(hashes)) {
    if (group !== null) shards[shardOf(group, count)]?.push(page);
  }
  return shards;
}

/** What is kept between builds: the Pagefind that wrote the shards, their signatures, and the page hashes. */
interface Kept {
  pagefind: string;
  signatures: string[];
  hashes: PageHashes;
}

/** The state a previous build kept, or none when it is missing or of another shape. */
const readKeptState = (file: string): Kept => {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8'));
    if (Array.isArray(kept.signatures) && kept.hashes && typeof kept.hashes === 'object') return kept;
  } catch {}
  return { pagefind: '', signatures: [], hashes: {} };
};

/**
 * Which shards to index, given the kept signatures and this build's. Everything, when the shards are new
 * (another count, or another Pagefind: shards of two versions are not merged); else the shards whose
 * results changed (or were left unsigned by a build that stopped) or whose folder is gone. An empty shard
 * is not indexed, except shard 0, which holds the search UI (Pagefind writes an index of no page).
 */
export function staleShards(
  kept: Kept,
  now: Pick<Kept, 'pagefind' | 'signatures'>,
  members: string[][],
  indexed: (shard: number) => boolean,
): number[] {
  // Another count of shards moves pages between them; another (or an unknown) Pagefind writes other bundles.
  const reindexAll = !now.pagefind || kept.pagefind !== now.pagefind || kept.signatures.length !== members.length;
  return [...members.keys()].filter(
    (shard) =>
      (shard === 0 || (members[shard]?.length ?? 0) > 0) &&
      (reindexAll || kept.signatures[shard] !== now.signatures[shard] || !indexed(shard)),
  );
}

type Pagefind = typeof import('pagefind');

const failOn = (errors: string[]) => {
  if (errors.length) throw new Error(errors.join('; '));
};

/**
 * A folder that holds `pages` of `out` at their own paths, as links: Pagefind reads it as it would dist/.
 * In memory (/dev/shm) where the machine has it and it takes the links, else in the temporary folder.
 */
export function linkFolder(out: string, pages: string[], roots = ['/dev/shm', tmpdir()]): string {
  let failure: unknown;
  for (const root of roots) {
    let folder: string | undefined;
    try {
      folder = mkdtempSync(path.join(root, 'filing-digest-search-'));
      const made = new Set<string>();
      for (const page of pages) {
        const link = path.join(folder, page);
        const parent = path.dirname(link);
        if (!made.has(parent)) {
          mkdirSync(parent, { recursive: true });
          made.add(parent);
        }
        symlinkSync(path.join(out, page), link);
      }
      return folder;
    } catch (error) {
      failure = error;
      if (folder) rmSync(folder, { recursive: true, force: true });
    }
  }
  throw failure;
}

/** Every file under `dir`, as paths relative to it. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));

/**
 * Makes `to` hold exactly the files of `from`, writing only those whose bytes differ and removing the rest.
 * A shard indexed again is mostly what it was: Pagefind names its fragments and chunks by their content, and
 * writes all of them anyway, one file per page. Creating those files is most of a rebuild's search time on
 * this disk, so Pagefind writes to memory and only what changed reaches dist/. Files in folders are written
 * before those at the top (pagefind-entry.json, pagefind.js), so these never name a chunk not yet there.
 */
export function mirrorFolder(from: string, to: string): { written: number; removed: number } {
  const wanted = filesUnder(from).sort((a, b) => Number(!a.includes(path.sep)) - Number(!b.includes(path.sep)));
  let written = 0;
  for (const file of wanted) {
    const bytes = readFileSync(path.join(from, file));
    const target = path.join(to, file);
    let same = false;
    try {
      same = statSync(target).size === bytes.length && readFileSync(target).equals(bytes);
    } catch {}
    if (same) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    written++;
  }
  const keep = new Set(wanted);
  const stale = existsSync(to) ? filesUnder(to).filter((file) => !keep.has(file)) : [];
  for (const file of stale) rmSync(path.join(to, file), { force: true });
  return { written, removed: stale.length };
}

/** A new folder in memory (/dev/shm) for Pagefind to write a shard to, or undefined where there is none. */
function memoryFolder(): string | undefined {
  try {
    return mkdtempSync(path.join('/dev/shm', 'filing-digest-search-out-'));
  } catch {
    return undefined;
  }
}

/**
 * Writes the index to dist/<folder>/. A shard that is there already is written to memory first and mirrored
 * (mirrorFolder), `staging` holding the folder while it exists; a new shard, or one that memory cannot hold
 * (a small /dev/shm), is written directly.
 */
async function writeShard(
  index: NonNullable<Awaited<ReturnType<Pagefind['createIndex']>>['index']>,
  bundle: string,
  staging: Set<string>,
): Promise<void> {
  const folder = existsSync(path.join(bundle, 'pagefind.js')) ? memoryFolder() : undefined;
  if (folder) {
    staging.add(folder);
    try {
      const { errors } = await index.writeFiles({ outputPath: folder });
      if (errors.length === 0 && existsSync(path.join(folder, 'pagefind.js'))) {
        mirrorFolder(folder, bundle);
        return;
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
      staging.delete(folder);
    }
  }
  rmSync(bundle, { recursive: true, force: true });
  failOn((await index.writeFiles({ outputPath: bundle })).errors);
}

/**
 * Indexes one shard into dist/<folder>/: the whole of dist/ when there is one shard, else its pages, from a
 * folder of links. `temporary` holds the links and the staging folder while they exist, so they can be
 * removed if Pagefind's process dies.
 */
async function indexShard(
  pagefind: Pagefind,
  out: string,
  folder: string,
  pages: string[] | 'whole site',
  temporary: Set<string>,
): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let linked: string | undefined;
  try {
    if (pages !== 'whole site') {
      linked = linkFolder(out, pages);
      temporary.add(linked);
    }
    const added = await index.addDirectory({ path: linked ?? out });
    failOn(added.errors);
    await writeShard(index, path.join(out, folder), temporary);
    return added.page_count;
  } finally {
    if (linked) {
      rmSync(linked, { recursive: true, force: true });
      temporary.delete(linked);
    }
    await index.deleteIndex();
  }
}

/**
 * The installed Pagefind's version, part of what a kept index was made with: found from the module itself,
 * or the project's node_modules; null when neither tells (every shard is then indexed again).
 */
export function pagefindVersion(root: URL): string | null {
  const candidates: (() => URL)[] = [
    () => new URL('../package.json', import.meta.resolve('pagefind')),
    () => new URL('node_modules/pagefind/package.json', root),
  ];
  for (const candidate of candidates) {
    try {
      const { name, version } = JSON.parse(readFileSync(candidate(), 'utf8'));
      if (name === 'pagefind' && typeof version === 'string') return version;
    } catch {}
  }
  return null;
}

export function searchIndex(): AstroIntegration {
  let keptFile = '';
  let version: string | null = null;
  const save = (kept: Kept) => {
    mkdirSync(path.dirname(keptFile), { recursive: true });
    writeFileSync(keptFile, JSON.stringify(kept));
  };
  return {
    name: 'filing-digest:search-index',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        keptFile = path.join(fileURLToPath(config.cacheDir), 'filing-digest', 'search-shards.json');
        version = pagefindVersion(config.root);
        if (!version) logger.warn("cannot tell Pagefind's version: every build indexes the whole site again");
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        if (process.env.SEARCH_INDEX === '0') {
          logger.info('skipped (SEARCH_INDEX=0)');
          return;
        }
        const out = fileURLToPath(dir);
        const pages = routeOutputs(dir, assets).filter((p) => p.endsWith('.html'));
        const perShard = Number(process.env.SEARCH_SHARD_PAGES) || DEFAULT_SHARD_PAGES;
        const kept = readKeptState(keptFile);
        const count = shardCount(pages.length, perShard, kept.signatures.length);
        const hashes = pageHashes(out, pages, kept.hashes);
        // One index reads the whole of dist/ (Pagefind skips pages that are no search result); shards hold results.
        const members = count === 1 ? [pages] : shardPages(hashes, count);
        const now: Kept = {
          pagefind: version ?? '',
          signatures: members.map((group) => signature(group, hashes)),
          hashes,
        };
        const stale = staleShards(kept, now, members, (shard) =>
          existsSync(path.join(out, shardFolder(shard), 'pagefind.js')),
        );
        // Shards with no page (and those of a larger index before) have no folder; the search page merges the rest.
        const merged = [...members.keys()].filter((shard) => shard > 0 && (members[shard]?.length ?? 0) > 0);
        for (const name of readdirSync(out)) {
          const n = /^pagefind-(\d+)$/.exec(name)?.[1];
          if (n && !merged.includes(Number(n))) rmSync(path.join(out, name), { recursive: true, force: true });
        }
        const shardList = path.join(out, shardFolder(0), 'shards.json');
        const merge = JSON.stringify({ merge: merged.map((shard) => `${shardFolder(shard)}/`) });
        if (stale.length === 0) {
          const listed = existsSync(shardList) && readFileSync(shardList, 'utf8') === merge;
          if (!listed) writeFileSync(shardList, merge);
          save(now);
          logger.info(
            `no page changed: the search index is kept${listed ? '' : ' (the shards it merges are listed again)'}`,
          );
          return;
        }
        // Until they are written, the stale shards are kept as unsigned: a build stopped now indexes them again.
        save({ ...now, signatures: now.signatures.map((signed, shard) => (stale.includes(shard) ? '' : signed)) });
        const pagefind = await import('pagefind');
        const temporary = new Set<string>();
        // If Pagefind's process dies mid-way its promise never settles, and Node would exit with 0 as if the
        // build had succeeded (seen at 100,000 filings): say so, remove the temporary folders and fail instead.
        const stopped = () => {
          logger.error('Pagefind stopped before the search index was written');
          for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
          process.exitCode = 1;
        };
        process.once('beforeExit', stopped);
        try {
          let indexed = 0;
          for (const shard of stale)
            indexed += await indexShard(
              pagefind,
              out,
              shardFolder(shard),
              count === 1 ? 'whole site' : (members[shard] ?? []),
              temporary,
            );
          // The search page merges the other shards into the first (src/scripts/search.ts).
          writeFileSync(shardList, merge);
          save(now);
          logger.info(
            count === 1
              ? `${indexed} pages indexed for search`
              : `${indexed} pages indexed for search, in ${stale.length} of ${count} shards (${count - stale.length} kept as they were or empty)`,
          );
        } finally {
          process.off('beforeExit', stopped);
          await pagefind.close();
        }
      },
    },
  };
}
