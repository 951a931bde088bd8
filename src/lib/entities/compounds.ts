/**
 * Compounds: drug-candidate code names ("abc-123", "huXYZ-DM1"), INNs by
 * their WHO stems ("-mab", "-tinib"), two-word conjugate INNs ("…mab
 * mertansine") and antibody-payload names ("…mab-DM1"); spellings merged
 * by key; what the text says of each: modality, antibody, payload, target,
 * indications, developer.
 */
import type { CompoundMention, Modality } from '../types.js';
import {
  CELL_LINES,
  CONJUGATE_SUFFIXES,
  INN_STEMS,
  MEASURES,
  PAYLOADS,
  STEM_STOPWORDS,
  TARGET_FAMILIES,
} from '../vocab/drugs.js';
import { readIndication } from './indications.js';
import { compoundKey, mostFrequent } from './names.js';
import { escapeRegExp, type SentenceRef, sourced } from './sentences.js';

export interface NameSpan {
  name: string;
  start: number;
  end: number;
}

const PAYLOAD_ALTERNATION = [...PAYLOADS].map(escapeRegExp).join('|');
const CONJUGATE_INN = new RegExp(`\\b([A-Za-z]{3,}mab)\\s+(${Object.keys(CONJUGATE_SUFFIXES).join('|')})\\b`, 'gi');
const ANTIBODY_PAYLOAD = new RegExp(
  `(?<![\\w-])([A-Za-z]{1,12}\\d*[A-Za-z]*)-(${PAYLOAD_ALTERNATION})(?![\\w-])`,
  'gi',
);
/** "ABC-123", "AB-1234-5", "D-PLEX100" (a letter prefix, then letters and digits). */
const CODE =
  /(?<![\w-])((?:[A-Za-z]-)?[A-Za-z]{1,6}-?\d{2,7}[A-Za-z]{0,2}(?:-[A-Za-z0-9]{1,8}){0,4})(?![\w-]|\.\d|[,.]\d{3})/g;
/** An INN with a prefix that makes a product of its own: "DHT-semaglutide". */
const PREFIXED_INN = /(?<![\w-])([A-Z][A-Za-z]{1,11})-([a-z]{3,}[a-z]+)(?![\w-])/g;
const STEMS = [...INN_STEMS].sort((a, b) => b[0].length - a[0].length);
const INN = new RegExp(`(?<![\\w-])((?:[DL]-)?[A-Za-z][a-z]{2,}(?:${STEMS.map(([s]) => s).join('|')}))\\b`, 'g');

/** Words before a code that make it a form, rule, address or citation, not a drug. */
const NOT_A_DRUG_BEFORE =
  /(?:\b(?:form|rule|item|section|exhibit|no\.|schedule|regulation|suite|route|room|box|poster|abstract|page|article|chapter|part)|#)\s*$/i;

function isCodeName(code: string, before: string): boolean {
  if (NOT_A_DRUG_BEFORE.test(before)) return false;
  if (PAYLOADS.has(code.toLowerCase())) return false;
  if (TARGET_FAMILIES.test(code) || CELL_LINES.test(code) || MEASURES.test(code)) return false;
  if (/^(?:FY|CY|Q[1-4]|H[12]|NCT|ISO|US|EP|WO|HPV|HIV|HBV|HCV|CMV|EBV|RSV|COVID|SARS|ASC|GAAP)-?\d/i.test(code))
    return false;
  if (/^[A-Z]\d{2,4}[A-Z]$/.test(code)) return false; // a mutation such as V600E
  if (/^[a-z]{2,6}-(?:19|20)\d{2}(?:-?\d{2}){0,2}$/i.test(code)) return false; // an XBRL prefix or file stem with a date ("dei-2024")
  return /\d{2}/.test(code);
}

function isInn(word: string): boolean {
  const lower = word.toLowerCase();
  if (STEM_STOPWORDS.has(lower)) return false;
  const stem = STEMS.find(([s]) => lower.endsWith(s));
  return !!stem && lower.length >= stem[0].length + 3;
}

/** One pattern for all the names a filing introduced, built once per set (not once per sentence). */
const knownPatterns = new WeakMap<ReadonlySet<string>, RegExp | null>();
function knownNamesPattern(known: ReadonlySet<string>): RegExp | null {
  if (!knownPatterns.has(known)) {
    const names = [...known].map(plainDigits).sort((a, b) => b.length - a.length);
    knownPatterns.set(
      known,
      names.length ? new RegExp(`(?<![\\w-])(?:${names.map(escapeRegExp).join('|')})(?![\\w-])`, 'g') : null,
    );
  }
  return knownPatterns.get(known) ?? null;
}

/** Subscript digits ("D-PLEX₁₀₀") read as digits; one code unit each, so positions hold. */
const plainDigits = (text: string): string =>
  text.replace(/[\u2080-\u2089]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x2080 + 48));

