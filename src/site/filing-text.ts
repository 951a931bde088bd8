/**
 * What only a filing's own page shows, kept beside the content store in the
 * text line of the filing's parse-cache file (src/lib/parse-cache.ts): its
 * text blocks, its items with their first paragraphs, its press contacts.
 * Checked here as the store checks its records.
 */
import { z } from 'astro/zod';
import { type PageBlock, pageBlocks, textLine } from '../lib/parse-cache';
import { BLOCK_KINDS, SECTION_KINDS } from '../lib/types';
import type { Filing } from './collections';
import { readKept } from './kept-files';

/** `KeptBlock`: [kind, line, section, sentences]. */
const keptBlock = z.tuple([z.enum(BLOCK_KINDS), z.number().int(), z.enum(SECTION_KINDS), z.array(z.string())]);

const nullableString = z.string().nullable();
const item = z.object({ number: z.string(), title: z.string(), text: z.string(), blockIds: z.array(z.string()) });
const contact = z.object({
  role: nullableString,
  name: nullableString,
  organization: nullableString,
  phone: nullableString,
  email: nullableString,
  text: z.string(),
});

const filingTextSchema = z.object({ blocks: z.array(keptBlock), items: z.array(item), contacts: z.array(contact) });

export type Block = PageBlock;
export type Item = z.infer<typeof item>;
export type Contact = z.infer<typeof contact>;

export async function filingText(
  filing: Pick<Filing, 'id' | 'textFile'>,
): Promise<{ blocks: Block[]; items: Item[]; contacts: Contact[] }> {
  const kept = await readKept(filing.textFile, filingTextSchema, `the text of filing ${filing.id}`, textLine);
  return { blocks: pageBlocks(kept.blocks), items: kept.items, contacts: kept.contacts };
}
