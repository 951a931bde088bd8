/**
 * Clinical trials: one per compound + phase + indication, found where the
 * text names a phase, then fed by every sentence that speaks of the study:
 * status, objective, schedule, sites, investigators, enrolment, doses,
 * conference presentations, design words.
 */
import type { CompoundMention, Person, Site, TrialMention, TrialStatus } from '../types.js';
import { findCompoundNames } from './compounds.js';
import { readIndication } from './indications.js';
import { compoundKey } from './names.js';
import { type SentenceRef, sourced } from './sentences.js';

const PHASE = /\bphase\s+(IV|I{1,3}|[1-4])\s*([ab])?(?:\s*[/-]\s*(IV|I{1,3}|[1-4])\s*([ab])?)?(?![\w])/i;
const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };

/** "Phase I/II" → "1/2", "Phase Ib" → "1b", "pivotal" → "pivotal". */
export function readPhase(text: string): string | null {
  const m = PHASE.exec(text);
  if (m?.[1]) {
    const num = (s: string) => ROMAN[s.toLowerCase()] ?? s;
    const first = `${num(m[1])}${(m[2] ?? '').toLowerCase()}`;
    return m[3] ? `${first}/${num(m[3])}${(m[4] ?? '').toLowerCase()}` : first;
  }
  return /\bpivotal (?:trial|study)\b/i.test(text) ? 'pivotal' : null;
}

export const phaseLabel = (phase: string): string =>
  phase === 'pivotal' ? 'Pivotal' : phase === 'unknown' ? 'Phase not stated' : `Phase ${phase}`;

const TRIAL_WORDS =
  /\b(?:stud(?:y|ies)|trials?|patients?|dos(?:e|es|ed|ing)|enrol(?:l|led|lment|ment)?|recruit(?:ment|ing)?|investigators?|MTD|DLT|maximum tolerated|clinical testing|cohorts?|conducted at|presenting|presented|findings)\b/i;
const NOT_CLINICAL = /\b(?:pre|non)-?clinical\b|\blaboratory\b|\bin vitro\b|\banimal models?\b|\bmice\b/i;

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** "28", "twenty-eight", "Twenty eight" → 28. */
export function readCount(text: string): number | null {
  if (/^\d[\d,]*$/.test(text)) return Number(text.replace(/,/g, ''));
  const parts = text.toLowerCase().split(/[-\s]+/);
  let total = 0;
  for (const p of parts) {
    const n = NUMBER_WORDS[p];
    if (n === undefined) return null;
    total += n;
  }
  return total || null;
}

function readStatus(text: string): TrialStatus | null {
  if (/\b(?:plans? to|expects? to|will) (?:initiate|begin|start|commence)|\bexpected to (?:begin|start)/i.test(text))
    return 'planned';
  if (/\bcompleted\b|\bcompletion of\b/i.test(text)) return 'completed';
  if (
    /\bpresent(?:ation|ed|ing|s)\b[^.]*\b(?:data|results|findings)\b|\b(?:data|results|findings)\b[^.]*\bpresent(?:ed|ing)\b/i.test(
      text,
    )
  )
    return 'data presented';
  if (
    /\b(?:recruitment|enrol+ment) (?:is|remains) ongoing|\bcontinues to enrol+|\bis enrol+ing\b|\bactively recruiting\b/i.test(
      text,
    )
  )
    return 'enrolling';
  if (/\binitiat(?:ed|ion|es)\b|\bfirst patient\b|\bbegan\b|\bdosing\b/i.test(text)) return 'initiated';
  if (/\bongoing\b/i.test(text)) return 'ongoing';
  return null;
}

