/**
 * The whole folder → the site's data: each file decoded and parsed (or
 * taken from the cache when its bytes are unchanged), duplicates and bad
 * files reported, then all filings resolved into entities.
 */
import { createHash } from 'node:crypto';
import { parseFiling } from './parse-filing.js';
import { filingDate, filingTitle, type Resolved, resolve } from './resolve.js';
import { decodeFiling } from './text/decode.js';
import type { ParsedFiling, Problem } from './types.js';

/** Bump when parsing changes, so cached filings are parsed again. */
export const PARSER_VERSION = '1';

/** Files larger than this are reported, not parsed: no real 8-K comes close. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface InputFile {
  /** Path relative to the filings folder, with forward slashes. */
  name: string;
  bytes: Uint8Array;
}

export interface SourceReport {
  file: string;
  outcome: 'published' | 'rejected' | 'duplicate';
  filing: string | null;
  bytes: number;
  encoding: string | null;
  problems: Problem[];
}

export interface FilingRecord extends ParsedFiling {
  sourceDigest: string;
  title: string;
  date: string | null;
}

export interface Corpus {
  filings: FilingRecord[];
  sources: SourceReport[];
  resolved: Resolved;
  /** How many filings were parsed this time (the rest came from the cache). */
  parsed: number;
}

export function digestBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(PARSER_VERSION).update(bytes).digest('hex').slice(0, 32);
}

export type Cache = (name: string, digest: string) => FilingRecord | undefined;

export function buildCorpus(files: InputFile[], cached: Cache = () => undefined): Corpus {
  const filings: FilingRecord[] = [];
  const sources: SourceReport[] = [];
  const seen = new Map<string, string>(); // digest → file
  let parsed = 0;

  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const report: SourceReport = {
      file: file.name,
      outcome: 'rejected',
      filing: null,
      bytes: file.bytes.length,
      encoding: null,
      problems: [],
    };
    sources.push(report);
    const reject = (message: string) => report.problems.push({ severity: 'error', file: file.name, message });

    if (file.bytes.length > MAX_FILE_BYTES) {
      reject(
        `file too large (${(file.bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`,
      );
      continue;
    }
    const digest = digestBytes(file.bytes);
    const twin = seen.get(digest);
    if (twin) {
      report.outcome = 'duplicate';
      report.problems.push({
        severity: 'warning',
        file: file.name,
        message: `same bytes as ${twin}: published once, as ${twin}`,
      });
      report.filing = filings.find((f) => f.sourceFiles.includes(twin))?.id ?? null;
      continue;
    }
    seen.set(digest, file.name);

    let record = cached(file.name, digest);
    if (!record) {
      const decoded = decodeFiling(file.bytes);
      if (!decoded.ok) {
        reject(decoded.reason);
        continue;
      }
      report.encoding = decoded.encoding;
      try {
        const filing = parseFiling({ fileName: file.name, text: decoded.text });
        filing.problems.unshift(
          ...decoded.warnings.map((message): Problem => ({ severity: 'warning', file: file.name, message })),
        );
        record = { ...filing, sourceDigest: digest, title: filingTitle(filing), date: filingDate(filing) };
        parsed++;
      } catch (error) {
        reject(`could not be parsed: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
    }
    // Two files that slug to one id (a.txt, a.htm) both get a page.
    const id = record.id;
    if (filings.some((f) => f.id === id)) record = { ...record, id: `${id}-${digest.slice(0, 6)}` };
    report.outcome = 'published';
    report.filing = record.id;
    report.problems.push(...record.problems);
    filings.push(record);
  }
  return { filings, sources, resolved: resolve(filings), parsed };
}
