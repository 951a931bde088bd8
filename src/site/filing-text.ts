/**
 * A filing's text blocks, for its own page. They are kept beside the
 * content store, in the second line of the filing's parse-cache file
 * (src/lib/parse-cache.ts), and checked here as the store checks its records.
 */
import { z } from 'astro/zod';
import { type PageBlock, pageBlocks, textLine } from '../lib/parse-cache';
import { BLOCK_KINDS, SECTION_KINDS } from '../lib/types';
import type { Filing } from './collections';
import { readKept } from './kept-files';

/** `KeptBlock`: [kind, line, section, sentences]. */
const keptBlock = z.tuple([z.enum(BLOCK_KINDS), z.number().int(), z.enum(SECTION_KINDS), z.array(z.string())]);

const filingTextSchema = z.object({ blocks: z.array(keptBlock) });

export type Block = PageBlock;

export async function filingText(filing: Pick<Filing, 'id' | 'textFile'>): Promise<{ blocks: Block[] }> {
  const kept = await readKept(filing.textFile, filingTextSchema, `the text of filing ${filing.id}`, textLine);
  return { blocks: pageBlocks(kept.blocks) };
}
