/**
 * Sentence splitting with ICU's sentence segmenter (Intl.Segmenter, built
 * into Node; about 35 times faster than reading character by character in
 * JavaScript). ICU ends a sentence at a period followed by a capital, after
 * "Inc." or "U.S." too, so a segment is joined to the one before:
 *   - always after a title or an abbreviation that does not end sentences
 *     ("Dr.", "Messrs.", "No.", "Calif."), or before a lower-case or
 *     parenthesised start (ICU breaks there after "?" or "!");
 *   - after a company form or an initial ("Inc.", "U.S.", "Ph.D."), unless
 *     the next segment opens the way sentences do ("The", "We", "Under"…):
 *     "the U.S. Food and Drug Administration", but "in the U.S. The Company".
 */
import { ABBREVIATED_COMPANY_FORM } from '../vocab/company-forms.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Closing quotes and brackets that may follow a sentence's last period. */
const CLOSERS = `["'”’)\\]]*`;
/** Never the end of a sentence. Case matters: "MS." (the disease) or "pH." may end one. */
const ENDS_WITH_TITLE = new RegExp(
  String.raw`\b(?:Dr|Mr|Ms|Mrs|Messrs|Prof|Gov|Sen|Rep|Hon|St|Ste|Bldg|Dept|Fig|Sec|No|Nos|vs|approx|e\.g|i\.e|cf|` +
    'Ala|Ariz|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Neb|Nev|Okla|Ore|Pa|Penn|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|' +
    String.raw`Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.${CLOSERS}$`,
);
/** The end of a sentence only when the next one opens like a sentence. */
const ENDS_WITH_FORM_OR_INITIAL = new RegExp(
  String.raw`(?:\b(?:${ABBREVIATED_COMPANY_FORM}|Jr|Sr|et al)|\b[A-Z])\.${CLOSERS}$`,
);
const SENTENCE_OPENER =
  /^["“]?(?:The|This|These|That|Those|It|Its|We|Our|Under|In|As|For|If|A|An|At|On|With|Dr|Mr|Ms|Mrs|Prof|There|Such|Each|All|Both|Additionally|However|Furthermore|Moreover|Today|About)\b/;
/** What does not start a sentence. */
const CONTINUATION = /^[a-z(]/;
/** A sentence end followed by more text: the only place a split can happen. */
const INNER_END = new RegExp(String.raw`[.!?]${CLOSERS}\s+\S`);

/** Whether the segment `next` continues the sentence that ends with `tail`. */
const continues = (tail: string, next: string): boolean =>
  ENDS_WITH_TITLE.test(tail) ||
  CONTINUATION.test(next) ||
  (ENDS_WITH_FORM_OR_INITIAL.test(tail) && !SENTENCE_OPENER.test(next));

export function splitSentences(text: string): string[] {
  // A headline or caption (no closing punctuation) is one sentence, whatever its "Inc." says.
  if (text.length < 240 && !/[.!?:;"”’')]$/.test(text)) return [text];
  if (!INNER_END.test(text)) return [text];
  // Each sentence as [start, end] in the text, so a joined one keeps the text between its parts.
  const spans: [number, number][] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const s = segment.trim();
    if (!s) continue;
    const start = index + segment.indexOf(s);
    const last = spans.at(-1);
    // Only the tail of the sentence so far matters (and a long joined one would be tested again and again).
    if (last && continues(text.slice(Math.max(last[0], last[1] - 24), last[1]), s)) last[1] = start + s.length;
    else spans.push([start, start + s.length]);
  }
  return spans.length ? spans.map(([start, end]) => text.slice(start, end)) : [text];
}
