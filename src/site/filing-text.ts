/**
 * A filing's text blocks, for its own page. They are kept beside the
 * content store, one file per filing (src/lib/parse-cache.ts), and checked
 * here as the store checks its records.
 */
import { z } from 'astro/zod';
import type { Filing } from './collections';
import { readKept } from './kept-files';

const block = z.object({
  id: z.string(),
  kind: z.enum(['heading', 'paragraph', 'list-item', 'table-row']),
  text: z.string(),
  line: z.number().int(),
  section: z.enum([
    'cover',
    'item',
    'signature',
    'exhibit-index',
    'exhibit',
    'letterhead',
    'press-release',
    'about',
    'forward-looking',
    'other',
  ]),
  sentences: z.array(z.object({ id: z.string(), text: z.string() })),
});

const filingTextSchema = z.object({ blocks: z.array(block) });

export type Block = z.infer<typeof block>;

export function filingText(filing: Pick<Filing, 'id' | 'textFile'>): Promise<{ blocks: Block[] }> {
  return readKept(filing.textFile, filingTextSchema, `the text of filing ${filing.id}`);
}