const PERSON =
  /\b((?:Dr\.\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)*(?:\s+[A-Z][a-zA-Z'’-]+)+),?\s+(?:M\.?D\.?|Ph\.?D\.?|M\.?B\.?B\.?S\.?)(?:,\s*Ph\.?D\.?)?\b/g;

function readInvestigators(text: string): Person[] {
  const people = [...text.matchAll(PERSON)].map((m) => (m[1] ?? '').replace(/^Dr\.\s+/, ''));
  if (!people.length) return [];
  if (/co-?investigators?/i.test(text)) return people.map((name) => ({ name, role: 'Co-investigator' }));
  if (/principal investigator/i.test(text)) return [{ name: people[0] ?? '', role: 'Principal Investigator' }];
  if (/\binvestigators?\b/i.test(text)) return people.map((name) => ({ name, role: 'Investigator' }));
  return [];
}

function readSite(text: string): Site | null {
  const m =
    /\b(?:is|are|was|were|will be|being)\s+(?:being\s+)?conducted at (?:the )?(.+?)(?:\s+in\s+([A-Z][\w .'-]+?,\s*[A-Z]{2}|[A-Z][\w .'-]+?,\s*[A-Z][a-z]+))?\.?$/.exec(
      text,
    );
  if (!m?.[1] || m[1].length > 160) return null;
  return { name: m[1].replace(/\.$/, ''), location: m[2] ?? null };
}

const CONFERENCE =
  /\bat the ((?:[A-Z0-9][\w&-]*\s+)(?:(?:[A-Z0-9][\w&-]*|of|on|and|for|in|&)\s+)*?(?:Conference|Meeting|Symposium|Congress|Summit|Workshop|Forum)(?:\s+on(?:\s+(?:[A-Z][\w-]*|and|of|in))+)?)/;
const SCHEDULE =
  /\b((?:once|twice|three times)\s+(?:weekly|daily|monthly|(?:a|per|every)\s+(?:\w+\s+)?(?:days?|weeks?|months?))(?:\s+for\s+\w+(?:\s+consecutive)?\s+(?:days|weeks)(?:\s+every\s+\w+\s+weeks?)?)?)/i;
const DOSES =
  /\b(\w+(?:-\w+)?)\s+(?:different\s+)?dose levels?,?\s+ranging from\s+([\d.,]+)\s+to\s+([\d.,]+)\s*(mg\/m²|mg\/m2|mg\/kg|µg\/kg|mcg\/kg|mg)/i;
const ENROLMENT =
  /\b(\d[\d,]*|[A-Z]?[a-z]+(?:[-\s][a-z]+)?)\s+patients\s+(?:have\s+|had\s+|were\s+|are\s+|has\s+been\s+|have\s+been\s+)?(?:been\s+)?(?:enrolled|treated|dosed|randomi[sz]ed|received)\b/;
const OBJECTIVE = /\b(?:objective of [^.]*? is|is designed (?:primarily )?|designed primarily|aims?) to (.+?)\.?$/i;
const DESIGN =
  /\b(open-label|randomi[sz]ed|double-blind|placebo-controlled|dose[- ]escalation|multi-?cent(?:er|re)|single-arm|monotherapy|combination)\b/gi;

/** A clinical study spoken of without a phase: "a clinical trial evaluating X", "the study of 325 patients investigated X". */
const UNPHASED_TRIAL =
  /\b(?:clinical (?:trials?|stud(?:y|ies)|investigation|development)|first-in-human|investigator-initiated (?:trials?|stud(?:y|ies))|post-marketing (?:research|stud(?:y|ies)|program)|(?:randomi[sz]ed|controlled|interventional|registrational) (?:\w+ )?(?:trials?|stud(?:y|ies))|(?:trials?|stud(?:y|ies)) (?:of|evaluating|investigating|testing|with) )/gi;
/** A study that is not in people: "preclinical studies of X", "non-clinical", "in mice". */
const NOT_IN_PEOPLE_BEFORE =
  /(?:\b(?:pre|non)-?(?:clinical\s+)?|\banimal |\bin vitro |\btoxicology |\bmouse |\brodent )$/i;
const inPeople = (text: string): boolean =>
  [...text.matchAll(UNPHASED_TRIAL)].some(
    (m) => !NOT_IN_PEOPLE_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 20), m.index)),
  );
