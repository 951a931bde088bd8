/**
 * Brings a filings folder up to date with EDGAR for a list of companies:
 * lists each company's filings from its submissions JSON (and the older
 * pages it points to), keeps the forms and dates asked for, and downloads
 * each filing not yet in the folder as one full-submission `.txt`, named by
 * accession number and written atomically. Resumable by construction: what
 * is in the folder is never fetched again.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from '../files.js';
import {
  type FollowRule,
  filingFileName,
  filingRows,
  fullSubmissionUrl,
  isWholeSubmission,
  type ListedFiling,
  pageWanted,
  Submissions,
  SubmissionsPage,
  submissionsPageUrl,
  submissionsUrl,
  wanted,
} from './edgar.js';
import type { HttpClient } from './http.js';
import { removePartials, writeAtomic } from './write.js';

export interface Followed extends FollowRule {
  cik: string;
  /** For messages only; EDGAR's name is used when it is missing. */
  name?: string;
}

export interface SyncOptions {
  dir: string;
  dataUrl: string;
  archivesUrl: string;
  client: HttpClient;
  /** Downloads in flight at once; the client's rate limit still holds. */
  concurrency?: number;
  signal?: AbortSignal;
  /** List what would be fetched, fetch nothing. */
  listOnly?: boolean;
  onEvent?: (event: SyncEvent) => void;
}

export type SyncEvent =
  | { type: 'listed'; cik: string; name: string; listed: number; wanted: number }
  | { type: 'planned'; toFetch: number; present: number }
  | { type: 'fetched'; filing: PlannedFiling }
  | { type: 'failed'; filing?: PlannedFiling; cik: string; reason: string };

export interface PlannedFiling extends ListedFiling {
  cik: string;
  company: string;
}

export interface SyncSummary {
  companies: number;
  /** Filings of the forms and dates asked for. */
  wanted: number;
  /** Not in the folder yet: what this run fetches (or would, when listing only). */
  toFetch: PlannedFiling[];
  fetched: PlannedFiling[];
  /** Already in the folder. */
  skipped: number;
  failed: { cik: string; filing?: PlannedFiling; reason: string }[];
  removedPartials: number;
  interrupted: boolean;
}

const ACCESSION_IN_NAME = /\d{10}-\d{2}-\d{6}/;

/** Accession numbers already in the folder, read from file names. */
export async function presentAccessions(dir: string): Promise<Set<string>> {
  const names = await listFiles(dir).catch(() => [] as string[]);
  const present = new Set<string>();
  for (const name of names) {
    const match = ACCESSION_IN_NAME.exec(path.posix.basename(name));
    if (match) present.add(match[0]);
  }
  return present;
}

export async function syncFilings(follow: Followed[], options: SyncOptions): Promise<SyncSummary> {
  const { client, signal } = options;
  const emit = options.onEvent ?? (() => {});
  await mkdir(options.dir, { recursive: true });
  const summary: SyncSummary = {
    companies: follow.length,
    wanted: 0,
    toFetch: [],
    fetched: [],
    skipped: 0,
    failed: [],
    removedPartials: await removePartials(options.dir),
    interrupted: false,
  };
  const fail = (cik: string, reason: string, filing?: PlannedFiling) => {
    summary.failed.push({ cik, filing, reason });
    emit({ type: 'failed', cik, filing, reason });
  };

  const planned = new Map<string, PlannedFiling>();
  for (const company of follow) {
    if (signal?.aborted) break;
    try {
      const listed = await listCompany(company, options);
      const keep = listed.filings.filter((f) => wanted(f, company));
      for (const filing of keep) {
        if (!planned.has(filing.accession))
          planned.set(filing.accession, { ...filing, cik: company.cik, company: listed.name });
      }
      emit({ type: 'listed', cik: company.cik, name: listed.name, listed: listed.filings.length, wanted: keep.length });
    } catch (error) {
      if (signal?.aborted) break;
      fail(company.cik, `listing ${company.name ?? `CIK ${company.cik}`}: ${message(error)}`);
    }
  }

  const present = await presentAccessions(options.dir);
  const queue = [...planned.values()].filter((f) => !present.has(f.accession));
  summary.wanted = planned.size;
  summary.skipped = planned.size - queue.length;
  summary.toFetch = [...queue];
  emit({ type: 'planned', toFetch: queue.length, present: summary.skipped });
  if (options.listOnly) return summary;

  const worker = async () => {
    for (let filing = queue.shift(); filing && !signal?.aborted; filing = queue.shift()) {
      const url = fullSubmissionUrl(options.archivesUrl, filing.cik, filing.accession);
      const accession = filing.accession;
      try {
        const text = await client.text(url, (body) =>
          isWholeSubmission(body, accession) ? undefined : 'the download is cut off (no closing </SEC-DOCUMENT>)',
        );
        // A Ctrl-C during the download must not leave a new file behind.
        if (signal?.aborted) break;
        await writeAtomic(path.join(options.dir, filingFileName(accession)), text);
        summary.fetched.push(filing);
        emit({ type: 'fetched', filing });
      } catch (error) {
        if (signal?.aborted) break;
        fail(filing.cik, message(error), filing);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, worker));
  summary.interrupted = signal?.aborted ?? false;
  return summary;
}

/** Every filing EDGAR lists for a company: the recent ones, then the older pages that can matter. */
async function listCompany(
  company: Followed,
  options: SyncOptions,
): Promise<{ name: string; filings: ListedFiling[] }> {
  const parsed = Submissions.safeParse(await options.client.json(submissionsUrl(options.dataUrl, company.cik)));
  if (!parsed.success) throw new Error(`the submissions JSON is not in EDGAR's shape: ${zodMessage(parsed.error)}`);
  const filings = filingRows(parsed.data.filings.recent);
  for (const page of parsed.data.filings.files) {
    if (!pageWanted(page, company)) continue;
    const older = SubmissionsPage.safeParse(await options.client.json(submissionsPageUrl(options.dataUrl, page.name)));
    if (!older.success) throw new Error(`${page.name} is not in EDGAR's shape: ${zodMessage(older.error)}`);
    filings.push(...filingRows(older.data));
  }
  return { name: parsed.data.name ?? company.name ?? `CIK ${company.cik}`, filings };
}

const zodMessage = (error: { issues: { path: PropertyKey[]; message: string }[] }) =>
  error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
