/**
 * Sentence splitting with textlint's sentence-splitter, which knows the
 * abbreviations of English business text ("Inc.", "Dr.", "U.S.") that a
 * naive split on ". " gets wrong.
 */
import { split } from 'sentence-splitter';

export function splitSentences(text: string): string[] {
  // A headline or caption (no closing punctuation) is one sentence, whatever its "Inc." says.
  if (text.length < 240 && !/[.!?:;"”')]$/.test(text)) return [text];
  const out: string[] = [];
  for (const node of split(text)) {
    if (node.type !== 'Sentence') continue;
    const s = node.raw.trim();
    if (s) out.push(s);
  }
  return out.length ? out : [text];
}