/** A code's trailing English word is not part of it: "HTD1801-treated" → "HTD1801". */
const withoutTrailingWord = (code: string): string => code.replace(/(?:-[a-z]{4,})+$/, '');

/**
 * The compound names in one sentence, longest forms first, without overlaps.
 * `known` are names the filing introduced elsewhere ("LYMPHIR is a fusion protein …").
 */
export function findCompoundNames(
  original: string,
  known: ReadonlySet<string> = new Set(),
  /** The end of the sentence before, in the same paragraph ("… Corp., No." before "T23-1405 …"). */
  lead = '',
): NameSpan[] {
  const text = plainDigits(original);
  const before = (at: number) => `${at < 12 ? lead.slice(-12) : ''}${text.slice(Math.max(0, at - 12), at)}`;
  const spans: NameSpan[] = [];
  const free = (start: number, end: number) => spans.every((s) => end <= s.start || start >= s.end);
  const add = (name: string, start: number) => {
    if (free(start, start + name.length)) spans.push({ name, start, end: start + name.length });
  };
  for (const m of text.matchAll(CONJUGATE_INN)) add(m[0], m.index ?? 0);
  for (const m of text.matchAll(ANTIBODY_PAYLOAD)) {
    const antibody = m[1] ?? '';
    if (isInn(antibody) || isCodeName(antibody, '') || /^(?:hu|mu|ch)/i.test(antibody)) add(m[0], m.index ?? 0);
  }
  for (const m of text.matchAll(PREFIXED_INN)) {
    if (
      isInn(m[2] ?? '') &&
      !/^(?:anti|non|pre|post|co|re|pro|semi|ultra|next|first|low|high|long|short|once|twice)$/i.test(m[1] ?? '')
    )
      add(m[0], m.index ?? 0);
  }
  const knownPattern = knownNamesPattern(known);
  if (knownPattern) for (const m of text.matchAll(knownPattern)) add(m[0], m.index ?? 0);
  for (const m of text.matchAll(CODE)) {
    const code = withoutTrailingWord(m[1] ?? '');
    if (isCodeName(code, before(m.index ?? 0))) add(code, m.index ?? 0);
  }
  for (const m of text.matchAll(INN)) if (isInn(m[1] ?? '')) add(m[1] ?? '', m.index ?? 0);
  // Names keep the filing's own characters (subscripts included).
  return spans.map((s) => ({ ...s, name: original.slice(s.start, s.end) })).sort((a, b) => a.start - b.start);
}

/** Words that head a sentence or name a company, never a product, though they look like one. */
const NOT_A_PRODUCT =
  /^(?:The|This|That|These|Those|It|Its|Our|We|They|There|Here|Such|Each|Both|All|Company|Nasdaq|NASDAQ|NYSE|FDA|EMA|SEC|BLA|NDA|IND|CEO|CFO|COO|CMO|PhD|USA|U\.S|US|UK|EU|AI|ALS|AML|CTCL|CMV|ADC|ADCs|ORR|NCT|MTD|DLT|PFS|OS|GAAP|EBITDA|ETF|IPO|R&D|API|MD|KOL|KOLs|PR|IR|Phase|Trial|Study|Inc|Ltd|LLC|Corp|Plc|AG|SA|Therapeutics|Pharmaceuticals|Pharma|Biosciences|Bio|Medical|Health|Technologies|Technology|Platform)$/;

