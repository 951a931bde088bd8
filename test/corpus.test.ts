/**
 * The real filings in ../shared/corpus (third-party data, read in place and
 * never copied): each file's form, dates, company, CIK, items and exhibits,
 * with the expected values written by hand after reading the file. Then a
 * real site build over the corpus plus the samples. Skips without ../shared.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus, type FilingRecord } from '../src/lib/corpus.js';
import { root, siteBuild } from './build.js';

const CORPUS = path.resolve(root, '../shared/corpus');
const present = existsSync(CORPUS);
const names = present ? readdirSync(CORPUS).filter((f) => f !== 'README.md') : [];

interface Expected {
  form: string;
  /** The date of report (the event), from the cover or the header's period. */
  dateOfReport: string;
  filedDate?: string;
  accession?: string;
  registrant: string;
  cik: string | null;
  items: string[];
  exhibits: string[];
  /** The press release's headline, where the filing holds the release. */
  headline?: string;
  /** The files that make this one filing, when more than one. */
  files?: string[];
  coRegistrants?: string[];
}

const EXPECTED: Record<string, Expected> = {
  '1895-bancorp-of-wisconsin_2024-12-27_8-K.txt': {
    form: '8-K',
    dateOfReport: '2024-12-20',
    filedDate: '2024-12-27',
    accession: '0000943374-24-000509',
    registrant: '1895 BANCORP OF WISCONSIN, INC.',
    cik: '0001847360',
    items: ['5.02'],
    exhibits: [],
  },
  'aames-capital_1998-12-31_8-K.txt': {
    form: '8-K',
    dateOfReport: '1998-12-15',
    filedDate: '1998-12-31',
    accession: '0001011438-98-000429',
    registrant: 'AAMES CAPITAL CORPORATION',
    cik: '0000913951',
    items: ['7'],
    exhibits: ['20.1'],
  },
  'abvc-biopharma_2025-04-15_8-K.txt': {
    form: '8-K',
    dateOfReport: '2025-04-15',
    filedDate: '2025-04-15',
    accession: '0001213900-25-032135',
    registrant: 'ABVC BIOPHARMA, INC.',
    cik: '0001173313',
    items: ['2.02', '4.02', '7.01', '9.01'],
    exhibits: ['99.1', '104'],
  },
  'alcon_2023-02-13_6-K.html': {
    form: '6-K',
    dateOfReport: '2023-02-13',
    registrant: 'ALCON INC.',
    cik: null,
    items: [],
    exhibits: ['99.1'],
  },
  'alnylam-pharmaceuticals_2023-07-26_8-K.html': {
    form: '8-K',
    dateOfReport: '2023-07-26',
    registrant: 'Alnylam Pharmaceuticals, Inc.',
    cik: '0001178670',
    items: ['1.01', '7.01', '9.01'],
    exhibits: ['99.1', '104'],
    headline:
      'Alnylam Announces Partnership with Roche to Co-Develop and Co-Commercialize Zilebesiran, an Investigational RNAi Therapeutic for the Treatment of Hypertension in Patients with High Cardiovascular Risk',
    files: ['alnylam-pharmaceuticals_2023-07-26_8-K.html', 'alnylam-pharmaceuticals_2023-07-26_8-K_ex99-1.htm'],
  },
  'apple-computer_1999-09-07_8-K.txt': {
    form: '8-K',
    dateOfReport: '1999-09-03',
    filedDate: '1999-09-07',
    accession: '0000320193-99-000010',
    registrant: 'Apple Computer, Inc.',
    cik: '0000320193',
    items: ['5', '7'],
    exhibits: ['99.1'],
    headline: 'Apple Reaches Settlement of Shareholder Derivative Action',
  },
  'apple_2017-01-31_8-K.htm': {
    form: '8-K',
    dateOfReport: '2017-01-31',
    registrant: 'Apple Inc.',
    cik: null,
    items: ['2.02', '9.01'],
    exhibits: ['99.1', '99.2'],
  },
  'apple_2024-10-31_8-K.md': {
    form: '8-K',
    dateOfReport: '2024-10-31',
    registrant: 'Apple Inc.',
    cik: null,
    items: ['2.02', '9.01'],
    exhibits: ['99.1', '104'],
  },
  'blackrock_2023-02-24_8-K.html': {
    form: '8-K',
    dateOfReport: '2023-02-24',
    registrant: 'BlackRock, Inc.',
    cik: '0001364742',
    items: ['5.02'],
    exhibits: [],
  },
  'buckle_2024-11-22_8-K.html': {
    form: '8-K',
    dateOfReport: '2024-11-22',
    registrant: 'THE BUCKLE, INC.',
    cik: '0000885245',
    items: ['2.02', '9.01'],
    exhibits: ['99.1', '104'],
    headline: 'THE BUCKLE, INC. REPORTS THIRD QUARTER NET INCOME',
    files: ['buckle_2024-11-22_8-K.html', 'buckle_2024-11-22_8-K_ex99-1.html'],
  },
  'coreweave_2026-04-09_8-K.txt': {
    form: '8-K',
    dateOfReport: '2026-03-31',
    filedDate: '2026-04-09',
    accession: '0001769628-26-000154',
    registrant: 'CoreWeave, Inc.',
    cik: '0001769628',
    items: ['7.01', '8.01', '9.01'],
    exhibits: ['99.1', '104'],
  },
  'costco_2024-12-19_10-Q.md': {
    form: '10-Q',
    dateOfReport: '2024-11-24',
    filedDate: '2024-12-19',
    accession: '0000909832-24-000079',
    registrant: 'Costco Wholesale Corporation',
    cik: '0000909832',
    items: [],
    exhibits: [],
  },
  'louisville-gas-electric_2003-03-25_8-K.html': {
    form: '8-K',
    dateOfReport: '2003-03-25',
    registrant: 'Louisville Gas and Electric Company',
    cik: null,
    items: ['9'],
    exhibits: [],
    coRegistrants: ['Kentucky Utilities Company'],
  },
  'nexpoint-capital_2023-12-20_8-K.html': {
    form: '8-K',
    dateOfReport: '2023-12-20',
    registrant: 'NEXPOINT CAPITAL, INC.',
    cik: '0001588272',
    items: ['8.01'],
    exhibits: [],
  },
};
/** Files that are another file's filing: an exhibit beside its 8-K, or a second rendering. */
const PART_OF: Record<string, string> = {
  'alnylam-pharmaceuticals_2023-07-26_8-K_ex99-1.htm': 'alnylam-pharmaceuticals_2023-07-26_8-K.html',
  'buckle_2024-11-22_8-K_ex99-1.html': 'buckle_2024-11-22_8-K.html',
  'coreweave_2026-04-09_8-K.md': 'coreweave_2026-04-09_8-K.txt',
};