/** "Phase 2/3 clinical trials for X": the compound the trial is of. */
const TRIAL_OF =
  /^phase\s+\S+(?:\s+[\w-]+){0,3}?\s+(?:trials?|stud(?:y|ies))\s+(?:of|for|with|in|evaluating|testing|investigating)\s+/i;
/** A sentence that speaks of a study already named: "The trial enrolled …", "this Phase 2 study". */
const REFERS_BACK = /\b(?:the|this|that|its|these)\s+(?:[\w/-]+\s+){0,3}(?:trials?|stud(?:y|ies))\b/i;
/** Words before a compound that make it a partner in someone else's trial. */
const COMBINED_WITH =
  /\b(?:in combination with|combined with|plus|and|versus|vs\.?|compared (?:to|with)|or|placebo)\s*$/i;

interface Draft {
  trial: TrialMention;
  compoundKey: string;
}

function emptyTrial(compound: string, phase: string, indication: string): TrialMention {
  return {
    compound,
    phase,
    indication,
    indicationText: indication,
    design: [],
    objective: null,
    schedule: null,
    sites: [],
    investigators: [],
    enrolment: null,
    doseLevels: null,
    status: [],
    presentations: [],
    sentences: [],
  };
}

function feed(trial: TrialMention, s: SentenceRef): void {
  if (trial.sentences.some((x) => x.sentence === s.text)) return;
  trial.sentences.push(sourced(s.text, s));
  const status = readStatus(s.text);
  if (status && !trial.status.some((x) => x.value === status)) trial.status.push(sourced(status, s));
  const objective = OBJECTIVE.exec(s.text)?.[1];
  if (objective && !trial.objective) trial.objective = sourced(objective, s);
  const schedule = SCHEDULE.exec(s.text)?.[1];
  if (schedule && !trial.schedule) trial.schedule = sourced(schedule, s);
  const site = readSite(s.text);
  if (site && !trial.sites.some((x) => x.value.name === site.name)) trial.sites.push(sourced(site, s));
  for (const person of readInvestigators(s.text)) {
    if (!trial.investigators.some((x) => x.value.name === person.name)) trial.investigators.push(sourced(person, s));
  }
  const enrolled = ENROLMENT.exec(s.text);
  const count = enrolled?.[1] ? readCount(enrolled[1]) : null;
  if (count && !trial.enrolment) trial.enrolment = sourced(count, s);
  const doses = DOSES.exec(s.text);
  if (doses && !trial.doseLevels) {
    const levels = readCount(doses[1] ?? '');
    const range = `${doses[2]}–${doses[3]} ${doses[4]}`;
    trial.doseLevels = sourced(levels ? `${levels} dose levels, ${range}` : range, s);
  }
  const conference = CONFERENCE.exec(s.text)?.[1];
  if (conference && !trial.presentations.some((x) => x.value === conference))
    trial.presentations.push(sourced(conference, s));
  for (const m of s.text.matchAll(DESIGN)) {
    const word = (m[1] ?? '').toLowerCase();
    if (!trial.design.some((x) => x.value === word)) trial.design.push(sourced(word, s));
  }
}

