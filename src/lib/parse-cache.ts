/**
 * The parse cache: each filing parsed once, kept as one file named by the
 * digest of its files' names, bytes and the parser version, `<digest>.json`,
 * of two lines:
 *   its summary, which entity resolution reads, with the size in bytes of
 *   the line after it (a file cut short is parsed again);
 *   what only its own page reads: its text blocks, its items with their
 *   first paragraphs, its press contacts.
 * One file, not two: a cold build writes one per filing, and creating files
 * is what the cache's writes cost. Astro's content store is one file inlined
 * into the build, so at 100,000 filings the text cannot live there; the store
 * holds the summaries.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type CorpusFiling, type FilingRecord, type ParseJob, type ParseResult, parseJob } from './corpus.js';
import { removeFilesExcept, writeInPlaceSync } from './files.js';
import type { Block } from './types.js';

/** An item's text is kept up to this many paragraphs in the summary: what the filing's page shows of it. */
export const ITEM_PARAGRAPHS = 3;

/**
 * A block as its page reads it: kind, line, section and sentences. Its id (`b<n>`) and its sentences'
 * (`s<n>-<m>`) follow from the order, as `numberBlocks` gives them, and its text is its sentences': so the
 * file is less than half the size of the blocks themselves, and a build writes one of these per filing.
 */
export type KeptBlock = [kind: Block['kind'], line: number, section: Block['section'], sentences: string[]];

/** The text line: what only the filing's own page reads, so the page parses this line alone. */
export interface FilingText {
  blocks: KeptBlock[];
  /** Its items with their first paragraphs, and its press contacts: left out of the content store. */
  items: CorpusFiling['items'];
  contacts: NonNullable<CorpusFiling['pressRelease']>['contacts'];
}

/** A block of a filing's page: what `KeptBlock` keeps, with its ids. */
export type PageBlock = Omit<Block, 'text'>;

export function keepBlocks(blocks: Block[]): KeptBlock[] {
  return blocks.map((b, i) => {
    // Only numberBlocks' ids can be left out; anything else would be an anchor lost from the page.
    if (b.id !== `b${i + 1}` || b.sentences.some((s, j) => s.id !== `s${i + 1}-${j + 1}`))
      throw new Error(`block ${b.id} is out of order: its ids cannot be left to its place`);
    return [b.kind, b.line, b.section, b.sentences.map((s) => s.text)];
  });
}

export function pageBlocks(kept: KeptBlock[]): PageBlock[] {
  return kept.map(([kind, line, section, sentences], i) => ({
    id: `b${i + 1}`,
    kind,
    line,
    section,
    sentences: sentences.map((text, j) => ({ id: `s${i + 1}-${j + 1}`, text })),
  }));
}

export const cacheFile = (dir: string, digest: string) => path.join(dir, `${digest}.json`);

/** The text line of a cache file: what follows its first line break (JSON has none of its own). */
export const textLine = (kept: string): string => {
  const end = kept.indexOf('\n');
  return end < 0 ? '' : kept.slice(end + 1);
};

/** A parsed filing without its text. */
export function summarize(record: FilingRecord): CorpusFiling {
  const { blocks: _blocks, pressRelease, items, ...rest } = record;
  return {
    ...rest,
    items: items.map((item) => ({ ...item, text: item.text.split('\n\n').slice(0, ITEM_PARAGRAPHS).join('\n\n') })),
    pressRelease: pressRelease && {
      headline: pressRelease.headline,
      subheadline: pressRelease.subheadline,
      dateline: pressRelease.dateline,
      contacts: pressRelease.contacts,
    },
  };
}

/**
 * A filing as the content store holds it: the summary without what only the filing's own page shows (its
 * items' text, its press contacts, its documents). The page reads the first two from the cache file's text line
 * and no page shows the documents;
 * every build writes the store whole and bundles it into the site, so it stays small.
 */
export function forStore<F extends CorpusFiling>(filing: F) {
  const { documents: _documents, items, pressRelease, ...rest } = filing;
  return {
    ...rest,
    items: items.map(({ number, title }) => ({ number, title })),
    pressRelease: pressRelease && {
      headline: pressRelease.headline,
      subheadline: pressRelease.subheadline,
      dateline: pressRelease.dateline,
    },
  };
}

/** The first line of `<digest>.json`. */
interface SummaryLine {
  textBytes: number;
  summary: CorpusFiling;
}

/** Parses one filing and keeps its file; returns its summary. */
export function parseAndKeep(job: ParseJob, dir: string): ParseResult<CorpusFiling> {
  const result = parseJob(job);
  if (!result.ok) return result;
  const summary = summarize(result.record);
  const text = JSON.stringify({
    blocks: keepBlocks(result.record.blocks),
    items: summary.items,
    contacts: summary.pressRelease?.contacts ?? [],
  } satisfies FilingText);
  const first = JSON.stringify({ textBytes: Buffer.byteLength(text), summary } satisfies SummaryLine);
  writeInPlaceSync(cacheFile(dir, job.digest), `${first}\n${text}`);
  return { ok: true, record: summary };
}

/**
 * A filing's summary from an earlier build, or undefined when its file is missing, cut short or
 * unreadable (the filing is then parsed again).
 */
export function readSummary(dir: string, digest: string): CorpusFiling | undefined {
  try {
    const kept = readFileSync(cacheFile(dir, digest));
    const end = kept.indexOf(0x0a);
    if (end < 0) return undefined;
    const { textBytes, summary } = JSON.parse(kept.toString('utf8', 0, end)) as SummaryLine;
    if (summary?.sourceDigest !== digest || kept.length !== end + 1 + textBytes) return undefined;
    return summary;
  } catch {
    return undefined;
  }
}

/** Removes the files of filings no longer in the folder (and partial files of a stopped build). */
export function pruneParseCache(dir: string, keep: Set<string>): number {
  return removeFilesExcept(dir, (name) => keep.has(/^([0-9a-f]+)\.json$/.exec(name)?.[1] ?? ''));
}
