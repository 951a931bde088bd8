/**
 * Parsing is the loader's one heavy step and each filing is parsed on its
 * own, so a cold build spreads it over worker threads (Piscina), one per
 * core. A handful of filings is parsed in this thread: a worker's start-up
 * (tsx compiling the parser) costs more than it saves.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { CorpusFiling, ParseJob, ParseResult } from '../lib/corpus.js';
import { parseAndKeep } from '../lib/parse-cache.js';

/** Below this many filings to parse, no worker is started. */
export const POOL_MIN_JOBS = 200;
/** Filings sent to a worker at a time: fewer messages, still an even spread. */
const BATCH = 25;

/** FILING_DIGEST_THREADS, or one thread per core. */
export function threadCount(env = process.env): number {
  const asked = Number.parseInt(env.FILING_DIGEST_THREADS ?? '', 10);
  return Math.max(1, Math.min(16, Number.isFinite(asked) && asked > 0 ? asked : availableParallelism()));
}

/** Parses every job and keeps its files in `dir` (parse-cache.ts); returns the summaries by digest. */
export async function parseAll(
  jobs: ParseJob[],
  dir: string,
  threads = threadCount(),
  minJobs = POOL_MIN_JOBS,
): Promise<{ results: Map<string, ParseResult<CorpusFiling>>; threads: number }> {
  const results = new Map<string, ParseResult<CorpusFiling>>();
  if (threads < 2 || jobs.length < minJobs) {
    for (const job of jobs) results.set(job.digest, parseAndKeep(job, dir));
    return { results, threads: 1 };
  }
  const pool = new Piscina({
    filename: new URL('./parse-worker.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  try {
    const batches: ParseJob[][] = [];
    for (let i = 0; i < jobs.length; i += BATCH) batches.push(jobs.slice(i, i + BATCH));
    await Promise.all(
      batches.map(async (batch) => {
        // A worker that fails (not a filing: the parser's failures are results) leaves its batch to this thread.
        const out: ParseResult<CorpusFiling>[] = await pool
          .run({ jobs: batch, dir })
          .catch(() => batch.map((job) => parseAndKeep(job, dir)));
        batch.forEach((job, i) => {
          results.set(job.digest, out[i] ?? { ok: false, message: 'was not parsed' });
        });
      }),
    );
  } finally {
    await pool.destroy();
  }
  return { results, threads };
}
