/** The signature block: registrant, signer, title, date. */

import type { Block, Signature } from '../types.js';
import { parseMonthDate } from '../vocab/dates.js';

export function readSignature(blocks: Block[]): Signature | null {
  const texts = blocks.map((b) => b.text);
  const signedAt = texts.findLastIndex((t) => /\/s\//.test(t));
  if (signedAt < 0) return null;
  const signed = texts[signedAt] ?? '';
  const name = signed
    .replace(/^.*\/s\/\s*/, '')
    .replace(/\s+(name|title|date):.*$/i, '')
    .trim();
  const after = texts.slice(signedAt + 1).filter((t) => !/^date:/i.test(t));
  let title: string | null =
    /title:\s*(.+?)(?=\s+(?:date|name):|$)/i.exec(texts.slice(signedAt).join(' '))?.[1]?.trim() ?? null;
  if (!title) {
    // "Jane Doe Senior Controller" or "Jane Doe" then "Senior Controller".
    const rest = after
      .map((t) => (t.startsWith(name) ? t.slice(name.length) : t))
      .join(' ')
      .replace(/^name:\s*/i, '')
      .trim();
    title = rest || null;
  }
  const date = texts.map((t) => /^date:?\s*(.+)$/i.exec(t)?.[1]).find(Boolean);
  const registrantAt = texts.findIndex((t) => /^\(registrant\)$/i.test(t));
  return {
    registrant: registrantAt > 0 ? (texts[registrantAt - 1] ?? null) : null,
    name,
    title,
    date: date ? parseMonthDate(date) : null,
  };
}
