/**
 * The cover page of a filing: form, date of report, and the registrant's
 * identity, read from the captions that every EDGAR cover page carries
 * ("(Exact name of registrant as specified in its charter)", …).
 */

import type { Block, Registrant } from '../types.js';
import { parseMonthDate } from '../vocab/dates.js';

export interface Cover {
  form: string | null;
  dateOfReport: string | null;
  registrant: Registrant;
}

/** The text just before a caption: on the caption's own line, or the line before it. */
function beforeCaption(text: string, caption: RegExp): string | null {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const m = caption.exec(line);
    if (!m) continue;
    const own = line.slice(0, m.index).trim();
    const value = own || (lines[i - 1] ?? '').trim();
    // A caption that ends the previous caption's line: take what's between them.
    const cleaned = value.replace(/^\([^)]*\)\s*/, '').trim();
    return cleaned || null;
  }
  return null;
}

const CAPTION = /^\(.*\)$/;

/**
 * Covers laid out as tables put values in one row and their captions in the
 * next ("Delaware | 001-1 | 12-3" over "(State …) | (Commission …) | (IRS …)"):
 * join each value with its caption so the caption rules read them.
 */
export function alignCaptionRows(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    // One row holding values then captions (a table flattened by a converter).
    const cells = (lines[i] ?? '')
      .split('|')
      .map((c) => c.trim())
      .filter(Boolean);
    const half = cells.length / 2;
    if (
      cells.length >= 4 &&
      Number.isInteger(half) &&
      cells.slice(half).every((c) => /^[(-]|jurisdiction|file number|identification/i.test(c))
    ) {
      out.push(...cells.slice(0, half).map((v, j) => `${v} (${(cells[half + j] ?? '').replace(/^[(-]+|\)$/g, '')})`));
      continue;
    }
    const values = (lines[i] ?? '').split(' | ');
    const captions = (lines[i + 1] ?? '').split(' | ');
    if (values.length > 1 && values.length === captions.length && captions.every((c) => CAPTION.test(c.trim()))) {
      out.push(...values.map((v, j) => `${v.trim()} ${captions[j]?.trim()}`));
      i++;
    } else {
      out.push(lines[i] ?? '');
    }
  }
  return out;
}

export function readCover(blocks: Block[]): Cover {
  const text = alignCaptionRows(blocks.map((b) => b.text.replace(/[-_=]{4,}/g, ' ').trim())).join('\n');
  const form =
    /\bFORM\s+(\d{1,2}-[A-Z]{1,2}(?:\/A)?|[A-Z]{1,2}-\d{1,2}(?:\/A)?)(?![\w-])/i.exec(text)?.[1]?.toUpperCase() ?? null;
  const reportDate =
    /Date of (?:Report|report)[^:\n]*:?\s*\)?\s*:?\s*([A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})/.exec(text)?.[1] ??
    beforeCaption(text, /\(?Date of (?:Report|report)/) ??
    // 6-K covers give the date on a line of its own.
    text.split('\n').find((l) => /^[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}$/.test(l.trim()));
  const fileNumber =
    /Commission\s*File\s*(?:Number|No\.?):?\s*([0-9]{1,3}-[0-9]{3,6})/i.exec(text)?.[1] ??
    /([0-9]{1,3}-[0-9]{3,6})\s*\(?\s*-?\s*Commission\s*File\s*(?:Number|No\.?)/i.exec(text)?.[1] ??
    /^\d{1,3}-\d{3,6}$/.exec(beforeCaption(text, /\(?Commission\s*File\s*(?:Number|No\.?)\)?/i) ?? '')?.[0] ??
    null;
  const irsNumber = /(\d{2}-\d{7})\s*\(?\s*-?\s*(?:I\.?R\.?S\.?|IRS)\.?\s*Employer/i.exec(text)?.[1] ?? null;
  const address = beforeCaption(text, /\(Address of principal executive offices?\)?/i);
  const phone =
    /telephone number,?\s+including area code:?\s*(\(?\d{3}\)?[\s.-]*\d{3}[\s.-]\d{4})/i.exec(text)?.[1] ??
    /(\(?\d{3}\)?[\s.-]*\d{3}[\s.-]\d{4})\s*\n?\s*\(Registrant[’']s telephone number/i.exec(text)?.[1] ??
    null;
  // Combined filings list their registrants in a table: "2-12345 | North Power Company | 61-0000001".
  const listed = [...text.matchAll(/^(\d{1,3}-\d{3,6})\s*\|\s*([^|\n]+?)\s*\|\s*(\d{2}-\d{7})\s*$/gm)];
  const name =
    beforeCaption(text, /\((?:Exact name of registrant|Registrant(?:[’']s)? Name|Translation of registrant)/i) ??
    listed[0]?.[2] ??
    null;
  return {
    form,
    dateOfReport: reportDate ? parseMonthDate(reportDate) : null,
    registrant: {
      name,
      state: beforeCaption(text, /\(State\b/i),
      fileNumber: fileNumber ?? listed[0]?.[1] ?? null,
      irsNumber: irsNumber ?? listed[0]?.[3] ?? null,
      address,
      phone,
      cik: null,
      sic: null,
      formerNames: [],
      coRegistrants: listed.slice(1).map((m) => ({ name: m[2] ?? '', cik: null })),
    },
  };
}
