/**
 * EDGAR full-submission files: the `<SEC-HEADER>` (accession number, form,
 * dates, items, filer identity) and one `<DOCUMENT>` per file with its
 * `<TYPE>`, `<FILENAME>` and `<TEXT>`. Also reads the 1990s PEM-wrapped
 * variant and single documents that begin with `<TYPE>`/`<SEQUENCE>` lines.
 */

import { lineAt } from '../text/lines.js';

export interface SecHeader {
  accession: string | null;
  form: string | null;
  filedDate: string | null;
  periodOfReport: string | null;
  items: string[];
  companyName: string | null;
  cik: string | null;
  sic: string | null;
  stateOfIncorporation: string | null;
  fiscalYearEnd: string | null;
  fileNumber: string | null;
  irsNumber: string | null;
  businessAddress: string | null;
  businessPhone: string | null;
  formerNames: string[];
  /** Every filer of a combined filing, in order (the first is the registrant). */
  filers: { name: string; cik: string | null }[];
}

export interface SourceDocument {
  type: string | null;
  sequence: string | null;
  filename: string | null;
  description: string | null;
  format: 'text' | 'html' | 'binary';
  body: string;
  /** 1-based line in the file where the body starts. */
  line: number;
}

export interface Submission {
  header: SecHeader | null;
  documents: SourceDocument[];
  warnings: { line?: number; message: string }[];
}

/** "20250415" → "2025-04-15". */
const isoDate = (yyyymmdd: string | undefined): string | null =>
  yyyymmdd && /^\d{8}$/.test(yyyymmdd)
    ? `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`
    : null;

/** Tag-style headers (the `.nc` dissemination files) name the same fields differently. */
const TAG_KEYS: Record<string, string> = {
  TYPE: 'CONFORMED SUBMISSION TYPE',
  'FILING-DATE': 'FILED AS OF DATE',
  PERIOD: 'CONFORMED PERIOD OF REPORT',
  ITEMS: 'ITEM INFORMATION',
  'CONFORMED-NAME': 'COMPANY CONFORMED NAME',
  CIK: 'CENTRAL INDEX KEY',
  'ASSIGNED-SIC': 'STANDARD INDUSTRIAL CLASSIFICATION',
  'FILE-NUMBER': 'SEC FILE NUMBER',
  STREET1: 'STREET 1',
  STREET2: 'STREET 2',
  PHONE: 'BUSINESS PHONE',
};

/** `<CONFORMED-NAME>ACME INC` → `COMPANY CONFORMED NAME: ACME INC`; `<FILER>` → `FILER:`; closing tags dropped. */
function untag(line: string): string {
  const m = /^\s*<([A-Z0-9-]+)>(.*)$/.exec(line);
  if (!m?.[1]) return /^\s*<\/[A-Z0-9-]+>\s*$/.test(line) ? '' : line;
  const key = TAG_KEYS[m[1]] ?? m[1].replace(/-/g, ' ');
  return `${key}: ${(m[2] ?? '').trim()}`;
}

export function readHeader(block: string): SecHeader {
  const fields: [string, string, string][] = []; // [section, key, value]
  let section = '';
  for (const raw of block.split('\n').map(untag)) {
    const m = /^\s*([A-Z][A-Z0-9 ()/&.-]*?):\s*(.*?)\s*$/.exec(raw);
    if (!m?.[1]) continue;
    const key = m[1];
    const value = m[2] ?? '';
    if (
      value === '' &&
      /^(?:FILER|COMPANY DATA|FILING VALUES|BUSINESS ADDRESS|MAIL ADDRESS|FORMER COMPANY|SUBJECT COMPANY|FILED BY|REPORTING-OWNER|ISSUER)$/.test(
        key,
      )
    ) {
      section = key;
      continue;
    }
    fields.push([section, key, value]);
  }
  // Combined filings name several filers: the first one is the registrant shown.
  const first = (key: string, inSection?: string) =>
    fields.find(([s, k, v]) => k === key && v !== '' && (!inSection || s === inSection))?.[2] ?? null;
  const street = [first('STREET 1', 'BUSINESS ADDRESS'), first('STREET 2', 'BUSINESS ADDRESS')]
    .filter(Boolean)
    .join(', ');
  const place = [
    first('CITY', 'BUSINESS ADDRESS'),
    first('STATE', 'BUSINESS ADDRESS'),
    first('ZIP', 'BUSINESS ADDRESS'),
  ]
    .filter(Boolean)
    .join(' ');
  return {
    accession: first('ACCESSION NUMBER'),
    form: first('CONFORMED SUBMISSION TYPE') ?? first('FORM TYPE'),
    filedDate: isoDate(first('FILED AS OF DATE') ?? undefined),
    periodOfReport: isoDate(first('CONFORMED PERIOD OF REPORT') ?? undefined),
    items: fields.filter(([, k, v]) => k === 'ITEM INFORMATION' && v).map(([, , v]) => v),
    companyName: first('COMPANY CONFORMED NAME'),
    cik: first('CENTRAL INDEX KEY'),
    sic: first('STANDARD INDUSTRIAL CLASSIFICATION'),
    stateOfIncorporation: first('STATE OF INCORPORATION'),
    fiscalYearEnd: first('FISCAL YEAR END'),
    fileNumber: first('SEC FILE NUMBER'),
    irsNumber: first('IRS NUMBER') ?? first('EIN'),
    businessAddress: [street, place].filter(Boolean).join(', ') || null,
    businessPhone: first('BUSINESS PHONE', 'BUSINESS ADDRESS'),
    formerNames: fields.filter(([, k, v]) => k === 'FORMER CONFORMED NAME' && v).map(([, , v]) => v),
    filers: fields.flatMap(([, k, v], i) =>
      k === 'COMPANY CONFORMED NAME' && v
        ? [{ name: v, cik: fields.slice(i + 1).find(([, k2]) => k2 === 'CENTRAL INDEX KEY')?.[2] ?? null }]
        : [],
    ),
  };
}

