/**
 * Sentence splitting with ICU's sentence segmenter (Intl.Segmenter, built
 * into Node), which ends a sentence at every period followed by a capital:
 * after "Inc." or "U.S." as well. So a segment is joined to the one before
 * when that one ends with an abbreviation of business text, or when it
 * starts in lower case or with a parenthesis (a sentence does not).
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations after which a capital does not start a sentence: titles, company forms, months, initials. */
const ABBREVIATION =
  /\b(?:inc|corp|co|cos|ltd|plc|dr|mr|ms|mrs|prof|no|nos|st|jr|sr|vs|approx|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mt|ph|e\.g|i\.e|et al)\.["'”’)]?$/i;
const INITIAL = /\b[A-Z]\.["'”’)]?$/;
/** A sentence end followed by more text: the only place a split can happen. */
const INNER_END = /[.!?]["'”’)\]]*\s+\S/;

export function splitSentences(text: string): string[] {
  // A headline or caption (no closing punctuation) is one sentence, whatever its "Inc." says.
  if (text.length < 240 && !/[.!?:;"”')]$/.test(text)) return [text];
  if (!INNER_END.test(text)) return [text];
  // Each sentence as [start, end] in the text, so a joined one keeps the text between its parts.
  const spans: [number, number][] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const s = segment.trim();
    if (!s) continue;
    const start = index + segment.indexOf(s);
    const last = spans.at(-1);
    const before = last && text.slice(last[0], last[1]);
    if (last && before && (ABBREVIATION.test(before) || INITIAL.test(before) || /^[a-z(,;:]/.test(s)))
      last[1] = start + s.length;
    else spans.push([start, start + s.length]);
  }
  return spans.length ? spans.map(([start, end]) => text.slice(start, end)) : [text];
}
