/**
 * A smoke run of the benchmark's parts (the full bench is `npm run bench`,
 * not part of the tests): the generator is deterministic and realistic
 * enough to exercise every layout and recurring entities, and a site of a
 * few hundred generated filings builds with every file accounted for.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateFilings, writeFilings } from '../bench/generate.js';
import { loaderFigures, middleRun } from '../bench/run.js';
import { buildCorpus } from '../src/lib/corpus.js';
import { siteBuild } from './build.js';

const encode = (s: string) => new TextEncoder().encode(s);

describe('the filing generator', () => {
  it('is deterministic from its seed', () => {
    const a = [...generateFilings(30, 7)];
    const b = [...generateFilings(30, 7)];
    const c = [...generateFilings(30, 8)];
    expect(a).toEqual(b);
    expect(a.map((f) => f.body)).not.toEqual(c.map((f) => f.body));
  });

  it('writes all three layouts, which the parser reads as 8-Ks whose companies, compounds and trials recur', () => {
    const files = [...generateFilings(240, 1)];
    const layouts = new Set(
      files.map((f) => (f.body.startsWith('<SEC-DOCUMENT>') ? 'sgml' : f.body.startsWith('<html>') ? 'html' : 'text')),
    );
    expect(layouts).toEqual(new Set(['sgml', 'html', 'text']));
    const corpus = buildCorpus(files.map((f) => ({ name: f.name, bytes: encode(f.body) })));
    expect(corpus.filings.length).toBeGreaterThanOrEqual(235);
    expect(corpus.filings.every((f) => f.form === '8-K')).toBe(true);
    expect(corpus.sources.filter((s) => s.problems.some((p) => p.severity === 'error'))).toEqual([]);
    const { companies, compounds, trials } = corpus.resolved;
    // Fewer entities than filings: they recur, as in real life.
    expect(companies.length).toBeGreaterThan(10);
    expect(companies.filter((c) => c.filings.length >= 5).length).toBeGreaterThan(3);
    expect(compounds.length).toBeGreaterThan(20);
    expect(compounds.filter((c) => c.filings.length >= 3).length).toBeGreaterThan(5);
    expect(trials.length).toBeGreaterThan(20);
  });
});

describe('a site of generated filings', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'filing-digest-bench-smoke-'));
  const site = siteBuild(dir);
  afterAll(() => {
    site.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds 300 filings with every file on the site or in the report, the filings index paginated', async () => {
    writeFilings(300, 3, dir);
    const { code, log } = await site.run();
    expect(code, log).toBe(0);
    const figures = loaderFigures(`\u001b[34m[filing-digest]\u001b[39m${log.split('[filing-digest]').at(-1)}`);
    expect(figures?.parsed).toBe(300);
    const report = site.json<{ sources: { file: string; outcome: string }[] }>('build-report');
    expect(report.sources.map((s) => s.file).sort()).toEqual(readdirSync(dir).sort());
    expect(report.sources.every((s) => s.outcome === 'published' || s.outcome === 'duplicate')).toBe(true);
    const pages = site.pages();
    const filingPages = [...pages.keys()].filter(
      (p) => /^\/filings\/[^/]+\/$/.test(p) && !/^\/filings\/\d+\/$/.test(p),
    );
    const published = report.sources.filter((s) => s.outcome === 'published').length;
    expect(filingPages).toHaveLength(published);
    // 50 to a page, each page linked from the pager.
    const indexPages = [...pages.keys()].filter((p) => /^\/filings\/(\d+\/)?$/.test(p));
    expect(indexPages).toHaveLength(Math.ceil(published / 50));
    expect(pages.get('/filings/')?.links).toContain('/filings/2/');
  });
});

describe('the figures of repeated runs', () => {
  it('are those of the middle run by time, the slower middle one of an even count', () => {
    const runs = (...seconds: number[]) => seconds.map((s, i) => ({ seconds: s, label: `run ${i + 1}` }));
    expect(middleRun(runs(71.4, 63.2, 68.0)).label).toBe('run 3');
    expect(middleRun(runs(40, 10, 30, 20)).label).toBe('run 3');
    expect(middleRun(runs(5)).label).toBe('run 1');
    expect(() => middleRun([])).toThrow();
  });
});