/** Words that say what a product is. */
const PRODUCT_NOUN =
  '(?:product candidates?|drug candidates?|clinical candidates?|candidates?|therapy|therapies|therapeutics?|immunotherapy|treatments?|drugs?|medicines?|medications?|vaccines?|fusion protein|antibody|antibodies|cell therapy|gene therapy|preparation|formulation|inhibitors?|agonists?|antagonists?|compounds?|molecules?|biologics?|immune globulin|products?)';
const NAME = '([A-Z][A-Za-z0-9]*(?:[-–][A-Za-z0-9]+)*)';
const INTRODUCERS = [
  // "LYMPHIR is a recombinant engineered fusion protein", "IsletRx is a clinical-grade product candidate"
  new RegExp(
    `(?<![\\w-])${NAME}\\s*[®™]?\\s+(?:is|was|remains)\\s+(?:a|an|the|our|its)\\b(?:\\s+[\\w’'-]+){0,6}?\\s+${PRODUCT_NOUN}\\b`,
    'g',
  ),
  // "the company's lead immunotherapy, LYMPHIR", "its proprietary compound LB-100", "a new medication called DR10624"
  new RegExp(
    `\\b(?:lead|first-generation|second-generation|next-generation|investigational|proprietary|novel|new|experimental|flagship)\\s+(?:[\\w-]+\\s+)?${PRODUCT_NOUN},?\\s+(?:called\\s+|named\\s+)?${NAME}`,
    'g',
  ),
  new RegExp(`\\b(?:called|named|known as|dubbed|branded(?: as)?)\\s+${NAME}`, 'g'),
];
/** A name with ® or ™ in a sentence that speaks of a medicine: "CYTOGAM®, the company’s … immune globulin". */
const MARKED = new RegExp(`(?<![\\w-])${NAME}\\s?(?:[®™]|\\((?:R|TM)\\))(\\s\\d{2,6}\\b)?`, 'g');
const MEDICINE_WORDS =
  /\b(?:treat(?:s|ed|ing|ment)?|therap(?:y|ies|eutic)|drugs?|medicines?|medications?|indicated|approv(?:al|ed)|patients?|dos(?:e|es|ing)|clinical|candidates?|vaccines?|injections?|tablets?|cells?|immune globulin|blockbuster)\b/i;

/** A name that reads as a product's: a code, CamelCase, ALL CAPS, or marked ®/™. */
const looksLikeProductName = (name: string, marked: boolean): boolean =>
  !NOT_A_PRODUCT.test(name) &&
  name.length >= 3 &&
  name.length <= 24 &&
  (marked || /\d/.test(name) || /^[A-Z]{4,}$/.test(name) || /^[A-Z][a-z]+[A-Z]/.test(name));

/**
 * Product names a filing introduces in words rather than by naming rules: brand names
 * ("Rebif®, a … drug"), and names it says are a therapy, candidate or medicine.
 */