/** Trials named in the sentences, each with the facts of the sentences that speak of it. */
export function extractTrials(sentences: SentenceRef[], compounds: CompoundMention[]): TrialMention[] {
  const nameOf = new Map<string, CompoundMention>();
  for (const c of compounds) for (const v of c.variants) nameOf.set(compoundKey(v), c);
  const known = new Set(compounds.flatMap((c) => c.variants));
  const spansIn = (text: string) =>
    findCompoundNames(text, known).flatMap((span) => {
      const compound = nameOf.get(compoundKey(span.name));
      return compound ? [{ compound, start: span.start }] : [];
    });
  const compoundsIn = (text: string) => [...new Set(spansIn(text).map((x) => x.compound))];
  const blockNumber = (s: SentenceRef) => Number(/\d+/.exec(s.blockId)?.[0] ?? 0);

  const drafts = new Map<string, Draft>();
  const addDraft = (compound: CompoundMention, phase: string, s: SentenceRef) => {
    const indication = readIndication(s.text, compound.name) ?? compound.indications[0]?.value ?? 'unspecified';
    const key = `${compoundKey(compound.name)}|${phase}|${indication.toLowerCase()}`;
    if (!drafts.has(key)) {
      drafts.set(key, { trial: emptyTrial(compound.name, phase, indication), compoundKey: compoundKey(compound.name) });
    }
  };
  // "About" sections describe the pipeline ("pivotal clinical trials for X"): they count, boilerplate does not.
  const clinical = sentences.filter((s) => s.section !== 'forward-looking' && !NOT_CLINICAL.test(s.text));
  let last: { compound: CompoundMention; block: number } | undefined;
  for (const s of clinical) {
    const spans = spansIn(s.text);
    const phaseAt = PHASE.exec(s.text)?.index ?? s.text.search(/\bpivotal\b/i);
    const phase = readPhase(s.text);
    // The phase belongs to the compound named nearest to it ("… Phase 2/3 trials for SIL-204").
    const studied = TRIAL_OF.exec(s.text.slice(Math.max(0, phaseAt)));
    const studiedAt = studied ? Math.max(0, phaseAt) + studied.index + studied[0].length : -1;
    const nearest =
      spans.find((x) => x.start === studiedAt)?.compound ??
      [...spans].sort((a, b) => Math.abs(a.start - phaseAt) - Math.abs(b.start - phaseAt))[0]?.compound;
    // Else the compound of the sentence before, in the same or the previous paragraph; else the only one.
    const carried = last && blockNumber(s) - last.block <= 1 && REFERS_BACK.test(s.text) ? last.compound : undefined;
    const compound = nearest ?? carried ?? (compounds.length === 1 ? compounds[0] : undefined);
    if (spans[0]) last = { compound: spans[0].compound, block: blockNumber(s) };
    if (!phase || !compound || !/\b(?:stud(?:y|ies)|trials?|program)\b/i.test(s.text)) continue;
    addDraft(compound, phase, s);
  }

  // A compound said to be in a clinical study, with no phase named anywhere, has a trial of unstated phase.
  const phased = new Set([...drafts.values()].map((d) => d.compoundKey));
  const described = sentences.filter((s) => s.section !== 'forward-looking');
  for (const s of described) {
    if (readPhase(s.text) || !inPeople(s.text)) continue;
    const subject = spansIn(s.text).find((x) => !COMBINED_WITH.test(s.text.slice(Math.max(0, x.start - 40), x.start)));
    if (subject && !phased.has(compoundKey(subject.compound.name))) addDraft(subject.compound, 'unknown', s);
  }
  if (!drafts.size) return [];

  // Second pass: every sentence that speaks of a study goes to the trial it names, or the one in context.
  const all = [...drafts.values()];
  let context: Draft | undefined;
  for (const s of clinical) {
    if (!TRIAL_WORDS.test(s.text)) continue;
    const named = compoundsIn(s.text).map((c) => compoundKey(c.name));
    const phase = readPhase(s.text);
    const candidates = named.length
      ? all.filter((d) => named.includes(d.compoundKey))
      : context
        ? [context]
        : all.length === 1
          ? all
          : [];
    const target = candidates.find((d) => d.trial.phase === phase) ?? candidates[0];
    if (!target) continue;
    const stated = readIndication(s.text);
    if (!phase && stated && stated.toLowerCase() !== target.trial.indication.toLowerCase()) continue;
    context = target;
    feed(target.trial, s);
  }
  return all.map((d) => d.trial);
}
