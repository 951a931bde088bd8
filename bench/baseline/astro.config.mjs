// @ts-check
// The plain baseline: Astro 7 as it comes, one Markdown page per filing, no integrations.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example.org',
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