export function introducedNames(
  sentences: readonly { text: string }[],
  notNames: ReadonlySet<string> = new Set(),
): Set<string> {
  const found = new Set<string>();
  const consider = (name: string | undefined, marked: boolean) => {
    if (!name || notNames.has(name.toLowerCase()) || !looksLikeProductName(name, marked)) return;
    if (/(?:TECH|Tech|Technologies|Platform)$/.test(name)) return; // a technology, not a medicine
    found.add(name);
  };
  for (const { text } of sentences) {
    for (const pattern of INTRODUCERS) {
      for (const m of text.matchAll(pattern)) {
        // "XOMA is a biotechnology company focused on … therapies" describes a company.
        if (
          /\b(?:company|corporation|firm|leader|provider|developer|organi[sz]ation|innovator|manufacturer|business|group)\b/i.test(
            m[0],
          )
        )
          continue;
        // "the so-called ATAC technology" names a platform.
        const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 30);
        if (!/^\s*[®™]?\s*(?:technology|technologies|platform|system|device)\b/i.test(after)) consider(m[1], false);
      }
    }
    if (MEDICINE_WORDS.test(text)) {
      for (const m of text.matchAll(MARKED)) {
        const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40);
        // "Acme® Inc." or "DehydraTECH™ technology" name a company or a platform.
        if (/^\s*(?:,\s*)?(?:Inc|Ltd|Corp|LLC|plc|AG|GmbH|technology|platform|delivery|system|device)\b/i.test(after))
          continue;
        // "RECCE® 327": the mark sits inside the name.
        if (m[2]) found.add(text.slice(m.index ?? 0, (m.index ?? 0) + m[0].length));
        else consider(m[1], true);
      }
    }
  }
  return found;
}

function modalityOf(name: string, text: string): Modality | null {
  if (/antibody[- ]drug conjugate|\bADC\b/i.test(text)) return 'antibody-drug conjugate';
  if (/\bsmall[- ]molecule\b/i.test(text)) return 'small molecule';
  if (/\bgene therapy\b/i.test(text)) return 'gene therapy';
  if (/\b(?:siRNA|RNAi|antisense|mRNA)\b/.test(text)) return 'RNA';
  if (/\bvaccine\b/i.test(text)) return 'vaccine';
  const lower = name.toLowerCase();
  const stem = STEMS.find(([s]) => lower.endsWith(s));
  return stem?.[1] ?? null;
}

const word = '[A-Za-z][\\w-]*';
// What a sentence says of any compound in it; compiled once, not per name and sentence.
const TARGET_SAID = [
  new RegExp(`anti-(${word}) antibody`),
  new RegExp(`binds to (?:the )?(${word})`),
  new RegExp(`the (${word}) (?:antigen|protein|receptor) targeted by`),
  new RegExp(`expressing the (${word}) (?:antigen|protein|receptor)`),
];
const ANTIBODY_SAID = [
  new RegExp(`comprises the (?:anti-${word} )?antibody,? (${word})`),
  new RegExp(`comprises the (${word}) antibody`),
];
const PAYLOAD_SAID = [
  /cell-killing agent, ([A-Z][\w-]*)/,
  new RegExp(`and (${word}), a (?:potent )?(?:cell-killing|cytotoxic) (?:agent|payload)`),
];
const firstMatch = (patterns: RegExp[], text: string): string | undefined => {
  for (const p of patterns) {
    const found = p.exec(text)?.[1];
    if (found) return found;
  }
  return undefined;
};

/** What one sentence says of a compound named in it. */
function readAttributes(name: string, s: SentenceRef, out: CompoundMention): void {
  const n = escapeRegExp(name);
  const text = s.text;
  // The two patterns made for this name are compiled only where the sentence has their words.
  const target =
    firstMatch(TARGET_SAID, text) ??
    (/treatment of/i.test(text) && /-(?:expressing|positive)\b/i.test(text)
      ? new RegExp(`${n}[^.]*?\\btreatment of [^.]*?\\b(${word})-(?:expressing|positive)\\b`, 'i').exec(text)?.[1]
      : undefined) ??
    (text.includes('-targeting ')
      ? new RegExp(`\\b(${word})-targeting [\\w\\s-]{0,40}?,?\\s*${n}\\b`).exec(text)?.[1]
      : undefined) ??
    null;
  if (target && !out.target && !/^(?:a|an|the|cancer)$/i.test(target)) out.target = sourced(target, s);

  const antibody = firstMatch(ANTIBODY_SAID, text);
  if (antibody && !out.antibody) out.antibody = sourced(antibody, s);
  const payload = firstMatch(PAYLOAD_SAID, text);
  if (payload && !out.payload) out.payload = sourced(payload, s);

  const modality = modalityOf(name, text);
  if (modality && (!out.modality || modality === 'antibody-drug conjugate')) out.modality = sourced(modality, s);

  const indication = readIndication(text, name, 'treatment');
  if (indication && !out.indications.some((i) => i.value === indication)) out.indications.push(sourced(indication, s));
}

