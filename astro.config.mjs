// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { keepOutput } from './src/integrations/keep-output.ts';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
  // The absolute URL of the published site, used in feeds and canonical links.
  site: process.env.SITE_URL || 'https://filing-digest.example.org',
  // A sub-path when the site is not at the root of its host (GitHub Pages: /<repo>/).
  ...(process.env.BASE_PATH ? { base: process.env.BASE_PATH } : {}),
  trailingSlash: 'ignore',
  // Pages wait on the disk more than on the processor: render several at a time. At 10,000 filings the
  // routes took 38 s one at a time; at 16 they were quicker than at 4 in 6 of 8 rounds taken in turns
  // (mean 21.8 s against 25.4 s, median 22.7 s against 23.0 s): a small gain at most, on a noisy disk.
  build: { format: 'directory', concurrency: 16 },
  // Where the content store lives between builds; tests give each build folder its own.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  vite: {
    // Kept between builds, so a page whose cacheKey is unchanged is not even copied (src/integrations/keep-output.ts).
    build: { emptyOutDir: false },
  },
  experimental: {
    // Pages whose getStaticPaths cacheKey is unchanged are not rendered again (src/site/cache-keys.ts).
    incrementalBuild: true,
  },
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(page) }), keepOutput(), searchIndex()],
});
