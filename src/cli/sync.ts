/**
 * `npm run sync`: brings filings/ up to date from EDGAR for the companies
 * followed in content/ (a `follow:` list) or named with --cik.
 *
 *   npm run sync                                  # the follow: list in content/
 *   npm run sync -- --cik 1234567 --forms 8-K,8-K/A --since 2024-01-01
 *
 * Settings come from the environment: SEC_USER_AGENT (required: a name and a
 * contact e-mail), SEC_DATA_URL and SEC_ARCHIVES_URL (the two EDGAR hosts;
 * tests point them at a local server), SEC_RATE (requests per second, <= 10).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { DEFAULT_FOLLOW_FORMS, readCuration } from '../lib/curation.js';
import { listFiles } from '../lib/files.js';
import { createHttpClient, defaultHttpSettings, SEC_MAX_REQUESTS_PER_SECOND } from '../lib/sync/http.js';
import { type Followed, type SyncSummary, syncFilings } from '../lib/sync/sync.js';

const USAGE = `usage: npm run sync -- [--cik CIK[,CIK…]] [--forms 8-K,8-K/A] [--since YYYY-MM-DD]
                       [--dir filings] [--content content] [--rate 5] [--dry-run]`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      cik: { type: 'string', multiple: true },
      forms: { type: 'string' },
      since: { type: 'string' },
      dir: { type: 'string', default: process.env.FILINGS_DIR ?? 'filings' },
      content: { type: 'string', default: process.env.CONTENT_DIR ?? 'content' },
      rate: { type: 'string', default: process.env.SEC_RATE },
      timeout: { type: 'string', default: process.env.SEC_TIMEOUT_MS },
      retries: { type: 'string', default: process.env.SEC_RETRIES },
      backoff: { type: 'string', default: process.env.SEC_BACKOFF_MS },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const follow = values.cik?.length
    ? fromArgs(values.cik, values.forms, values.since)
    : await fromContent(values.content);
  if (!follow.length) {
    console.error(
      `sync: nothing to follow. Add a follow: list to a YAML file in ${values.content}/ (see ${values.content}/README.md) or pass --cik.\n${USAGE}`,
    );
    return 2;
  }
  const rate = numberSetting('rate', values.rate, defaultHttpSettings.requestsPerSecond);
  if (rate > SEC_MAX_REQUESTS_PER_SECOND) {
    console.error(
      `sync: --rate ${rate} is above the SEC's limit of ${SEC_MAX_REQUESTS_PER_SECOND} requests per second`,
    );
    return 2;
  }
  const controller = new AbortController();
  const stop = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
    console.error('\nsync: interrupted; finishing nothing half-written (Ctrl-C again to quit at once)');
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const retries: string[] = [];
  const client = createHttpClient(
    {
      userAgent: process.env.SEC_USER_AGENT ?? '',
      requestsPerSecond: rate,
      timeoutMs: numberSetting('timeout', values.timeout, defaultHttpSettings.timeoutMs),
      retries: numberSetting('retries', values.retries, defaultHttpSettings.retries),
      minBackoffMs: numberSetting('backoff', values.backoff, defaultHttpSettings.minBackoffMs),
      maxRetryAfterMs: defaultHttpSettings.maxRetryAfterMs,
      signal: controller.signal,
    },
    (url, reason, attempt) => retries.push(`retry ${attempt} ${path.basename(url)}: ${reason}`),
  );

  const dataUrl = process.env.SEC_DATA_URL || 'https://data.sec.gov';
  const archivesUrl = process.env.SEC_ARCHIVES_URL || 'https://www.sec.gov';
  console.log(
    `sync: ${follow.length} ${follow.length === 1 ? 'company' : 'companies'} into ${values.dir}/ at ≤ ${rate} requests/s`,
  );

  const bar = new SingleBar(
    {
      format: '  {bar} {value}/{total} filings | {new} new, {failed} failed | ETA {eta_formatted}',
      noTTYOutput: true,
      notTTYSchedule: 2000,
      etaBuffer: 20,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  let started = false;
  let fetched = 0;
  let failed = 0;
  const summary = await syncFilings(follow, {
    dir: values.dir,
    dataUrl,
    archivesUrl,
    client,
    listOnly: values['dry-run'],
    signal: controller.signal,
    onEvent: (event) => {
      if (event.type === 'listed') {
        console.log(
          `  ${event.name} (CIK ${event.cik}): ${event.listed} filings listed, ${event.wanted} of the forms and dates followed`,
        );
      } else if (event.type === 'planned') {
        console.log(`  ${event.present} already in ${values.dir}/, ${event.toFetch} to fetch`);
        if (event.toFetch && !values['dry-run']) {
          bar.start(event.toFetch, 0, { new: 0, failed: 0 });
          started = true;
        }
      } else if (event.type === 'fetched') {
        fetched++;
        if (started) bar.increment({ new: fetched, failed });
      } else if (event.filing) {
        failed++;
        if (started) bar.increment({ new: fetched, failed });
      }
    },
  });
  if (started) bar.stop();
  if (values['dry-run']) {
    for (const f of summary.toFetch)
      console.log(`  would fetch ${f.accession} ${f.form} filed ${f.filingDate} (${f.company})`);
  }
  for (const line of retries) console.log(`  ${line}`);
  printSummary(summary, values.dir, client.stats);
  if (summary.interrupted) return 130;
  return summary.failed.length ? 1 : 0;
}

function fromArgs(ciks: string[], forms: string | undefined, since: string | undefined): Followed[] {
  const list = ciks.flatMap((c) => c.split(',')).map((c) => c.trim());
  for (const cik of list) if (!/^\d{1,10}$/.test(cik)) throw new UsageError(`--cik ${cik}: a CIK is up to 10 digits`);
  if (since && !/^\d{4}-\d{2}-\d{2}$/.test(since)) throw new UsageError(`--since ${since}: write a date as YYYY-MM-DD`);
  const formList = forms
    ? forms
        .split(',')
        .map((f) => f.trim().toUpperCase())
        .filter(Boolean)
    : DEFAULT_FOLLOW_FORMS;
  return list.map((cik) => ({ cik: cik.replace(/^0+/, ''), forms: formList, since }));
}

async function fromContent(dir: string): Promise<Followed[]> {
  const names = await listFiles(dir).catch(() => [] as string[]);
  const files = await Promise.all(
    names.map(async (n) => ({ name: path.join(dir, n), text: await readFile(path.join(dir, n), 'utf8') })),
  );
  const { curation, problems } = readCuration(files);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    throw new UsageError(errors.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n'));
  }
  return curation.follow.map(({ cik, name, forms, since }) => ({ cik, name, forms, since }));
}

function printSummary(summary: SyncSummary, dir: string, stats: { requests: number; retries: number }) {
  console.log(summary.interrupted ? 'sync interrupted:' : 'sync done:');
  console.log(`  new      ${summary.fetched.length}`);
  console.log(`  skipped  ${summary.skipped} (already in ${dir}/)`);
  console.log(`  failed   ${summary.failed.length}`);
  for (const f of summary.failed) {
    const what = f.filing ? `${f.filing.accession} (${f.filing.form}, filed ${f.filing.filingDate})` : `CIK ${f.cik}`;
    console.log(`    ${what}: ${f.reason}`);
  }
  if (summary.removedPartials)
    console.log(`  removed ${summary.removedPartials} partial file(s) left by an interrupted run`);
  console.log(`  ${stats.requests} requests, ${stats.retries} retries`);
}

class UsageError extends Error {}

function numberSetting(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} ${value}: must be a number ≥ 0`);
  return n;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`sync: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
