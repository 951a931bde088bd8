/**
 * Rebuilds as a publisher runs them, daily on a kept cache and dist/: an
 * unchanged filing is not parsed again and its page not written again; a
 * changed one is; a removed one's pages leave dist/; the search index is
 * only rebuilt when a page changed. Also: the content store wiped (as Astro
 * does when its config changes) costs no parsing, the parse cache remains.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Build, sampleFolder, siteBuild } from './build.js';

const EXTRA =
  'FORM 8-K\n\nItem 8.01 Other Events\n\nAcme Oncology Inc. began a Phase 1 trial of acmetuzumab in lymphoma.\n';
const folder = sampleFolder('filing-digest-rebuild-', { 'acme-8k.txt': EXTRA });
let site: Build;
const logs: string[] = [];
const times: Map<string, number>[] = [];

const pageTimes = (out: string): Map<string, number> => {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
    );
  return new Map(walk(out).map((f) => [path.relative(out, f), statSync(f).mtimeMs]));
};

beforeAll(async () => {
  // The search index in shards of two pages: a rebuild indexes again only the shards whose pages changed.
  site = siteBuild(folder, undefined, { SEARCH_SHARD_PAGES: '2' });
  const build = async () => {
    const { code, log } = await site.run();
    if (code !== 0) throw new Error(log);
    logs.push(log);
    times.push(pageTimes(site.out));
  };
  await build(); // 0: cold
  await build(); // 1: nothing changed
  // 2: one filing changed, one removed, an asset of an old build left in dist/, the content store wiped.
  const names = readdirSync(folder).sort();
  const [changed, removed] = names.filter((n) => n !== 'acme-8k.txt');
  appendFileSync(path.join(folder, changed as string), '\nThe company also announced a new chief financial officer.\n');
  rmSync(path.join(folder, removed as string));
  writeFileSync(path.join(site.out, '_astro', 'old.abc123.css'), 'body{}');
  rmSync(path.join(site.cache, 'data-store.json'));
  await build();
  (globalThis as { removedName?: string }).removedName = removed;
  shardLists.push(shardFolders(site.out));
  // 3: the only filing of a company removed, which leaves its shard empty (Acme's pages are alone in theirs).
  rmSync(path.join(folder, 'acme-8k.txt'));
  await build();
  shardLists.push(shardFolders(site.out));
});

/** The shards dist/pagefind/shards.json merges, and the shard folders dist/ holds besides the first. */
const shardLists: ReturnType<typeof shardFolders>[] = [];
const shardFolders = (out: string) => {
  const merged: string[] = JSON.parse(readFileSync(path.join(out, 'pagefind', 'shards.json'), 'utf8')).merge.map(
    (f: string) => f.replace(/\/$/, ''),
  );
  return {
    merged,
    folders: readdirSync(out)
      .filter((name) => /^pagefind-\d+$/.test(name))
      .sort(),
    unindexed: merged.filter((shard) => !existsSync(path.join(out, shard, 'pagefind.js'))),
  };
};

afterAll(() => {
  site.cleanup();
  rmSync(folder, { recursive: true, force: true });
});

const filingPage = (name: string) => path.join('filings', name.replace(/\.[a-z]+$/, ''), 'index.html');

describe('a rebuild', () => {
  it('with nothing changed parses nothing, writes no filing or entity page again and keeps the search index', () => {
    expect(logs[1]).toMatch(/3 files: 3 filings \(0 parsed, 0 changed\)/);
    expect(logs[1]).toMatch(/no page changed: the search index is kept/);
    const rewritten = [...(times[1] ?? [])].filter(
      ([file, t]) => /^(filings|companies|compounds|trials)\/[^/]+\//.test(file) && times[0]?.get(file) !== t,
    );
    expect(rewritten).toEqual([]);
    expect(times[1]?.size).toBe(times[0]?.size);
  });

  it('with one filing changed parses only it, even with the content store wiped, and writes its page again', () => {
    expect(logs[2]).toMatch(/2 files: 2 filings \(1 parsed, 2 changed\)/);
    const page = filingPage(
      readdirSync(folder)
        .sort()
        .find((n) => n !== 'acme-8k.txt') as string,
    );
    expect(times[2]?.get(page)).toBeGreaterThan(times[1]?.get(page) ?? Infinity);
    expect(times[2]?.get(filingPage('acme-8k.txt'))).toBe(times[1]?.get(filingPage('acme-8k.txt')));
    const [, again, of] = /in (\d+) of (\d+) shards/.exec(logs[2] ?? '') ?? [];
    expect(Number(again)).toBeGreaterThan(0);
    expect(Number(again)).toBeLessThan(Number(of));
  });

  it('merges on the search page exactly the shards it holds, also when a shard is left empty', () => {
    for (const { merged, folders, unindexed } of shardLists) {
      expect(merged.length).toBeGreaterThan(0);
      expect([...merged].sort()).toEqual(folders);
      expect(unindexed).toEqual([]);
    }
    expect(logs[3]).toMatch(/1 files: 1 filings/);
    // Acme's shard held only Acme's pages: it is gone, and the search page no longer asks for it.
    expect(shardLists[1]?.folders.length).toBe((shardLists[0]?.folders.length ?? 0) - 1);
    expect(existsSync(path.join(site.out, filingPage('acme-8k.txt')))).toBe(false);
  });

  it('removes the pages of a filing no longer in the folder, and assets of earlier builds', () => {
    const removed = (globalThis as { removedName?: string }).removedName as string;
    expect(times[1]?.has(filingPage(removed))).toBe(true);
    expect(existsSync(path.join(site.out, filingPage(removed)))).toBe(false);
    expect(existsSync(path.join(site.out, path.dirname(filingPage(removed))))).toBe(false);
    expect(existsSync(path.join(site.out, '_astro', 'old.abc123.css'))).toBe(false);
    expect(logs[2]).toMatch(/removed [1-9]\d* pages of routes gone since the last build, 1 old assets/);
  });
});
