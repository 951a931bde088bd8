/** The built-in glob() loader over a folder of Markdown files (BASELINE_DIR). */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const filings = defineCollection({
  loader: glob({ pattern: '**/*.md', base: process.env.BASELINE_DIR ?? './filings' }),
  schema: z.object({ title: z.string(), date: z.coerce.string(), company: z.string() }),
});

export const collections = { filings };
