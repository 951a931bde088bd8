/**
 * `npm run bench -- --filings 10000`: the site's speed and memory at scale,
 * side by side with a plain Astro 7 site (bench/baseline/: the built-in
 * glob() loader, one Markdown page per filing) built from the same filings.
 *
 * Measures, each as a real `astro build` in its own process: a cold build,
 * a warm rebuild with nothing changed, a warm rebuild with one filing
 * changed and one added; with wall time and peak memory (RSS, from GNU
 * time), loader throughput, pages written and the size of dist/. Prints a
 * table with the ratio to the baseline and writes it all as JSON.
 *
 * Options: --filings N (default 1000), --seed S, --work DIR (generated
 * filings are kept there between runs), --json FILE, --no-baseline,
 * --no-search (skip the Pagefind index), --cold-only (no warm rebuilds: for
 * the largest sizes), --repeat N (cold builds of both sites, taken in turns,
 * N times: the figures are the middle run's, with the range beside them; on
 * a machine whose disk moves a build's time by a third from one run to the
 * next, one run of each says little).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { generateFilings, writeFilings } from './generate.js';

const root = path.resolve(import.meta.dirname, '..');
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');

export interface Run {
  label: string;
  seconds: number;
  peakRssMb: number | null;
  code: number;
  log: string;
}

/** Runs a command under GNU time (peak RSS of the largest process); falls back to polling /proc. */
export function measure(label: string, args: string[], env: Record<string, string>, cwd = root): Promise<Run> {
  const haveTime = existsSync('/usr/bin/time');
  const command = haveTime ? '/usr/bin/time' : process.execPath;
  const argv = haveTime ? ['-f', '__BENCH__ %e %M', process.execPath, ...args] : args;
  const started = performance.now();
  return new Promise((resolve) => {
    // Both sites get the same heap limit, three quarters of the machine: V8's default (about 4 GB) is too small at 100,000 filings.
    const heap = `--max-old-space-size=${Math.floor((totalmem() / 1048576) * 0.75)}`;
    const child = spawn(command, argv, {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: heap, ...env },
    });
    let log = '';
    let polledKb = 0;
    const poll = haveTime
      ? undefined
      : setInterval(() => {
          try {
            const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
            polledKb = Math.max(polledKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
          } catch {}
        }, 100);
    child.stdout.on('data', (d) => {
      log += d;
    });
    child.stderr.on('data', (d) => {
      log += d;
    });
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const timed = /__BENCH__ ([\d.]+) (\d+)/.exec(log);
      resolve({
        label,
        seconds: timed ? Number(timed[1]) : (performance.now() - started) / 1000,
        peakRssMb: timed ? Math.round(Number(timed[2]) / 1024) : polledKb ? Math.round(polledKb / 1024) : null,
        code: code ?? 1,
        log: log.replace(/__BENCH__.*\n?/, ''),
      });
    });
  });
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

export function outputStats(dir: string) {
  const files = walk(dir);
  return {
    pages: files.filter((f) => f.endsWith('.html')).length,
    feeds: files.filter((f) => f.endsWith('rss.xml')).length,
    files: files.length,
    distMb: Math.round((files.reduce((n, f) => n + statSync(f).size, 0) / 1024 / 1024) * 10) / 10,
  };
}

