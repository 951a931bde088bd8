/**
 * An entity's facts and timeline are most of its record (every sentence a
 * filing said of it) and only its own page and feed read them, so they are
 * kept beside the content store, one file per entity, named by a hash of
 * what it holds. The store's record names the file; a changed history is a
 * new name, so the record changes with it.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileSize, removeFilesExcept, writeInPlaceSync } from './files.js';
import type { EntityFact, TimelineEntry } from './resolve.js';

export interface EntityHistory {
  facts: EntityFact[];
  timeline: TimelineEntry[];
}

/**
 * The record without its history, which is written to `dir` once: the name is a hash of the content, so a
 * file of the right size is the same history (one of another size was cut short, and is written again).
 */
export function keepHistory<T extends EntityHistory>(
  dir: string,
  record: T,
): Omit<T, 'facts' | 'timeline'> & { historyFile: string } {
  const { facts, timeline, ...rest } = record;
  const text = JSON.stringify({ facts, timeline } satisfies EntityHistory);
  const file = path.join(dir, `${createHash('sha256').update(text).digest('hex').slice(0, 32)}.json`);
  if (fileSize(file) !== Buffer.byteLength(text)) writeInPlaceSync(file, text);
  return { ...rest, historyFile: file };
}

/** Removes histories no record names any more. */
export function pruneHistories(dir: string, keep: Set<string>): number {
  return removeFilesExcept(dir, (name) => keep.has(path.join(dir, name)));
}