describe.skipIf(!present)('the real filings in ../shared/corpus', () => {
  const corpus = buildCorpus(
    names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(CORPUS, name))) })),
  );
  const filingOf = (file: string): FilingRecord | undefined => corpus.filings.find((f) => f.sourceFiles[0] === file);

  it('knows every file in the corpus, and expects each one', () => {
    expect(names.sort()).toEqual([...Object.keys(EXPECTED), ...Object.keys(PART_OF)].sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (file, want) => {
    const f = filingOf(file);
    expect(f, file).toBeDefined();
    if (!f) return;
    expect(f.sourceFiles).toEqual(want.files ?? [file]);
    expect(f.form).toBe(want.form);
    expect(f.dateOfReport).toBe(want.dateOfReport);
    expect(f.filedDate).toBe(want.filedDate ?? null);
    expect(f.accession).toBe(want.accession ?? null);
    expect(f.registrant.name).toBe(want.registrant);
    expect(f.registrant.cik).toBe(want.cik);
    expect(f.items.map((i) => i.number)).toEqual(want.items);
    expect(f.exhibits.map((e) => e.number)).toEqual(want.exhibits);
    expect(f.registrant.coRegistrants.map((r) => r.name)).toEqual(want.coRegistrants ?? []);
    if (want.headline) expect(f.pressRelease?.headline).toBe(want.headline);
    for (const item of f.items) {
      // Item text stops before the signatures and never swallows the next item's heading.
      expect(item.text, `${file} item ${item.number}`).not.toMatch(/duly caused this report to be signed/);
      for (const other of f.items) {
        const heading = `Item ${other.number}. ${other.title}`.toLowerCase().replace(/[^a-z0-9]/g, '');
        for (const line of item.text.split('\n'))
          expect(line.toLowerCase().replace(/[^a-z0-9]/g, ''), `${file} item ${item.number}`).not.toBe(heading);
      }
      expect(item.title).toBeTruthy();
    }
    expect(f.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('puts the other files in the filing they belong to, and reports the second rendering', () => {
    for (const [file, main] of Object.entries(PART_OF)) {
      const source = corpus.sources.find((s) => s.file === file);
      expect(source?.filing, file).toBe(corpus.sources.find((s) => s.file === main)?.filing);
    }
    expect(corpus.sources.find((s) => s.file === 'coreweave_2026-04-09_8-K.md')?.outcome).toBe('duplicate');
  });

  it('merges companies by CIK or name, keeping former names', () => {
    const apple = corpus.resolved.companies.filter((c) => /^apple/i.test(c.name));
    // Apple Inc. twice (no CIK, same name) is one company; Apple Computer, Inc. (1999) has its CIK.
    expect(apple.map((c) => [c.name, c.filings.length]).sort()).toEqual([
      ['Apple Computer, Inc.', 1],
      ['Apple Inc.', 2],
    ]);
    const abvc = corpus.resolved.companies.find((c) => c.cik === '0001173313');
    expect(abvc?.formerNames).toContain('American BriVision (Holding) Corp');
    const kentucky = corpus.resolved.companies.find((c) => c.name === 'Kentucky Utilities Company');
    expect(kentucky?.roles).toEqual(['co-registrant']);
  });
});

describe.skipIf(!present)('a site build over the corpus and the samples', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'filing-digest-corpus-'));
  const site = siteBuild(folder);
  afterAll(() => {
    site.cleanup();
    rmSync(folder, { recursive: true, force: true });
  });

  it('succeeds, and every file is on the site or in the report', async () => {
    for (const name of names) copyFileSync(path.join(CORPUS, name), path.join(folder, name));
    for (const name of readdirSync(path.join(root, 'filings')))
      copyFileSync(path.join(root, 'filings', name), path.join(folder, name));
    const { code, log } = await site.run();
    expect(code, log).toBe(0);
    const report = site.json<{ sources: { file: string; outcome: string; filing: string | null }[] }>('build-report');
    expect(report.sources).toHaveLength(names.length + readdirSync(path.join(root, 'filings')).length);
    for (const s of report.sources) {
      expect(s.outcome === 'published' || s.outcome === 'duplicate', s.file).toBe(true);
      expect(site.target(`/filings/${s.filing}/`), s.file).not.toBeNull();
    }
  });
});
