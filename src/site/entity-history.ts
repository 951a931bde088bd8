/**
 * A company's, compound's or trial's facts and timeline, for its page and
 * its feed. They are kept beside the content store, one file per entity
 * (src/lib/entity-history.ts), and checked here as the store checks its
 * records.
 */
import { z } from 'astro/zod';
import { EVENT_KINDS } from '../lib/entities/events';
import type { EntityHistory } from '../lib/entity-history';
import { readKept } from './kept-files';

const nullableString = z.string().nullable();

const fact = z.object({
  label: z.string(),
  value: z.string(),
  sentence: z.string(),
  filing: z.string(),
  anchor: z.string(),
  date: nullableString,
});

const timelineEntry = z.object({
  filing: z.string(),
  date: nullableString,
  title: z.string(),
  said: z.array(z.object({ text: z.string(), anchor: z.string() })),
  events: z.array(z.enum(EVENT_KINDS)),
});

// Checked against the type the loader writes, so the two cannot drift apart.
const historySchema = z.object({
  facts: z.array(fact),
  timeline: z.array(timelineEntry),
}) satisfies z.ZodType<EntityHistory>;

/** Read when asked (by the page, then by the feed): holding every history for the whole build would cost more. */
export function history(entity: { id: string; historyFile: string }): Promise<EntityHistory> {
  return readKept(entity.historyFile, historySchema, `the history of ${entity.id}`);
}