/** "… 10000 files: 9990 filings (10000 parsed, …) …, in 12.34 s" → the loader's own time and count. */
export function loaderFigures(log: string): { parsed: number; seconds: number } | null {
  // Astro colours its log where it thinks a CI wants colour.
  const m = /\[filing-digest\] \d+ files: \d+ filings \((\d+) parsed[^\n]*in ([\d.]+) s/.exec(
    stripVTControlCharacters(log),
  );
  return m ? { parsed: Number(m[1]), seconds: Number(m[2]) } : null;
}

const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a != null && b ? Math.round((a / b) * 100) / 100 : null;

/** The middle of several runs by time (of an even count, the slower of the two middle ones). */
export function middleRun<T extends { seconds: number }>(runs: T[]): T {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (!middle) throw new Error('no run');
  return middle;
}

/** "63.2 s (63.2 to 71.4 s over 3 runs)", or just the time for one run. */
const spread = (runs: Run[], middle: Run) => {
  const times = runs.map((r) => r.seconds);
  const range = `${Math.min(...times).toFixed(1)} to ${Math.max(...times).toFixed(1)} s over ${runs.length} runs`;
  return runs.length > 1 ? `${middle.seconds.toFixed(1)} s (${range})` : `${middle.seconds.toFixed(1)} s`;
};

async function main() {
  const { values } = parseArgs({
    options: {
      filings: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      work: { type: 'string' },
      json: { type: 'string' },
      'no-baseline': { type: 'boolean', default: false },
      'no-search': { type: 'boolean', default: false },
      'cold-only': { type: 'boolean', default: false },
      repeat: { type: 'string', default: '1' },
    },
  });
  const rounds = Number(values.repeat);
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new Error(`--repeat takes a whole number of runs, not ${values.repeat}`);
  const n = Number(values.filings);
  const seed = Number(values.seed);
  const work = path.resolve(values.work ?? path.join(tmpdir(), `filing-digest-bench-${n}-${seed}`));
  const filingsDir = path.join(work, 'filings');
  const markdownDir = path.join(work, 'markdown');
  const content = path.join(work, 'content');
  mkdirSync(content, { recursive: true });

  // The filings are generated once per size and seed, and kept.
  if (!existsSync(filingsDir) || readdirSync(filingsDir).length !== n) {
    rmSync(filingsDir, { recursive: true, force: true });
    rmSync(markdownDir, { recursive: true, force: true });
    const t = performance.now();
    writeFilings(n, seed, filingsDir, markdownDir);
    console.log(`generated ${n} filings in ${((performance.now() - t) / 1000).toFixed(1)} s → ${work}`);
  }
  const inputMb = Math.round((walk(filingsDir).reduce((s, f) => s + statSync(f).size, 0) / 1024 / 1024) * 10) / 10;

  const env = (cache: string) => ({
    FILINGS_DIR: filingsDir,
    CONTENT_DIR: content,
    ASTRO_CACHE_DIR: cache,
    SITE_URL: 'https://bench.example.org',
    ...(values['no-search'] ? { SEARCH_INDEX: '0' } : {}),
  });
  const site = { cache: path.join(work, 'site-cache'), out: path.join(work, 'site-dist') };
  const build = (
    label: string,
    dirs: { cache: string; out: string },
    extra: string[] = [],
    e: Record<string, string> = env(dirs.cache),
  ) => {
    // Each build starts with the disk settled: the writes (and deletes) before it flushed, so no build pays
    // for the one before it. On this machine's ext4 (mounted with discard), a build that overlaps the
    // flush of a removed 1 GB dist/ creates its files up to ten times slower.
    spawnSync('sync');
    return measure(label, [astro, 'build', '--outDir', dirs.out, ...extra], e).then((run) => {
      // Each build's log is kept beside the figures (bench/results/), for where the time went.
      const logFile = path.join(
        root,
        'bench',
        'results',
        `bench-${n}-${path.basename(dirs.out)}-${label.replace(/\W+/g, '-')}.log`,
      );
      mkdirSync(path.dirname(logFile), { recursive: true });
      writeFileSync(logFile, stripVTControlCharacters(run.log));
      if (run.code !== 0) throw new Error(`${label} failed:\n${run.log.slice(-4000)}`);
      console.log(`  ${label}: ${run.seconds.toFixed(1)} s, ${run.peakRssMb} MB`);
      return run;
    });
  };

  // The cold builds of the two sites, in turns, so that both meet the same moods of the disk. In the last
  // round each site's warm rebuilds follow its own cold build, as in a single run.
  const coldOnly = values['cold-only'];
  const baseDirs = { cache: path.join(work, 'baseline-cache'), out: path.join(work, 'baseline-dist') };
  const baseEnv = { BASELINE_DIR: markdownDir, ASTRO_CACHE_DIR: baseDirs.cache };
  const baseArgs = ['--root', path.join(root, 'bench/baseline')];
  const colds: Run[] = [];
  const baseColds: Run[] = [];
  let baselineOutput: ReturnType<typeof outputStats> | null = null;
  let baseWarm: Run | null = null;
  let baselineFailure: string | null = null;
  let coldOutput: ReturnType<typeof outputStats> | null = null;
  let warm: Run | null = null;
  let warmOne: Run | null = null;
  for (let round = 1; round <= rounds; round++) {
    const last = round === rounds;
    const label = rounds > 1 ? `cold build ${round}` : 'cold build';
    console.log(`filing-digest, ${n} filings (${inputMb} MB):`);
    rmSync(site.cache, { recursive: true, force: true });
    rmSync(site.out, { recursive: true, force: true });
    colds.push(await build(label, site));
    coldOutput ??= outputStats(site.out);
    if (last && !coldOnly) [warm, warmOne] = await warmRebuilds();
    if (values['no-baseline'] || baselineFailure) continue;
    console.log(`plain Astro 7 (glob() loader, one Markdown page per filing), ${n} filings:`);
    rmSync(baseDirs.cache, { recursive: true, force: true });
    rmSync(baseDirs.out, { recursive: true, force: true });
    try {
      baseColds.push(await build(label, baseDirs, baseArgs, baseEnv));
      baselineOutput ??= outputStats(baseDirs.out);
      if (last && !coldOnly) baseWarm = await build('warm rebuild, nothing changed', baseDirs, baseArgs, baseEnv);
    } catch (error) {
      // A baseline that cannot build (its store outgrows a string at 100,000 filings) is a result too; one
      // that fails in any round has no figures to set beside the site's.
      const message = error instanceof Error ? error.message : String(error);
      baselineFailure = /Caused by:\s*\n\s*(.+)/.exec(message)?.[1]?.trim() ?? message.split('\n')[0] ?? 'failed';
      console.log(`  failed: ${baselineFailure} (its log is in bench/results/)`);
      baseColds.length = 0;
      baselineOutput = null;
      baseWarm = null;
    }
  }
  const cold = middleRun(colds);
  const loader = loaderFigures(cold.log);
  const baseline =
    baseColds.length && baselineOutput ? { cold: middleRun(baseColds), warm: baseWarm, output: baselineOutput } : null;

  /** Nothing changed, then one filing changed and one added (put back afterwards, for the next run). */
  async function warmRebuilds(): Promise<[Run, Run]> {
    const unchanged = await build('warm rebuild, nothing changed', site);
    const names = readdirSync(filingsDir).sort();
    const changedFile = path.join(filingsDir, names[Math.floor(names.length / 2)] as string);
    const original = readFileSync(changedFile);
    const extra = [...generateFilings(n + 1, seed)].at(-1);
    const addedFile = path.join(filingsDir, `zz-added-${extra?.name ?? 'filing.txt'}`);
    try {
      appendFileSync(changedFile, '\nThe company also announced a change of its fiscal year end.\n');
      writeFileSync(addedFile, extra?.body ?? '');
      return [unchanged, await build('warm rebuild, 1 changed + 1 added', site)];
    } finally {
      writeFileSync(changedFile, original);
      rmSync(addedFile, { force: true });
    }
  }

  const figures = (run: Run) => ({ seconds: run.seconds, peakRssMb: run.peakRssMb });
  const output = coldOutput as ReturnType<typeof outputStats>;
  const result = {
    filings: n,
    seed,
    inputMb,
    machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
    site: {
      cold: { seconds: cold.seconds, peakRssMb: cold.peakRssMb, runs: colds.map(figures) },
      warm: warm && { seconds: warm.seconds, peakRssMb: warm.peakRssMb },
      warmOneChanged: warmOne && {
        seconds: warmOne.seconds,
        peakRssMb: warmOne.peakRssMb,
        parsed: loaderFigures(warmOne.log)?.parsed,
      },
      loader: loader && { seconds: loader.seconds, filingsPerSecond: Math.round(n / loader.seconds) },
      output,
    },
    baseline: baseline && {
      cold: { seconds: baseline.cold.seconds, peakRssMb: baseline.cold.peakRssMb, runs: baseColds.map(figures) },
      warm: baseline.warm && { seconds: baseline.warm.seconds, peakRssMb: baseline.warm.peakRssMb },
      output: baseline.output,
    },
    baselineFailure,
    ratios: baseline && {
      coldTime: ratio(cold.seconds, baseline.cold.seconds),
      // Each round's own ratio: how far the disk moves the one above.
      coldTimeByRound: colds.flatMap((run, i) => {
        const other = baseColds[i];
        return other ? [ratio(run.seconds, other.seconds)] : [];
      }),
      coldPeakRss: ratio(cold.peakRssMb, baseline.cold.peakRssMb),
      warmTime: ratio(warm?.seconds, baseline.warm?.seconds),
    },
    warmOneChangedShareOfCold: ratio(warmOne?.seconds, cold.seconds),
  };

  const byRound = (result.ratios?.coldTimeByRound ?? []).filter((r): r is number => r !== null);
  const rows: [string, string, string, string][] = [
    [
      'cold build',
      spread(colds, cold),
      baseline ? spread(baseColds, baseline.cold) : baselineFailure ? 'did not build' : '—',
      byRound.length > 1
        ? `${result.ratios?.coldTime} (rounds: ${Math.min(...byRound)} to ${Math.max(...byRound)})`
        : `${result.ratios?.coldTime ?? '—'}`,
    ],
    [
      'peak memory (cold)',
      `${cold.peakRssMb} MB`,
      baseline ? `${baseline.cold.peakRssMb} MB` : '—',
      `${result.ratios?.coldPeakRss ?? '—'}`,
    ],
    [
      'warm, nothing changed',
      warm ? `${warm.seconds.toFixed(1)} s` : '—',
      baseline?.warm ? `${baseline.warm.seconds.toFixed(1)} s` : '—',
      `${result.ratios?.warmTime ?? '—'}`,
    ],
    [
      'warm, 1 changed + 1 added',
      warmOne
        ? `${warmOne.seconds.toFixed(1)} s (${Math.round((result.warmOneChangedShareOfCold ?? 0) * 100)}% of cold)`
        : '—',
      '—',
      '—',
    ],
    ['loader throughput', loader ? `${result.site.loader?.filingsPerSecond} filings/s` : '—', '—', '—'],
    ['pages written', `${output.pages} (+${output.feeds} feeds)`, baseline ? `${baseline.output.pages}` : '—', '—'],
    ['dist/ size', `${output.distMb} MB`, baseline ? `${baseline.output.distMb} MB` : '—', '—'],
  ];
  console.log(`\n| ${n} filings | filing-digest | plain Astro | ratio |\n|---|---|---|---|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  const jsonFile = path.resolve(values.json ?? path.join(root, 'bench', 'results', `bench-${n}.json`));
  mkdirSync(path.dirname(jsonFile), { recursive: true });
  writeFileSync(jsonFile, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nwritten to ${path.relative(root, jsonFile)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
