// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
  // The absolute URL of the published site, used in feeds and canonical links.
  site: process.env.SITE_URL || 'https://filing-digest.example.org',
  // A sub-path when the site is not at the root of its host (GitHub Pages: /<repo>/).
  ...(process.env.BASE_PATH ? { base: process.env.BASE_PATH } : {}),
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Where the content store lives between builds; tests give each build folder its own.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  experimental: {
    // Pages whose getStaticPaths cacheKey is unchanged are not rendered again (src/site/cache-keys.ts).
    incrementalBuild: true,
  },
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(page) }), searchIndex()],
});
