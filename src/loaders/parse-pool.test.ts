import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSample, SAMPLE_2005, SAMPLE_2006 } from '../../test/samples.js';
import { parseAll, threadCount } from './parse-pool.js';

const jobs = [SAMPLE_2005, SAMPLE_2006].flatMap((sample, i) =>
  Array.from({ length: 3 }, (_, j) => ({
    digest: `${i}${j}`.padStart(8, '0'),
    files: [{ fileName: `${i}-${j}.txt`, text: readSample(sample) }],
  })),
);

describe('parseAll', () => {
  it('gives the same summaries from worker threads as from this thread', async () => {
    const here = await parseAll(jobs, mkdtempSync(path.join(tmpdir(), 'pool-')), 1);
    const pooled = await parseAll(jobs, mkdtempSync(path.join(tmpdir(), 'pool-')), 2, 1);
    expect(here.threads).toBe(1);
    expect(pooled.threads).toBe(2);
    expect(pooled.results.size).toBe(6);
    expect([...pooled.results.entries()].sort()).toEqual([...here.results.entries()].sort());
    expect([...pooled.results.values()].every((r) => r.ok)).toBe(true);
  });

  it('takes its thread count from FILING_DIGEST_THREADS, within bounds', () => {
    expect(threadCount({ FILING_DIGEST_THREADS: '3' })).toBe(3);
    expect(threadCount({ FILING_DIGEST_THREADS: '0' })).toBeGreaterThanOrEqual(1);
    expect(threadCount({ FILING_DIGEST_THREADS: '999' })).toBe(16);
  });
});
