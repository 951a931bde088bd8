/**
 * Indications as press releases word them ("for the treatment of relapsed
 * or refractory acute myeloid leukemia", "in patients with …"), cut at the end
 * of the noun phrase and normalised so that the same disease gets one key.
 */

const TREATMENT_STARTS = [
  /\bfor the treatment of\s+(?:patients with\s+)?/i,
  /\b(?:to treat|for treating|in the treatment of)\s+(?:patients with\s+)?/i,
];
const STARTS = [...TREATMENT_STARTS, /\bin patients with\s+/i];

/** Where the indication's noun phrase stops. */
const STOP =
  /\s+(?:when|that|which|who|whose|in patients|in contrast|and to|as part|as well as|because|since|through|using|under|at|by|until|compared|versus|following|after|before|is|are|was|were|has|have|will)\b|,\s+(?:in|and|which|the|a|an|with|as|where|including|who|while)\b|\s+[-–—]\s+|[.;:()]/i;

const MODIFIERS =
  /^(?:(?:relapsed|refractory|recurrent|advanced|metastatic|newly[- ]diagnosed|inoperable|unresectable|locally|previously[- ]treated|treatment[- ]naive|progressive|or|and|\/|,)\s*)+/i;

/** One name for one disease: modifiers dropped, "X and other Y" → "Y", "cancers expressing the X antigen" → "X-expressing cancers". */
export function normaliseIndication(phrase: string): string {
  let p = phrase.trim().replace(/\s+/g, ' ');
  const other = /\band other\s+(.+)$/i.exec(p);
  if (other?.[1]) p = other[1];
  p = p.replace(MODIFIERS, '');
  const expressing =
    /^(cancers?|tumou?rs?|malignancies)\s+(?:that\s+)?express(?:ing|es)?\s+(?:the\s+)?([\w-]+)(?:\s+(?:antigen|protein|receptor))?$/i.exec(
      p,
    );
  if (expressing?.[1] && expressing[2]) p = `${expressing[2]}-expressing ${expressing[1]}`;
  return p;
}

const GENERIC = /^(?:cancers?|tumou?rs?|diseases?|patients|malignancies|this (?:patient )?population|the compound)$/i;

/** The indication a sentence states, if any (normalised), preferring the one next to `near`. */
export function readIndication(text: string, near?: string, only: 'treatment' | 'any' = 'any'): string | null {
  const from = near ? Math.max(0, text.indexOf(near)) : 0;
  for (const start of only === 'treatment' ? TREATMENT_STARTS : STARTS) {
    const tail = text.slice(from);
    const m = start.exec(tail);
    if (!m) continue;
    const rest = tail.slice((m.index ?? 0) + m[0].length);
    const phrase = rest.slice(0, rest.search(STOP) < 0 ? rest.length : rest.search(STOP));
    const indication = normaliseIndication(phrase);
    if (indication.length >= 4 && indication.split(' ').length <= 10 && !GENERIC.test(indication)) return indication;
  }
  return null;
}
