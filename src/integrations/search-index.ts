/**
 * Full-text search: after the build, Pagefind indexes the pages that carry
 * `data-pagefind-body` (filings, companies, compounds, trials) with their
 * `type`, `form`, `company` and `phase` filters, and writes its index and
 * search UI to dist/pagefind/. Pagefind's npm package ships its binary.
 * SEARCH_INDEX=0 skips it (a quicker build when search is not needed).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function searchIndex(): AstroIntegration {
  return {
    name: 'filing-digest:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SEARCH_INDEX === '0') {
          logger.info('skipped (SEARCH_INDEX=0)');
          return;
        }
        const pagefind = await import('pagefind');
        const out = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: out });
          if (added.errors.length) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
          if (written.errors.length) throw new Error(written.errors.join('; '));
          logger.info(`${added.page_count} pages indexed for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
