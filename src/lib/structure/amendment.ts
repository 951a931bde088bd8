/**
 * An amendment (8-K/A, 10-Q/A) says what it amends: "This Amendment No. 1 …
 * amends the Current Report on Form 8-K filed with the SEC on March 3, 2024".
 * The date it names finds the original among the registrant's filings.
 */
import type { Amendment, Block } from '../types.js';
import { MONTH_DATE_PATTERN, parseMonthDate } from '../vocab/dates.js';

const AMENDS = new RegExp(
  `\\bamend(?:s|ing|ment)?\\b.{0,240}?\\bForm\\s+([0-9]{1,2}-[A-Z])\\b.{0,160}?\\b(?:filed|furnished)\\b.{0,80}?\\b(?:on|dated)\\s+(${MONTH_DATE_PATTERN})`,
  'i',
);

export const isAmendment = (form: string | null): boolean => /\/A$/i.test(form ?? '');

export function readAmendment(blocks: Block[], form: string | null): Amendment | null {
  if (!isAmendment(form)) return null;
  for (const block of blocks) {
    const m = AMENDS.exec(block.text.replace(/\s+/g, ' '));
    if (m?.[1] && m[2]) {
      const sentence = block.sentences.find((s) => AMENDS.test(s.text.replace(/\s+/g, ' ')));
      return { form: m[1].toUpperCase(), filedDate: parseMonthDate(m[2]), sentenceId: sentence?.id ?? null };
    }
  }
  return { form: form?.replace(/\/A$/i, '') ?? null, filedDate: null, sentenceId: null };
}
