/**
 * Sentence splitting with textlint's sentence-splitter, which knows the
 * abbreviations of English business text ("Inc.", "Dr.", "U.S.") that a
 * naive split on ". " gets wrong. It reads character by character, so two
 * shortcuts keep it off the hot path: text with no sentence end inside it
 * is one sentence, and paragraphs already split are remembered (filings
 * repeat cover-page text, boilerplate and "About" sections word for word).
 */
import { split } from 'sentence-splitter';

/** A sentence end followed by more text: the only place a split can happen. */
const INNER_END = /[.!?]["'”’)\]]*\s+\S/;
const CACHE_LIMIT = 20_000;
const cache = new Map<string, string[]>();

export function splitSentences(text: string): string[] {
  // A headline or caption (no closing punctuation) is one sentence, whatever its "Inc." says.
  if (text.length < 240 && !/[.!?:;"”')]$/.test(text)) return [text];
  if (!INNER_END.test(text)) return [text];
  const known = cache.get(text);
  if (known) return [...known];
  const out: string[] = [];
  for (const node of split(text)) {
    if (node.type !== 'Sentence') continue;
    const s = node.raw.trim();
    if (s) out.push(s);
  }
  const result = out.length ? out : [text];
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(text, result);
  return [...result];
}
