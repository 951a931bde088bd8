/**
 * Companies: the registrant, and the partners and licensees the text names
 * ("X, Y and Z have licensed …", "a collaboration with X", "in development
 * by X"), with former names ("Amgen (formerly Abgenix)") and parents.
 */
import type { CompanyMention } from '../types.js';
import { ABBREVIATED_COMPANY_FORM } from '../vocab/company-forms.js';
import { companyKey } from './names.js';
import { type SentenceRef, sourced } from './sentences.js';

const SUFFIX_TOKEN =
  /^(?:Inc|Inc\.|Incorporated|LLC|L\.L\.C\.|Ltd|Ltd\.|Limited|Corp|Corp\.|Corporation|plc|PLC|AG|SA|S\.A\.|N\.V\.|NV|GmbH|SE|L\.P\.|LP)$/;

/** A sentence's full stop at the end of a listed name, not the period of "Inc.". */
const SENTENCE_STOP = new RegExp(String.raw`(?<!\b(?:${ABBREVIATED_COMPANY_FORM}))\.$`);

interface ListedOrg {
  name: string;
  formerNames: string[];
  parent: string | null;
}

/** One organisation's name: capitalised words (or a lower-case stylised name such as "alpha-beta"). */
function isOrgName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 7 || name.length < 2 || /[—–]|\d{4}/.test(name)) return false;
  const small = new Set(['of', 'and', '&', 'the', 'de', 'du', 'für', 'la', 'y']);
  return words.every((w, i) => (small.has(w) && i > 0 ? true : /^[A-Z0-9]/.test(w) || /^[a-z]+-[a-z]+$/.test(w)));
}

/** "Centocor (a subsidiary of J&J), Biogen Idec, the X Group, Foo, Inc., and Bar" → organisations. */
export function readOrgList(text: string): ListedOrg[] {
  // Split on commas and "and" outside parentheses.
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  const tokens = text.split(/(\(|\)|,|\s+and\s+|\s+&\s+(?=[A-Z][a-z]+\s*(?:,|$)))/);
  for (const token of tokens) {
    if (token === '(') depth++;
    if (token === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (token === ',' || /^\s+and\s+$/.test(token))) {
      parts.push(current);
      current = '';
    } else {
      current += token;
    }
  }
  parts.push(current);

  const orgs: ListedOrg[] = [];
  for (const raw of parts.map((p) => p.trim()).filter(Boolean)) {
    const previous = orgs.at(-1);
    if (SUFFIX_TOKEN.test(raw) && previous) {
      previous.name = `${previous.name}, ${raw}`;
      continue;
    }
    const paren = /^(.*?)\s*\((.*)\)\s*$/.exec(raw);
    const base = (paren?.[1] ?? raw)
      .replace(/^(?:and|the)\s+/i, '')
      .replace(SENTENCE_STOP, '')
      .trim();
    const inner = paren?.[2]?.trim() ?? '';
    const former = /^formerly(?: known as)?\s+(.+)$/i.exec(inner)?.[1];
    const parent = former
      ? null
      : (/(?:subsidiary|division|unit|part) of\s+(.+)$/i.exec(inner)?.[1] ?? (isOrgName(inner) ? inner : null));
    if (!isOrgName(base)) continue;
    orgs.push({ name: base, formerNames: former ? [former] : [], parent });
  }
  return orgs;
}

const LICENSEES_BEFORE = /^(.*?)\s+(?:have|has)\s+(?:licensed|in-licensed|partnered|entered into|signed)\b/;
const PARTNERS_AFTER =
  /\b(?:collaboration|partnership|alliance|agreement|license|licensing)(?:\s+(?:agreement|deal))?\s+with\s+((?:the\s+)?[A-Za-z][\w&.'-]*(?:[\s,]+(?:and\s+|&\s+)?(?:the\s+)?[A-Z][\w&.'-]*)*)/g;

/** The registrant, then every partner named, once per key. */
export function extractCompanies(
  registrant: string | null,
  sentences: SentenceRef[],
  developers: string[],
): CompanyMention[] {
  const found = new Map<string, CompanyMention>();
  const registrantKey = registrant ? companyKey(registrant) : '';
  if (registrant)
    found.set(registrantKey, { name: registrant, role: 'registrant', formerNames: [], parent: null, source: null });

  const add = (org: ListedOrg, s: SentenceRef | null) => {
    const key = companyKey(org.name);
    if (!key || key === registrantKey || registrantKey.startsWith(key)) return;
    const existing = found.get(key);
    if (existing) {
      existing.formerNames.push(...org.formerNames.filter((n) => !existing.formerNames.includes(n)));
      existing.parent ??= org.parent;
      return;
    }
    found.set(key, {
      name: org.name,
      role: 'partner',
      formerNames: org.formerNames,
      parent: org.parent,
      source: s ? sourced(org.name, s) : null,
    });
  };

  for (const s of sentences) {
    // "CAMBRIDGE, Mass.— July 24, 2023 — Acme and Beta have entered …": the dateline names no partner.
    const text = s.text.replace(/^.{0,80}?\b(?:19|20)\d{2}\s*(?:\/[^/]{1,40}\/)?\s*(?:--|[-–—])\s*/, '');
    const before = LICENSEES_BEFORE.exec(text)?.[1];
    if (before) for (const org of readOrgList(before)) add(org, s);
    for (const m of text.matchAll(PARTNERS_AFTER)) for (const org of readOrgList(m[1] ?? '')) add(org, s);
  }
  for (const name of developers) {
    const s = sentences.find((x) => x.text.includes(name)) ?? null;
    for (const org of readOrgList(name)) add(org, s);
  }
  // An organisation named as another's former name is that company.
  for (const [key, company] of found) {
    if ([...found.values()].some((c) => c !== company && c.formerNames.some((f) => companyKey(f) === key)))
      found.delete(key);
  }
  return [...found.values()];
}
