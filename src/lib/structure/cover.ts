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
    const cleaned = value.replace(/^.*\)\s*/, '').trim();
    return cleaned || null;
  }
  return null;
}

export function readCover(blocks: Block[]): Cover {
  const text = blocks.map((b) => b.text).join('\n');
  const form = /\bFORM\s+(\d{1,2}-[A-Z]{1,2}(?:\/A)?|[A-Z]{1,2}-\d{1,2}(?:\/A)?)\b/.exec(text)?.[1] ?? null;
  const reportDate = /Date of (?:Report|report)[^:\n]*:?\s*\)?\s*:?\s*([A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})/.exec(
    text,
  )?.[1];
  const fileNumber =
    /([0-9]{1,3}-[0-9]{3,6})\s*\(?\s*Commission\s+File\s+(?:Number|No\.?)/i.exec(text)?.[1] ??
    beforeCaption(text, /\(?Commission\s+File\s+(?:Number|No\.?)\)?/i);
  const irsNumber = /(\d{2}-\d{7})\s*\(?\s*(?:I\.?R\.?S\.?|IRS)\s+Employer/i.exec(text)?.[1] ?? null;
  const address = beforeCaption(text, /\(Address of principal executive offices?\)?/i);
  const phone =
    /telephone number,?\s+including area code:?\s*(\(?\d{3}\)?[\s.-]*\d{3}[\s.-]\d{4})/i.exec(text)?.[1] ?? null;
  return {
    form,
    dateOfReport: reportDate ? parseMonthDate(reportDate) : null,
    registrant: {
      name: beforeCaption(text, /\(Exact name of registrant/i),
      state: beforeCaption(text, /\(State (?:or other jurisdiction )?of/i),
      fileNumber,
      irsNumber,
      address,
      phone,
      cik: null,
    },
  };
}
