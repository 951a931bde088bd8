/**
 * Full-text search: after the build, Pagefind indexes the pages that carry
 * `data-pagefind-body` (filings, companies, compounds, trials) with their
 * `type`, `form`, `company` and `phase` filters, and writes its index and
 * search UI to dist/pagefind/. Pagefind's npm package ships its binary.
 * SEARCH_INDEX=0 skips it (a quicker build when search is not needed).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { routeOutputs } from './keep-output.ts';

/** Per page: size, time written and a hash of its bytes, so a page is read again only when it was written again. */
type PageHashes = Record<string, [number, number, string]>;

/**
 * What Pagefind would read: the HTML pages and their contents. Pages without
 * a cacheKey are written on every build, usually byte for byte the same, so
 * contents count, not times; a hash is only worked out again for a page
 * written since.
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
    const hash =
      previous && previous[0] === size && previous[1] === mtimeMs
        ? previous[2]
        : createHash('sha256').update(readFileSync(file)).digest('base64url');
    hashes[page] = [size, mtimeMs, hash];
    all.update(`${page}\0${hash}\n`);
  }
  return { signature: all.digest('hex'), hashes };
}

export function searchIndex(): AstroIntegration {
  let signatureFile = '';
  return {
    name: 'filing-digest:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        signatureFile = path.join(fileURLToPath(config.cacheDir), 'filing-digest', 'search-pages.json');
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        if (process.env.SEARCH_INDEX === '0') {
          logger.info('skipped (SEARCH_INDEX=0)');
          return;
        }
        const out = fileURLToPath(dir);
        const bundle = path.join(out, 'pagefind');
        // dist/ is kept between builds (keep-output.ts): when no page was written again, neither is the index.
        let previous: { signature: string; hashes: PageHashes } = { signature: '', hashes: {} };
        try {
          previous = JSON.parse(readFileSync(signatureFile, 'utf8'));
        } catch {}
        const now = pagesSignature(out, routeOutputs(dir, assets), previous.hashes);
        if (previous.signature === now.signature && existsSync(path.join(bundle, 'pagefind.js'))) {
          logger.info('no page changed: the search index is kept');
          return;
        }
        rmSync(bundle, { recursive: true, force: true });
        rmSync(signatureFile, { force: true });
        const pagefind = await import('pagefind');
        // If Pagefind's process dies mid-way its promise never settles, and Node would exit with 0 as if the
        // build had succeeded (seen at 100,000 filings): say so and fail instead.
        const stopped = () => {
          logger.error('Pagefind stopped before the search index was written');
          process.exitCode = 1;
        };
        process.once('beforeExit', stopped);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: out });
          if (added.errors.length) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length) throw new Error(written.errors.join('; '));
          mkdirSync(path.dirname(signatureFile), { recursive: true });
          writeFileSync(signatureFile, JSON.stringify(now));
          logger.info(`${added.page_count} pages indexed for search`);
        } finally {
          process.off('beforeExit', stopped);
          await pagefind.close();
        }
      },
    },
  };
}
