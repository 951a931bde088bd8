/**
 * What kind of event a sentence reports, for the timelines of compounds and
 * trials: the milestones analysts and catalyst trackers follow. A sentence
 * may report several; the vocabulary is the field's, not any company's.
 */
export const EVENT_KINDS = [
  'trial initiated',
  'enrolment completed',
  'dose escalation',
  'MTD reached',
  'data presented',
  'trial completed',
  'partnered',
  'regulatory',
  'discontinued',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

const TRIAL = String.raw`(?:trial|study|studies|dosing|enrolment|enrollment)`;
const RULES: [EventKind, RegExp][] = [
  [
    'trial initiated',
    new RegExp(
      String.raw`\b(?:initiat|commenc|began|begun|start|launch|open)\w*\b[^.]{0,80}\b${TRIAL}|\b${TRIAL}\b[^.]{0,40}\b(?:initiated|commenced|began|begun|started|opened)\b|\bfirst (?:patient|subject|participant)s?\b[^.]{0,30}\b(?:dosed|enrolled|treated|randomi[sz]ed)\b|\bdosed (?:the|its) first\b`,
      'i',
    ),
  ],
  [
    'enrolment completed',
    /\b(?:complet|finish)\w*\b[^.]{0,30}\b(?:enrol|enroll|recruit)\w*|\b(?:enrol|enroll|recruit)\w*\b[^.]{0,30}\b(?:is|was|has been|have been) (?:completed|complete|finished)\b|\bfully enrolled\b/i,
  ],
  ['dose escalation', /\bdose[- ]escalation\b|\bdose levels?\b|\bdose cohorts?\b/i],
  [
    'MTD reached',
    /\b(?:maximum tolerated dose|MTD)\b[^.]{0,60}\b(?:reached|established|determined|identified|defined|was)\b|\b(?:reached|established|determined|identified|defined)\b[^.]{0,60}\b(?:maximum tolerated dose|MTD)\b/i,
  ],
  [
    'data presented',
    /\b(?:present|report|announc|publish)\w*\b[^.]{0,80}\b(?:data|results|findings|interim analysis)\b|\b(?:data|results|findings)\b[^.]{0,60}\b(?:were|was|will be) (?:presented|reported|published)\b|\b(?:poster|oral) presentation\b|\btop-?line\b/i,
  ],
  [
    'trial completed',
    /^(?!.*\b(?:enrol|recruit))(?:.*\b(?:completed|concluded)\b[^.]{0,40}\b(?:trial|study)\b|.*\b(?:trial|study)\b[^.]{0,30}\b(?:was|has been|is) (?:completed|concluded)\b)/i,
  ],
  [
    'partnered',
    /\b(?:collaboration|licen[cs]e|licensing|partnership|partnered|co-develop\w*|option) (?:agreement|deal|with|to)\b|\b(?:entered into|signed|executed)\b[^.]{0,60}\bagreement\b|\bacquired the rights\b/i,
  ],
  [
    'regulatory',
    /\b(?:FDA|EMA|MHRA|PMDA)\b[^.]{0,80}\b(?:approv\w*|clear\w*|grant\w*|accept\w*|designat\w*)|\b(?:orphan drug|fast track|breakthrough therapy|priority review)\b|\b(?:IND|BLA|NDA|MAA|CTA)\b[^.]{0,40}\b(?:filed|submitted|cleared|accepted|approved|effective)\b|\bmarketing (?:authori[sz]ation|approval)\b/i,
  ],
  [
    'discontinued',
    new RegExp(
      String.raw`\b(?:discontinu|terminat|halt|suspend)\w*\b[^.]{0,60}\b(?:${TRIAL}|development|program)`,
      'i',
    ),
  ],
];

/** The events a sentence reports, in the order of EVENT_KINDS. */
export function eventsIn(sentence: string): EventKind[] {
  // Forward-looking talk ("expects to initiate", "plans to present") is not an event yet.
  const text = sentence.replace(
    /\b(?:expect|plan|intend|anticipate|aim|hope|seek)s?\b[^.]{0,20}\bto\b[^.,;]*|\bwill\b[^.,;]*|\bmay\b[^.,;]*/gi,
    ' ',
  );
  return RULES.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
}

/**
 * The events of several sentences, each once, in the order of EVENT_KINDS. `memo` keeps each sentence's
 * events across calls: one sentence is read for a compound, its trial and its company alike.
 */
export function eventsInAll(sentences: string[], memo?: Map<string, EventKind[]>): EventKind[] {
  const found = new Set<EventKind>();
  for (const sentence of sentences) {
    let events = memo?.get(sentence);
    if (!events) {
      events = eventsIn(sentence);
      memo?.set(sentence, events);
    }
    for (const event of events) found.add(event);
  }
  return EVENT_KINDS.filter((k) => found.has(k));
}
