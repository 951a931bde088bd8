// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  // The absolute URL of the published site, used in feeds and canonical links.
  site: process.env.SITE_URL || 'https://filing-digest.example.org',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
});
