/**
 * `npm run sync` against a stand-in for EDGAR on 127.0.0.1: the rate limit,
 * retries on 429/5xx/timeouts/cut-off bodies, clear failures, resume, atomic
 * writes and Ctrl-C, through the library and through the command line.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/lib/corpus.js';
import { createHttpClient, type HttpSettings } from '../src/lib/sync/http.js';
import { type Followed, syncFilings } from '../src/lib/sync/sync.js';
import { writeAtomic } from '../src/lib/sync/write.js';
import { archivePath, type FakeCompany, type FakeEdgar, fullSubmission, startFakeEdgar } from './edgar/server.js';

const root = path.resolve(import.meta.dirname, '..');
const UA = 'filing-digest tests tests@example.com';

const zeta: FakeCompany = {
  cik: '1234567',
  name: 'Zeta Therapeutics Inc.',
  recent: [
    { accession: '0001234567-24-000005', form: '8-K', filingDate: '2024-05-02' },
    { accession: '0001234567-24-000004', form: '10-Q', filingDate: '2024-05-01' },
    { accession: '0001234567-24-000003', form: '8-K/A', filingDate: '2024-03-15' },
    { accession: '0001234567-24-000002', form: '8-K', filingDate: '2024-02-01' },
    { accession: '0001234567-24-000001', form: '8-K', filingDate: '2024-01-10' },
  ],
  older: [
    { accession: '0001234567-23-000009', form: '8-K', filingDate: '2023-11-01' },
    { accession: '0001234567-23-000008', form: '8-K', filingDate: '2023-06-01' },
  ],
};
const omega: FakeCompany = {
  cik: '7654321',
  name: 'Omega Bio plc',
  recent: [{ accession: '0007654321-24-000001', form: '6-K', filingDate: '2024-04-04' }],
};
const forms = ['8-K', '8-K/A', '6-K'];
const follow: Followed[] = [
  { cik: zeta.cik, forms },
  { cik: omega.cik, forms },
  { cik: '999', name: 'Nobody Inc.', forms },
];

const path429 = archivePath(zeta.cik, '0001234567-24-000003');
const pathSlow = archivePath(zeta.cik, '0001234567-24-000002');
const pathCut = archivePath(zeta.cik, '0001234567-24-000001');
const path500 = archivePath(zeta.cik, '0001234567-23-000008');
const misbehaving = {
  [path429]: (n: number) => (n === 0 ? 429 : 'ok'),
  [pathSlow]: (n: number) => (n === 0 ? 'slow' : 'ok'),
  [pathCut]: () => 'cut' as const,
  [path500]: () => 500,
};

const settings = (overrides: Partial<HttpSettings> = {}): HttpSettings => ({
  userAgent: UA,
  requestsPerSecond: 10,
  timeoutMs: 400,
  retries: 2,
  minBackoffMs: 10,
  maxRetryAfterMs: 1000,
  ...overrides,
});

let server: FakeEdgar | undefined;
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sync-'));
  dirs.push(dir);
  return dir;
};
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const files = (dir: string) => readdirSync(dir).sort();

describe('sync', () => {
  it('fetches each new filing of the forms followed once, retrying what can change and reporting what fails', async () => {
    server = await startFakeEdgar([zeta, omega], misbehaving, { slowMs: 1500 });
    const dir = tempDir();
    const client = createHttpClient(settings());
    const summary = await syncFilings(follow, { dir, dataUrl: server.url, archivesUrl: server.url, client });

    expect(summary.fetched.map((f) => f.accession).sort()).toEqual([
      '0001234567-23-000009',
      '0001234567-24-000002',
      '0001234567-24-000003',
      '0001234567-24-000005',
      '0007654321-24-000001',
    ]);
    // Named by accession number, whole, and nothing else in the folder: no failed download, no temporary file.
    expect(files(dir)).toEqual(summary.fetched.map((f) => `${f.accession}.txt`).sort());
    expect(readFileSync(path.join(dir, '0001234567-24-000003.txt'), 'utf8')).toBe(
      fullSubmission(zeta, zeta.recent[2] as (typeof zeta.recent)[number]),
    );

    const failed = Object.fromEntries(summary.failed.map((f) => [f.filing?.accession ?? `CIK ${f.cik}`, f.reason]));
    expect(Object.keys(failed).sort()).toEqual(['0001234567-23-000008', '0001234567-24-000001', 'CIK 999']);
    expect(failed['0001234567-23-000008']).toMatch(/HTTP 500.*gave up after 3 attempts/);
    expect(failed['0001234567-24-000001']).toMatch(/connection failed|cut off/);
    expect(failed['CIK 999']).toMatch(/Nobody Inc\..*404/);

    // 429 retried once; the slow answer timed out once; the 500 and the cut-off body tried 1 + 2 times; the 10-Q never.
    expect(server.count(path429)).toBe(2);
    expect(server.count(pathSlow)).toBe(2);
    expect(server.count(path500)).toBe(3);
    expect(server.count(pathCut)).toBe(3);
    expect(server.count(archivePath(zeta.cik, '0001234567-24-000004'))).toBe(0);
    expect(server.requests.every((r) => r.userAgent === UA)).toBe(true);
    expect(client.stats.retries).toBe(6);
    expect(summary.skipped).toBe(0);

    // The build reads what sync wrote as whole filings.
    const corpus = buildCorpus(
      files(dir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) })),
    );
    expect(corpus.filings.map((f) => f.accession).sort()).toEqual(summary.fetched.map((f) => f.accession).sort());
    expect(corpus.sources.filter((s) => s.problems.some((p) => p.severity === 'error'))).toEqual([]);
  });

  it('resumes: a second run fetches only what is missing, and nothing when nothing is', async () => {
    server = await startFakeEdgar([zeta, omega], misbehaving);
    const dir = tempDir();
    const first = await syncFilings(follow, {
      dir,
      dataUrl: server.url,
      archivesUrl: server.url,
      client: createHttpClient(settings({ timeoutMs: 5000 })),
    });
    expect(first.fetched).toHaveLength(5);
    await server.close();

    server = await startFakeEdgar([zeta, omega]); // the 500 and the cut-off body are mended
    const second = await syncFilings(follow.slice(0, 2), {
      dir,
      dataUrl: server.url,
      archivesUrl: server.url,
      client: createHttpClient(settings()),
    });
    expect(second.fetched.map((f) => f.accession).sort()).toEqual(['0001234567-23-000008', '0001234567-24-000001']);
    expect(second.skipped).toBe(5);
    const archiveRequests = () => server?.requests.filter((r) => r.url.startsWith('/Archives/')).map((r) => r.url);
    expect(archiveRequests()?.sort()).toEqual([pathCut, path500].sort());

    const third = await syncFilings(follow.slice(0, 2), {
      dir,
      dataUrl: server.url,
      archivesUrl: server.url,
      client: createHttpClient(settings()),
    });
    expect(third.fetched).toEqual([]);
    expect(third.skipped).toBe(7);
    expect(archiveRequests()).toHaveLength(2);
  });

  it('keeps to the rate limit, retries included', async () => {
    server = await startFakeEdgar([zeta, omega], { [path429]: (n) => (n < 2 ? 429 : 'ok') });
    const dir = tempDir();
    await syncFilings(follow.slice(0, 2), {
      dir,
      dataUrl: server.url,
      archivesUrl: server.url,
      concurrency: 4,
      client: createHttpClient(settings({ requestsPerSecond: 4, minBackoffMs: 1 })),
    });
    const at = server.requests.map((r) => r.at);
    expect(at.length).toBeGreaterThanOrEqual(12);
    // Four per second, evenly spaced: any five consecutive requests span at least a second.
    for (let i = 4; i < at.length; i++) expect((at[i] as number) - (at[i - 4] as number)).toBeGreaterThan(950);
  });

  it('gives up at once on a 403, saying why', async () => {
    server = await startFakeEdgar([zeta], { [`/submissions/CIK000${zeta.cik}.json`]: () => 403 });
    const summary = await syncFilings([{ cik: zeta.cik, forms }], {
      dir: tempDir(),
      dataUrl: server.url,
      archivesUrl: server.url,
      client: createHttpClient(settings()),
    });
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0]?.reason).toMatch(/403 Forbidden.*SEC_USER_AGENT/);
    expect(server.requests).toHaveLength(1);
  });

  it('leaves no file behind when interrupted mid-download, and clears what a crash left', async () => {
    server = await startFakeEdgar([omega], { [archivePath(omega.cik, '0007654321-24-000001')]: () => 'hang' });
    const dir = tempDir();
    writeFileSync(path.join(dir, '.sync-0007654321-24-000001.txt-dead.partial'), '<SEC-DOCUMENT>half');
    const controller = new AbortController();
    const running = syncFilings([{ cik: omega.cik, forms }], {
      dir,
      dataUrl: server.url,
      archivesUrl: server.url,
      signal: controller.signal,
      client: createHttpClient(settings({ timeoutMs: 10_000, signal: controller.signal })),
      onEvent: (e) => {
        if (e.type === 'planned') setTimeout(() => controller.abort(), 300);
      },
    });
    const summary = await running;
    expect(summary.interrupted).toBe(true);
    expect(summary.removedPartials).toBe(1);
    expect(summary.fetched).toEqual([]);
    expect(summary.failed).toEqual([]);
    expect(files(dir)).toEqual([]);
  });

  it('writes atomically: a failed write leaves neither the file nor its temporary', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'taken.txt')); // renaming over a folder fails
    await expect(writeAtomic(path.join(dir, 'taken.txt'), 'text')).rejects.toThrow();
    expect(files(dir)).toEqual(['taken.txt']);
    await writeAtomic(path.join(dir, 'new.txt'), 'whole');
    expect(readFileSync(path.join(dir, 'new.txt'), 'utf8')).toBe('whole');
    expect(files(dir)).toEqual(['new.txt', 'taken.txt']);
  });
});

/** Runs `npm run sync`'s script the way npm does, with the project's Node. */
function cli(args: string[], env: Record<string, string>, onStart?: (kill: () => void) => void) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['src/cli/sync.ts', ...args], {
      cwd: root,
      env: { ...process.env, SEC_USER_AGENT: '', ...env, NO_COLOR: '1' },
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (onStart && out.includes('to fetch')) {
        const once = onStart;
        onStart = undefined;
        setTimeout(() => once(() => child.kill('SIGINT')), 300);
      }
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('npm run sync', () => {
  it('refuses to run without a User-Agent that names a contact', async () => {
    const { code, out } = await cli(['--cik', '1234567', '--dir', tempDir()], { SEC_DATA_URL: 'http://127.0.0.1:9' });
    expect(code).toBe(2);
    expect(out).toMatch(/SEC_USER_AGENT must be set to a name and a contact e-mail address/);
  });

  it('reads the companies to follow from content/, shows progress and a summary', async () => {
    server = await startFakeEdgar([zeta, omega], { [path500]: () => 500 });
    const content = tempDir();
    writeFileSync(
      path.join(content, 'follow.yaml'),
      `follow:\n  - cik: ${zeta.cik}\n    name: Zeta\n    forms: [8-K]\n    since: 2023-01-01\n  - cik: "000${omega.cik}"\n    forms: [6-K]\n`,
    );
    const dir = tempDir();
    const env = { SEC_USER_AGENT: UA, SEC_DATA_URL: server.url, SEC_ARCHIVES_URL: server.url, SEC_BACKOFF_MS: '5' };
    const { code, out } = await cli(['--dir', dir, '--content', content, '--rate', '10'], env);
    expect(out).toContain('Zeta Therapeutics Inc. (CIK 1234567): 7 filings listed, 5 of the forms and dates followed');
    expect(out).toContain('Omega Bio plc (CIK 7654321): 1 filings listed, 1 of the forms and dates followed');
    expect(out).toMatch(/\d+\/6 filings \| \d+ new, \d+ failed/); // the progress bar
    expect(out).toMatch(
      /new {6}5\n {2}skipped {2}0 .*\n {2}failed {3}1\n {4}0001234567-23-000008 \(8-K, filed 2023-06-01\): HTTP 500/,
    );
    expect(code).toBe(1); // a failure is an error exit, for schedulers
    expect(files(dir)).toHaveLength(5);

    const again = await cli(['--dir', dir, '--content', content, '--rate', '10'], env);
    expect(again.out).toContain('5 already in');
    expect(again.out).toMatch(/new {6}0\n {2}skipped {2}5/);
  });

  it('names the file and line of a bad follow: entry', async () => {
    const content = tempDir();
    writeFileSync(path.join(content, 'follow.yaml'), 'follow:\n  - cik: 12345678901\n');
    const { code, out } = await cli(['--content', content], { SEC_USER_AGENT: UA, SEC_DATA_URL: 'http://127.0.0.1:9' });
    expect(code).toBe(2);
    expect(out).toMatch(/follow\.yaml:2: follow\.0\.cik/);
  });

  it('stops on Ctrl-C with no half-written file', async () => {
    server = await startFakeEdgar([omega], { [archivePath(omega.cik, '0007654321-24-000001')]: () => 'hang' });
    const dir = tempDir();
    const env = { SEC_USER_AGENT: UA, SEC_DATA_URL: server.url, SEC_ARCHIVES_URL: server.url };
    const { code, out } = await cli(['--cik', omega.cik, '--dir', dir], env, (kill) => kill());
    expect(out).toContain('sync interrupted');
    expect(code).toBe(130);
    expect(existsSync(dir) ? files(dir) : []).toEqual([]);
  });
});
