/**
 * The whole folder → the site's data: each file decoded (or refused with a
 * reason), files of one filing grouped (by accession number, or an exhibit
 * beside its 8-K), each filing parsed (or taken from the cache when its
 * bytes are unchanged), duplicates reported, then all resolved into entities.
 */
import { createHash } from 'node:crypto';
import { applyCuration, compoundMerges, readCuration } from './curation.js';
import { companyKey } from './entities/names.js';
import { ACCESSION, parseFiling, typeFromName } from './parse-filing.js';
import { filingDate, filingTitle, type Resolved, resolve } from './resolve.js';
import { decodeFiling } from './text/decode.js';
import type { FilingSummary, ParsedFiling, Problem } from './types.js';

/** Bump when parsing changes, so cached filings are parsed again. */
export const PARSER_VERSION = '12';

/** Files larger than this are reported, not parsed: no 8-K with its exhibits comes close. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface InputFile {
  /** Path relative to the filings folder, with forward slashes. */
  name: string;
  bytes: Uint8Array;
  /** The size on disk, when `bytes` was not read whole (a file over the limit). */
  size?: number;
}

export interface SourceReport {
  file: string;
  /** `curation`: a file of content/, read for editors' corrections. */
  outcome: 'published' | 'rejected' | 'duplicate' | 'curation';
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

/** A filing as the corpus handles it: its summary; its text may stay on disk. */
export interface CorpusFiling extends FilingSummary {
  sourceDigest: string;
  title: string;
  date: string | null;
}

export interface Corpus<F extends CorpusFiling = CorpusFiling> {
  filings: F[];
  sources: SourceReport[];
  resolved: Resolved;
  /** How many filings were parsed this time (the rest came from the cache). */
  parsed: number;
}

const sha = (...parts: (string | Uint8Array)[]): string => {
  const hash = createHash('sha256').update(PARSER_VERSION);
  for (const p of parts) hash.update(p);
  return hash.digest('hex').slice(0, 32);
};

export const digestBytes = (bytes: Uint8Array): string => sha(bytes);

/** The cache: a filing's previous record, if its files and their bytes are unchanged. */
export type Cache<F = FilingRecord> = (files: string[], digest: string) => F | undefined;

interface Decoded {
  file: InputFile;
  report: SourceReport;
  text: string;
  digest: string;
}

const baseName = (name: string) => name.replace(/\.[a-z0-9]+$/i, '');
const ACCESSION_IN_HEADER = /ACCESSION NUMBER:\s*(\d{10}-\d{2}-\d{6})/;

/** Files of one filing: same accession number, or an exhibit named after its 8-K ("x_8-K_ex99-1.htm" beside "x_8-K.htm"). */
export function groupFiles<T extends { name: string; text: string }>(files: T[]): T[][] {
  const accessionOf = (f: T) => ACCESSION_IN_HEADER.exec(f.text.slice(0, 5000))?.[1] ?? ACCESSION.exec(f.name)?.[1];
  const bases = new Map(files.map((f) => [baseName(f.name), f]));
  const keyOf = new Map<T, string>();
  for (const f of files) if (!typeFromName(f.name)) keyOf.set(f, accessionOf(f) ?? `name:${f.name}`);
  for (const f of files) {
    if (keyOf.has(f)) continue;
    const stem = baseName(f.name).replace(/[_.\-\s]ex[-_]?\d{1,3}(?:[-_.]\d{1,2})?$/i, '');
    const sibling = bases.get(stem);
    keyOf.set(f, (sibling && keyOf.get(sibling)) ?? accessionOf(f) ?? `name:${f.name}`);
  }
  const groups = new Map<string, T[]>();
  for (const f of files) groups.set(keyOf.get(f) ?? f.name, [...(groups.get(keyOf.get(f) ?? f.name) ?? []), f]);
  // The primary document first.
  return [...groups.values()].map((g) =>
    g.sort((a, b) => Number(!!typeFromName(a.name)) - Number(!!typeFromName(b.name)) || a.name.localeCompare(b.name)),
  );
}

/** What makes two renderings (an EDGAR .txt and a Markdown conversion) the same filing. */
function sameFilingKey(f: FilingSummary): string | null {
  const firstItem = f.items
    .find((i) => i.text)
    ?.text.replace(/[^A-Za-z]/g, '')
    .slice(0, 120);
  if (!f.registrant.name || !f.form || !f.dateOfReport || !firstItem) return null;
  return [
    companyKey(f.registrant.name),
    f.form,
    f.dateOfReport,
    f.items.map((i) => i.number).join(','),
    firstItem,
    // Two releases on one day share the item's wording; their headlines differ.
    f.pressRelease?.headline ?? '',
  ].join('|');
}

/** For strict builds: every problem with the input, one per line, or null when there is none. */
export function strictFailure(sources: SourceReport[]): string | null {
  const lines = sources.flatMap((s) =>
    s.problems.map((p) => `  ${p.line ? `${p.file}:${p.line}` : p.file}: ${p.severity}: ${p.message}`),
  );
  return lines.length
    ? `strict build: ${lines.length} problem${lines.length === 1 ? '' : 's'} with the input\n${lines.join('\n')}`
    : null;
}

/** One filing to parse: its files' decoded text, named by the digest of their names and bytes. */
export interface ParseJob {
  digest: string;
  files: { fileName: string; text: string }[];
}

export type ParseResult<F> = { ok: true; record: F } | { ok: false; message: string };

/** Parses one filing; a parser failure is a result, so one bad filing never stops the others. */
export function parseJob(job: ParseJob): ParseResult<FilingRecord> {
  try {
    const filing = parseFiling(job.files);
    return {
      ok: true,
      record: { ...filing, sourceDigest: job.digest, title: filingTitle(filing), date: filingDate(filing) },
    };
  } catch (error) {
    return { ok: false, message: `could not be parsed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

type Group = (Decoded & { name: string })[];

/** The folder read, decoded and grouped: each filing either taken from the cache or waiting to be parsed. */
export interface PreparedCorpus<F> {
  sources: SourceReport[];
  groups: { group: Group; digest: string; cached: F | undefined }[];
  /** The filings not in the cache, to parse (in this thread or in workers). */
  jobs: ParseJob[];
}

export function prepareCorpus<F>(files: InputFile[], cached: Cache<F>): PreparedCorpus<F> {
  const sources: SourceReport[] = [];
  const decoded: Decoded[] = [];
  const seen = new Map<string, string>(); // digest → file
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const size = file.size ?? file.bytes.length;
    const report: SourceReport = {
      file: file.name,
      outcome: 'rejected',
      filing: null,
      bytes: size,
      encoding: null,
      problems: [],
    };
    sources.push(report);
    const reject = (message: string) => report.problems.push({ severity: 'error', file: file.name, message });
    if (size > MAX_FILE_BYTES) {
      reject(`file too large (${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`);
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
      continue;
    }
    seen.set(digest, file.name);
    const text = decodeFiling(file.bytes);
    if (!text.ok) {
      reject(text.reason);
      continue;
    }
    report.encoding = text.encoding;
    report.problems.push(
      ...text.warnings.map(
        (w): Problem => ({ severity: 'warning', file: file.name, line: w.line, message: w.message }),
      ),
    );
    decoded.push({ file, report, text: text.text, digest });
  }

  const groups: PreparedCorpus<F>['groups'] = [];
  const jobs: ParseJob[] = [];
  for (const group of groupFiles(decoded.map((d) => ({ ...d, name: d.file.name })))) {
    const digest = sha(...group.map((d) => `${d.name}:${d.digest};`));
    const record = cached(
      group.map((d) => d.name),
      digest,
    );
    groups.push({ group, digest, cached: record });
    if (!record) jobs.push({ digest, files: group.map((d) => ({ fileName: d.name, text: d.text })) });
    // The text now lives in the job (or is not needed): let it go when the job is done.
    for (const d of group) d.text = '';
  }
  return { sources, groups, jobs };
}

/** The parsed filings (from the cache or from `results`, by digest) → duplicates reported, entities resolved. */
export function finishCorpus<F extends CorpusFiling>(
  prepared: PreparedCorpus<F>,
  results: Map<string, ParseResult<F>>,
  /** The files of content/, names relative to it. */
  content: InputFile[] = [],
): Corpus<F> {
  const { sources } = prepared;
  const parsedGroups: { group: Group; record: F }[] = [];
  for (const { group, digest, cached } of prepared.groups) {
    const result: ParseResult<F> | undefined = cached
      ? { ok: true, record: cached }
      : (results.get(digest) ?? { ok: false, message: 'was not parsed' });
    if (!result.ok) {
      for (const d of group) d.report.problems.push({ severity: 'error', file: d.name, message: result.message });
      continue;
    }
    parsedGroups.push({ group, record: result.record });
  }

  // The same filing under two names or in two renderings is published once: the one with an accession number.
  const filings: F[] = [];
  const bySameKey = new Map<string, F[]>();
  const byAccession = new Map<string, F>();
  const ids = new Set<string>();
  // Prefer the rendering with an accession number, then the fuller one (an EDGAR submission over a conversion).
  const preferred = [...parsedGroups].sort(
    (a, b) =>
      Number(!a.record.accession) - Number(!b.record.accession) ||
      b.record.documents.length - a.record.documents.length,
  );
  for (const { group, record: parsedRecord } of preferred) {
    let record = parsedRecord;
    const key = sameFilingKey(record);
    // Two accession numbers are two filings, however alike; a rendering without one may be either.
    const earlier =
      (record.accession && byAccession.get(record.accession)) ||
      (key
        ? bySameKey.get(key)?.find((f) => !f.accession || !record.accession || f.accession === record.accession)
        : undefined);
    if (earlier) {
      for (const d of group) {
        d.report.outcome = 'duplicate';
        d.report.filing = earlier.id;
        d.report.problems.push({
          severity: 'warning',
          file: d.name,
          message: `the same filing as ${earlier.sourceFiles.join(', ')}: published once, as ${earlier.id}`,
        });
      }
      continue;
    }
    // Two files that slug to one id (a.txt, a.htm) both get a page.
    const id = record.id;
    if (ids.has(id)) record = { ...record, id: `${id}-${record.sourceDigest.slice(0, 6)}` };
    for (const d of group) {
      d.report.outcome = 'published';
      d.report.filing = record.id;
      d.report.problems.push(...record.problems.filter((p) => p.file === d.name));
    }
    if (key) bySameKey.set(key, [...(bySameKey.get(key) ?? []), record]);
    if (record.accession) byAccession.set(record.accession, record);
    ids.add(record.id);
    filings.push(record);
  }
  const sourceByFile = new Map(sources.map((x) => [x.file, x]));
  for (const s of sources) {
    if (s.outcome !== 'duplicate') continue;
    const twin = /^same bytes as (.+?):/.exec(s.problems[0]?.message ?? '')?.[1];
    s.filing ??= (twin && sourceByFile.get(twin)?.filing) || null;
  }
  // Editors' corrections: merges go into resolution, the rest is applied to its result.
  const corrections = content.filter((f) => !/(?:^|\/)README\.md$/i.test(f.name));
  const { curation, problems: readProblems } = readCuration(
    corrections.map((f) => ({ name: `content/${f.name}`, text: new TextDecoder().decode(f.bytes) })),
  );
  const resolved = resolve(filings, compoundMerges(curation));
  const curationProblems = [...readProblems, ...applyCuration(resolved, curation)];
  for (const f of corrections) {
    const file = `content/${f.name}`;
    sources.push({
      file,
      outcome: 'curation',
      filing: null,
      bytes: f.bytes.length,
      encoding: 'utf-8',
      problems: curationProblems.filter((p) => p.file === file),
    });
  }
  return { filings, sources, resolved, parsed: results.size };
}

/** The whole pipeline in this thread: read, parse what the cache does not hold, resolve. */
export function buildCorpus(
  files: InputFile[],
  cached: Cache<FilingRecord> = () => undefined,
  content: InputFile[] = [],
): Corpus<FilingRecord> {
  const prepared = prepareCorpus(files, cached);
  return finishCorpus(prepared, new Map(prepared.jobs.map((job) => [job.digest, parseJob(job)])), content);
}