const tag = (block: string, name: string): string | null =>
  new RegExp(`^<${name}>[ \\t]*(.*?)[ \\t]*$`, 'im').exec(block)?.[1] ?? null;

/** HTML when it has the markup of a page; EDGAR's plain text has only <PAGE> and <TABLE> style tags. */
export function looksLikeHtml(body: string): boolean {
  return (
    /<(?:html|body|div|p|table|font|br|span)\b[^>]*>/i.test(body.slice(0, 20000)) &&
    /<\/(?:div|p|td|font|span|html|body)>/i.test(body)
  );
}

function readDocument(block: string, offset: number, whole: string, warnings: Submission['warnings']): SourceDocument {
  const textStart = block.search(/<TEXT>/i);
  let body: string;
  let bodyOffset: number;
  if (textStart >= 0) {
    const from = textStart + '<TEXT>'.length;
    const end = block.search(/<\/TEXT>/i);
    if (end < 0)
      warnings.push({
        line: lineAt(whole, offset + from),
        message: 'document has no </TEXT>: the file looks truncated',
      });
    body = block.slice(from, end < 0 ? undefined : end);
    bodyOffset = offset + from;
  } else {
    // A lone document: the <TYPE>/<SEQUENCE>/<FILENAME> lines, then the body.
    const header = /^(?:\s*<(?:DOCUMENT|TYPE|SEQUENCE|FILENAME|DESCRIPTION)>[^\n]*\n)+/i.exec(block);
    body = block.slice(header?.[0].length ?? 0);
    bodyOffset = offset + (header?.[0].length ?? 0);
  }
  body = body.replace(/<\/DOCUMENT>\s*$/i, '');
  const type = tag(block, 'TYPE');
  // Images, archives and XBRL data (EX-101.*) are files for machines, not text to read.
  const binary =
    /^\s*begin \d{3} /m.test(body.slice(0, 400)) || /^(?:GRAPHIC|ZIP|EXCEL|PDF|JSON|XML|EX-101\..*)$/i.test(type ?? '');
  return {
    type,
    sequence: tag(block, 'SEQUENCE'),
    filename: tag(block, 'FILENAME'),
    description: tag(block, 'DESCRIPTION'),
    format: binary ? 'binary' : looksLikeHtml(body) ? 'html' : 'text',
    body: binary ? '' : body,
    line: lineAt(whole, bodyOffset),
  };
}

/** Is this text an EDGAR submission (or a document cut from one)? */
export function isSubmission(text: string): boolean {
  return /^(?:\s*-----BEGIN PRIVACY-ENHANCED MESSAGE-----|\s*<SEC-DOCUMENT>|\s*<SEC-HEADER>|\s*<SUBMISSION>|\s*<IMS-HEADER>|\s*<DOCUMENT>|\s*<TYPE>)/i.test(
    text.slice(0, 2000),
  );
}

export function readSubmission(text: string): Submission {
  const warnings: Submission['warnings'] = [];
  const headerMatch =
    /<(SEC|IMS)-HEADER>([\s\S]*?)(?:<\/\1-HEADER>|(?=<DOCUMENT>))/i.exec(text) ??
    // The tag-style `.nc` variant: <SUBMISSION>, its header fields, then the documents.
    /^\s*<(SUBMISSION)>([\s\S]*?)(?=<DOCUMENT>|<\/SUBMISSION>|$)/i.exec(text);
  const header = headerMatch?.[2] ? readHeader(headerMatch[2]) : null;
  if (headerMatch && headerMatch[1] !== 'SUBMISSION' && !/<\/(?:SEC|IMS)-HEADER>/i.test(text))
    warnings.push({ message: 'no </SEC-HEADER>: the file looks truncated' });

  const documents: SourceDocument[] = [];
  const starts = [...text.matchAll(/<DOCUMENT>/gi)].map((m) => m.index ?? 0);
  if (starts.length === 0 && /^\s*<TYPE>/i.test(text)) starts.push(text.search(/<TYPE>/i));
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? text.length;
    const block = text.slice(start, end);
    if (
      i === starts.length - 1 &&
      !/<\/DOCUMENT>/i.test(block) &&
      /<SEC-DOCUMENT>|<SEC-HEADER>|<SUBMISSION>/i.test(text)
    ) {
      warnings.push({
        line: lineAt(text, start),
        message: 'last document has no </DOCUMENT>: the file looks truncated',
      });
    }
    documents.push(readDocument(block, start, text, warnings));
  });
  return { header, documents, warnings };
}
