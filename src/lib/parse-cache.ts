/**
 * The parse cache: each filing parsed once, kept as two files named by the
 * digest of its files' names, bytes and the parser version:
 *   <digest>.json       its summary, which entity resolution reads;
 *   <digest>.text.json  its text blocks, which only its own page reads.
 * Astro's content store is one file inlined into the build, so at 100,000
 * filings the text cannot live there; the store holds the summaries.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type CorpusFiling, type FilingRecord, type ParseJob, type ParseResult, parseJob } from './corpus.js';
import { removeFilesExcept, writeWholeSync } from './files.js';
import type { Block } from './types.js';

/** An item's text is kept up to this many paragraphs in the summary: what the filing's page shows of it. */
export const ITEM_PARAGRAPHS = 3;

export interface FilingText {
  blocks: Block[];
}

export const summaryFile = (dir: string, digest: string) => path.join(dir, `${digest}.json`);
export const textFile = (dir: string, digest: string) => path.join(dir, `${digest}.text.json`);

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

/** Parses one filing and keeps both files; returns its summary. The text file is written first, so a summary on disk always has its text. */
export function parseAndKeep(job: ParseJob, dir: string): ParseResult<CorpusFiling> {
  const result = parseJob(job);
  if (!result.ok) return result;
  writeWholeSync(textFile(dir, job.digest), JSON.stringify({ blocks: result.record.blocks } satisfies FilingText));
  const summary = summarize(result.record);
  writeWholeSync(summaryFile(dir, job.digest), JSON.stringify(summary));
  return { ok: true, record: summary };
}

/** A filing's summary from an earlier build, or undefined when it is missing or unreadable (it is then parsed again). */
export function readSummary(dir: string, digest: string): CorpusFiling | undefined {
  try {
    const summary = JSON.parse(readFileSync(summaryFile(dir, digest), 'utf8')) as CorpusFiling;
    return summary.sourceDigest === digest ? summary : undefined;
  } catch {
    return undefined;
  }
}

/** Removes the files of filings no longer in the folder (and partial files of a stopped build). */
export function pruneParseCache(dir: string, keep: Set<string>): number {
  return removeFilesExcept(dir, (name) => keep.has(/^([0-9a-f]+)\.(?:text\.)?json$/.exec(name)?.[1] ?? ''));
}