/** Owners and developers: "X and Y, in development by Acme", "wholly owned by Acme", "Acme developed X". */
export function readDevelopers(text: string, names: NameSpan[]): Map<string, string> {
  const found = new Map<string, string>();
  const by =
    /\b(?:(?:in|under) development by|being developed by|developed by|wholly[- ]owned by|owned by|licensed to|partnered with)\s+((?:the\s+)?[A-Za-z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)/g;
  let from = 0;
  for (const m of text.matchAll(by)) {
    const org = (m[1] ?? '').replace(/^the\s+/i, '').replace(/[.,]$/, '');
    for (const span of names) if (span.start >= from && span.end <= (m.index ?? 0)) found.set(span.name, org);
    from = (m.index ?? 0) + m[0].length;
  }
  for (const span of names) {
    // "Acme's earlier compound, abc-123" / "the Company's abc-123 compound"
    const possessive =
      /\b((?:the )?[A-Z][\w-]+)[’']s\s+(?:[\w-]+\s+){0,4}?(?:(?:compound|product|drug|candidate)s?,?\s+)?$/.exec(
        text.slice(Math.max(0, span.start - 80), span.start),
      );
    if (possessive?.[1] && !found.has(span.name)) found.set(span.name, possessive[1]);
  }
  const subject = /^((?:[A-Z][\w&.-]*\s?){1,4}?)\s+(?:developed|discovered|is developing|is advancing)\b/.exec(text);
  if (subject?.[1]) for (const span of names) if (!found.has(span.name)) found.set(span.name, subject[1].trim());
  return found;
}

/** Between two names, what makes the second another name of the first. */
const ALIAS_IN_PARENS =
  /^\s*[®™]?\s*\(\s*(?:(?:also |formerly |previously )?(?:known as|called|identified as)\s+|formerly\s+|aka\s+)?[“"‘']?$/i;
/** A brand and its INN side by side: "Rybelsus® semaglutide". */
const BRAND_THEN_INN = /^\s*[®™]\s*$/;
const ALIAS_IN_WORDS = /^\s*[®™]?\s*,?\s+(?:also|formerly|previously) (?:known as|called)\s+$/i;

/** Pairs of names in one sentence that the text gives as one compound: "zelenirstat (PCLX-001)", "X, formerly known as Y". */
export function aliasPairs(text: string, spans: NameSpan[]): [string, string][] {
  const pairs: [string, string][] = [];
  // Inside "zelenirstat (aka PCLX-001 or DDD86481)" every name in the parenthesis is the first one's.
  const closesParens = (at: number) => /^[^()]*\)/.test(text.slice(at));
  let opener: NameSpan | null = null;
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i] as NameSpan;
    const b = spans[i + 1] as NameSpan;
    const between = text.slice(a.end, b.start);
    const closed = /^\s*[®™]?\s*[”"’']?\s*\)/.test(text.slice(b.end));
    const brandInn = BRAND_THEN_INN.test(between) && /^[a-z]/.test(b.name);
    // "QX-1701/Zeltra®": a code and its brand; two INNs with a slash are a combination.
    const slashed = /^\s*\/\s*$/.test(between) && !/^[a-z]/.test(a.name) && !/^[a-z]/.test(b.name);
    if (ALIAS_IN_PARENS.test(between) && closesParens(b.end)) {
      opener = a;
      pairs.push([a.name, b.name]);
    } else if (opener && /^\s*[®™]?\s*(?:,|or|,\s*or)\s*$/i.test(between) && closesParens(b.end)) {
      pairs.push([opener.name, b.name]);
    } else {
      opener = null;
      if ((closed && ALIAS_IN_PARENS.test(between)) || ALIAS_IN_WORDS.test(between) || brandInn || slashed)
        pairs.push([a.name, b.name]);
    }
  }
  return pairs;
}

/** Every compound named in the sentences, merged by key, with what the text says of it. */
export function extractCompounds(
  sentences: SentenceRef[],
  notNames: ReadonlySet<string> = new Set(),
): CompoundMention[] {
  const byKey = new Map<string, { names: string[]; mention: CompoundMention }>();
  const known = introducedNames(sentences, notNames);
  const spansBySentence = sentences.map((s, i) => {
    const previous = sentences[i - 1];
    return findCompoundNames(s.text, known, previous?.blockId === s.blockId ? previous.text : '');
  });

  // Names the text gives as one compound's ("zelenirstat (PCLX-001)") share one key.
  const parent = new Map<string, string>();
  const rootOf = (k: string): string => {
    let r = k;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) as string;
    return r;
  };
  sentences.forEach((s, i) => {
    for (const [a, b] of aliasPairs(s.text, spansBySentence[i] ?? [])) {
      const ra = rootOf(compoundKey(a));
      const rb = rootOf(compoundKey(b));
      if (ra !== rb) parent.set(rb, ra);
    }
  });

  // An antibody named alone ("the huAB12 antibody") is part of its conjugate, not a compound.
  const allKeys = new Set(spansBySentence.flat().map((s) => compoundKey(s.name)));
  const isPartOfConjugate = (key: string) =>
    [...allKeys].some((other) => other !== key && other.startsWith(key) && PAYLOADS.has(other.slice(key.length)));

  sentences.forEach((s, i) => {
    const spans = (spansBySentence[i] ?? []).filter((sp) => !isPartOfConjugate(compoundKey(sp.name)));
    const developers = readDevelopers(s.text, spans);
    for (const span of spans) {
      const key = rootOf(compoundKey(span.name));
      let entry = byKey.get(key);
      if (!entry) {
        entry = {
          names: [],
          mention: {
            name: span.name,
            variants: [],
            modality: null,
            antibody: null,
            payload: null,
            target: null,
            indications: [],
            developers: [],
            mentions: [],
          },
        };
        byKey.set(key, entry);
      }
      entry.names.push(span.name);
      const m = entry.mention;
      if (m.mentions.length < 12 && !m.mentions.some((x) => x.sentence === s.text))
        m.mentions.push(sourced(span.name, s));
      readAttributes(span.name, s, m);
      const developer = developers.get(span.name);
      if (developer && !m.developers.some((d) => d.value === developer)) m.developers.push(sourced(developer, s));
    }
  });

  return [...byKey.values()].map(({ names, mention }) => {
    const name = mostFrequent(names.filter((n) => !/^[A-Z][a-z]/.test(n) || names.every((x) => /^[A-Z][a-z]/.test(x))));
    const conjugate = conjugateParts(name);
    const first = mention.mentions[0];
    if (conjugate && first) {
      mention.antibody ??= { ...first, value: conjugate.antibody };
      mention.payload ??= { ...first, value: conjugate.payload };
      mention.modality = { ...(mention.modality ?? first), value: 'antibody-drug conjugate' };
    } else if (mention.payload && mention.modality?.value !== 'antibody-drug conjugate') {
      mention.modality = { ...mention.payload, value: 'antibody-drug conjugate' };
    }
    return { ...mention, name, variants: [...new Set(names)] };
  });
}

/** "huAB12-DM1" → antibody huAB12, payload DM1; "xyzumab mertansine" → payload DM1. */
const PAYLOAD_SUFFIXED = new RegExp(`^(.+)-(${PAYLOAD_ALTERNATION})$`, 'i');

export function conjugateParts(name: string): { antibody: string; payload: string } | null {
  const hyphen = PAYLOAD_SUFFIXED.exec(name);
  if (hyphen?.[1] && hyphen[2]) return { antibody: hyphen[1], payload: hyphen[2] };
  const [antibody, suffix] = name.split(/\s+/);
  const payload = suffix ? CONJUGATE_SUFFIXES[suffix.toLowerCase()] : undefined;
  return antibody && payload ? { antibody, payload } : null;
}
