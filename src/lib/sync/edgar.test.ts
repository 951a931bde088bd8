import { describe, expect, it } from 'vitest';
import {
  filingRows,
  fullSubmissionUrl,
  isWholeSubmission,
  paddedCik,
  pageWanted,
  Submissions,
  submissionsPageUrl,
  submissionsUrl,
  wanted,
} from './edgar.js';
import { checkUserAgent } from './http.js';

describe('EDGAR URLs', () => {
  it('pads the CIK to ten digits for data.sec.gov and strips it for the Archives', () => {
    expect(paddedCik('855654')).toBe('0000855654');
    expect(paddedCik(320193)).toBe('0000320193');
    expect(submissionsUrl('https://data.sec.gov/', '855654')).toBe(
      'https://data.sec.gov/submissions/CIK0000855654.json',
    );
    expect(submissionsPageUrl('https://data.sec.gov', 'CIK0000320193-submissions-001.json')).toBe(
      'https://data.sec.gov/submissions/CIK0000320193-submissions-001.json',
    );
    expect(fullSubmissionUrl('https://www.sec.gov', '0000855654', '0001104659-06-072906')).toBe(
      'https://www.sec.gov/Archives/edgar/data/855654/000110465906072906/0001104659-06-072906.txt',
    );
  });
});

describe('the submissions JSON', () => {
  const json = {
    cik: '1234567',
    name: 'Zeta Therapeutics Inc.',
    filings: {
      recent: {
        accessionNumber: ['0001234567-24-000002', '0001234567-24-000001'],
        filingDate: ['2024-05-02', '2024-01-10'],
        reportDate: ['2024-05-01', ''],
        form: ['8-K', '10-Q'],
        primaryDocument: ['a.htm', 'b.htm'],
      },
      files: [
        {
          name: 'CIK0001234567-submissions-001.json',
          filingCount: 1,
          filingFrom: '2001-01-01',
          filingTo: '2010-12-31',
        },
      ],
    },
  };

  it('turns columns into filings, an empty report date into none', () => {
    const parsed = Submissions.parse(json);
    expect(filingRows(parsed.filings.recent)).toEqual([
      { accession: '0001234567-24-000002', form: '8-K', filingDate: '2024-05-02', reportDate: '2024-05-01' },
      { accession: '0001234567-24-000001', form: '10-Q', filingDate: '2024-01-10', reportDate: undefined },
    ]);
  });

  it('refuses columns of different lengths and a page name that is a path', () => {
    const broken = { ...json.filings.recent, form: ['8-K'] };
    expect(() => filingRows(broken)).toThrow(/differ in length/);
    const hostile = { ...json, filings: { ...json.filings, files: [{ name: '../../etc/passwd' }] } };
    expect(Submissions.safeParse(hostile).success).toBe(false);
  });

  it('keeps the forms and dates followed, and skips older pages filed before `since`', () => {
    const filing = { accession: '0001234567-24-000002', form: '8-K/A', filingDate: '2024-05-02' };
    expect(wanted(filing, { forms: ['8-K', '8-K/A'] })).toBe(true);
    expect(wanted(filing, { forms: ['8-K'] })).toBe(false);
    expect(wanted(filing, { forms: [] })).toBe(true);
    expect(wanted(filing, { forms: [], since: '2024-05-03' })).toBe(false);
    expect(wanted({ ...filing, accession: '../x' }, { forms: [] })).toBe(false);
    const page = json.filings.files[0] as { name: string; filingTo: string };
    expect(pageWanted(page, { forms: [], since: '2011-01-01' })).toBe(false);
    expect(pageWanted(page, { forms: [], since: '2010-12-31' })).toBe(true);
    expect(pageWanted(page, { forms: [] })).toBe(true);
  });
});

describe('isWholeSubmission', () => {
  const accession = '0001234567-24-000002';
  it('accepts a submission that ends as EDGAR ends one, in either era', () => {
    expect(isWholeSubmission(`<SEC-DOCUMENT>${accession}.txt\n…\n</SEC-DOCUMENT>\n`, accession)).toBe(true);
    expect(
      isWholeSubmission(
        `-----BEGIN PRIVACY-ENHANCED MESSAGE-----\n<SEC-DOCUMENT>${accession}.txt\n</SEC-DOCUMENT>\n-----END PRIVACY-ENHANCED MESSAGE-----\n`,
        accession,
      ),
    ).toBe(true);
  });
  it('refuses a cut-off body, and a body for another filing', () => {
    expect(isWholeSubmission(`<SEC-DOCUMENT>${accession}.txt\n<DOCUMENT>\n<TEXT>\nHalf a sen`, accession)).toBe(false);
    expect(isWholeSubmission('<SEC-DOCUMENT>0009999999-24-000001.txt\n</SEC-DOCUMENT>', accession)).toBe(false);
  });
});

describe('checkUserAgent', () => {
  it('requires a name and a contact address', () => {
    expect(() => checkUserAgent(undefined)).toThrow(/SEC_USER_AGENT/);
    expect(() => checkUserAgent('filing-digest')).toThrow(/e-mail/);
    expect(checkUserAgent(' Example Digest ops@example.com ')).toBe('Example Digest ops@example.com');
  });
});
