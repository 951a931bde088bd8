/**
 * EDGAR's two public interfaces that a sync needs: the submissions JSON per
 * company on data.sec.gov (which lists filings, newest first, in columns,
 * with older filings in paged files), and the full-submission `.txt` of each
 * filing in the Archives on www.sec.gov.
 */
import { z } from 'zod';

/** A CIK as EDGAR writes it in URLs: ten digits, zero-padded. */
export function paddedCik(cik: string | number): string {
  return String(cik).replace(/^0+/, '').padStart(10, '0');
}

export const submissionsUrl = (dataUrl: string, cik: string | number) =>
  `${trimSlash(dataUrl)}/submissions/CIK${paddedCik(cik)}.json`;

/** One of the older pages listed in `filings.files` ("CIK0000320193-submissions-001.json"). */
export const submissionsPageUrl = (dataUrl: string, name: string) =>
  `${trimSlash(dataUrl)}/submissions/${encodeURIComponent(name)}`;

/** `/Archives/edgar/data/<cik>/<accession without dashes>/<accession>.txt` */
export function fullSubmissionUrl(archivesUrl: string, cik: string | number, accession: string): string {
  const folder = String(cik).replace(/^0+/, '');
  return `${trimSlash(archivesUrl)}/Archives/edgar/data/${folder}/${accession.replace(/-/g, '')}/${accession}.txt`;
}

const trimSlash = (url: string) => url.replace(/\/+$/, '');

export const ACCESSION = /^\d{10}-\d{2}-\d{6}$/;

/** The columns of a filing list: `filings.recent`, and the whole of each older page. */
const FilingColumns = z.object({
  accessionNumber: z.array(z.string()),
  filingDate: z.array(z.string()),
  form: z.array(z.string()),
  reportDate: z.array(z.string()).optional(),
  primaryDocument: z.array(z.string()).optional(),
});

const OlderPage = z.object({
  name: z.string().regex(/^[\w.-]+\.json$/, 'must be a file name'),
  filingCount: z.number().optional(),
  filingFrom: z.string().optional(),
  filingTo: z.string().optional(),
});

export const Submissions = z.object({
  cik: z.union([z.string(), z.number()]).transform(String),
  name: z.string().optional(),
  filings: z.object({
    recent: FilingColumns,
    files: z.array(OlderPage).default([]),
  }),
});
export type Submissions = z.output<typeof Submissions>;
export const SubmissionsPage = FilingColumns;

export interface ListedFiling {
  accession: string;
  form: string;
  filingDate: string;
  reportDate?: string;
}

/** Turns EDGAR's columns into rows; rows whose columns disagree in length are an error. */
export function filingRows(columns: z.output<typeof FilingColumns>): ListedFiling[] {
  const { accessionNumber, filingDate, form, reportDate } = columns;
  if (filingDate.length !== accessionNumber.length || form.length !== accessionNumber.length) {
    throw new Error(
      `filing columns differ in length (${accessionNumber.length} accession numbers, ${form.length} forms, ${filingDate.length} dates)`,
    );
  }
  return accessionNumber.map((accession, i) => ({
    accession,
    form: form[i] ?? '',
    filingDate: filingDate[i] ?? '',
    reportDate: reportDate?.[i] || undefined,
  }));
}

export interface FollowRule {
  /** Forms to keep, as EDGAR names them ("8-K", "8-K/A"); empty keeps every form. */
  forms: string[];
  /** ISO date: filings filed before it are left out. */
  since?: string;
}

export function wanted(filing: ListedFiling, rule: FollowRule): boolean {
  if (!ACCESSION.test(filing.accession)) return false;
  if (rule.forms.length && !rule.forms.some((f) => f.toUpperCase() === filing.form.toUpperCase())) return false;
  return !rule.since || filing.filingDate >= rule.since;
}

/** An older page is worth fetching unless all of it was filed before `since`. */
export const pageWanted = (page: z.output<typeof OlderPage>, rule: FollowRule) =>
  !rule.since || !page.filingTo || page.filingTo >= rule.since;

/**
 * A full submission is whole when it ends as EDGAR ends one: the closing
 * `</SEC-DOCUMENT>`, or the PEM trailer of the 1990s. A cut-off download
 * (dropped connection, proxy limit) ends anywhere else.
 */
export function isWholeSubmission(text: string, accession: string): boolean {
  const tail = text.slice(-200).trimEnd();
  const ends = tail.endsWith('</SEC-DOCUMENT>') || tail.endsWith('-----END PRIVACY-ENHANCED MESSAGE-----');
  return ends && text.slice(0, 4000).includes(accession);
}

/** Where a synced filing is written: one file per filing, named by its accession number. */
export const filingFileName = (accession: string) => `${accession}.txt`;
