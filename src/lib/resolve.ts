/**
 * Many filings → one set of entities. Companies are one per CIK, else per
 * normalised name; compounds one per set of spellings; trials one per
 * compound + phase + indication. Every fact keeps its filing and sentence.
 */

import { trialTitle } from './digest.js';
import { type EventKind, eventsInAll } from './entities/events.js';
import { companyKey, compoundKey, mostFrequent, slugify } from './entities/names.js';
import { phaseLabel } from './entities/trials.js';
import type { FilingSummary, Person, Site, Sourced, TrialStatus } from './types.js';

/** A statement about an entity, with the words it came from. */
export interface EntityFact {
  label: string;
  value: string;
  sentence: string;
  filing: string;
  anchor: string;
  date: string | null;
}

/** One filing's line in an entity's timeline. */
export interface TimelineEntry {
  filing: string;
  date: string | null;
  title: string;
  said: { text: string; anchor: string }[];
  /** The milestones the filing reports for the entity (trial initiated, data presented…). */
  events: EventKind[];
}

export interface CompanyRecord {
  id: string;
  name: string;
  aliases: string[];
  formerNames: string[];
  cik: string | null;
  roles: ('registrant' | 'co-registrant' | 'partner')[];
  parent: string | null;
  state: string | null;
  address: string | null;
  phone: string | null;
  fileNumber: string | null;
  irsNumber: string | null;
  /** From content/: an editor's words. */
  description: string | null;
  facts: EntityFact[];
  timeline: TimelineEntry[];
  filings: string[];
  compounds: string[];
  trials: string[];
}

export interface CompoundRecord {
  id: string;
  name: string;
  aliases: string[];
  modality: string | null;
  antibody: string | null;
  payload: string | null;
  target: string | null;
  indications: string[];
  /** From content/: an editor's words, and the owning company's id. */
  description: string | null;
  owner: string | null;
  facts: EntityFact[];
  timeline: TimelineEntry[];
  filings: string[];
  companies: string[];
  trials: string[];
}

export interface TrialRecord {
  id: string;
  title: string;
  phase: string;
  phaseLabel: string;
  indication: string;
  design: string[];
  objective: string | null;
  schedule: string | null;
  sites: Site[];
  investigators: Person[];
  enrolment: number | null;
  doseLevels: string | null;
  status: { value: TrialStatus; date: string | null; filing: string; anchor: string }[];
  presentations: string[];
  /** From content/: the ClinicalTrials.gov number and an editor's words. */
  nct: string | null;
  description: string | null;
  facts: EntityFact[];
  timeline: TimelineEntry[];
  filings: string[];
  compound: string;
  companies: string[];
}

export interface FilingLinks {
  companies: string[];
  compounds: string[];
  trials: string[];
  amendsFiling: string | null;
  amendedBy: string[];
}

export interface Resolved {
  companies: CompanyRecord[];
  compounds: CompoundRecord[];
  trials: TrialRecord[];
  links: Map<string, FilingLinks>;
}

export const filingDate = (f: Pick<FilingSummary, 'dateOfReport' | 'pressReleaseDate' | 'filedDate'>): string | null =>
  f.dateOfReport ?? f.pressReleaseDate ?? f.filedDate ?? null;

export const filingTitle = (f: Pick<FilingSummary, 'pressRelease' | 'form' | 'registrant' | 'id'>): string =>
  f.pressRelease?.headline ?? `${f.form ?? 'Filing'}${f.registrant.name ? ` of ${f.registrant.name}` : ''}`;

/** Oldest first, then by id: the order every list and every slug choice follows. */
export const byDate = (a: FilingSummary, b: FilingSummary): number =>
  (filingDate(a) ?? '').localeCompare(filingDate(b) ?? '') || a.id.localeCompare(b.id);

class SlugRegistry {
  #used = new Set<string>();
  take(text: string): string {
    const base = slugify(text);
    let slug = base;
    for (let n = 2; this.#used.has(slug); n++) slug = `${base}-${n}`;
    this.#used.add(slug);
    return slug;
  }
}

const uniq = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

function factOf(filing: FilingSummary, label: string, value: string, source: Sourced<unknown>): EntityFact {
  return {
    label,
    value,
    sentence: source.sentence,
    filing: filing.id,
    anchor: source.sentenceId,
    date: filingDate(filing),
  };
}

/** Merge spellings that share a key, transitively (a mention's variants tie them together). */
function groupCompoundKeys(filings: FilingSummary[], merges: string[][]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    const p = parent.get(k) ?? k;
    if (p === k) return k;
    const root = find(p);
    parent.set(k, root);
    return root;
  };
  for (const f of filings) {
    for (const c of f.mentions.compounds) {
      const keys = c.variants.map(compoundKey);
      const root = find(keys[0] ?? compoundKey(c.name));
      for (const k of keys) {
        const r = find(k);
        if (r !== root) parent.set(r, root);
      }
    }
  }
  // Editors' merges (content/) join spellings the filings never tie together.
  for (const group of merges) {
    const root = find(compoundKey(group[0] ?? ''));
    for (const n of group.slice(1)) {
      const r = find(compoundKey(n));
      if (r !== root) parent.set(r, root);
    }
  }
  const groups = new Map<string, string>();
  for (const k of parent.keys()) groups.set(k, find(k));
  for (const f of filings)
    for (const c of f.mentions.compounds) for (const v of c.variants) groups.set(compoundKey(v), find(compoundKey(v)));
  return groups;
}

/**
 * An amendment links to the filing it amends: same registrant, the amended
 * form, filed on the date the amendment names, or else reporting the same event.
 */
export function linkAmendments(filings: FilingSummary[], links: Map<string, FilingLinks>): void {
  const sameRegistrant = (a: FilingSummary, b: FilingSummary) =>
    a.registrant.cik && b.registrant.cik
      ? a.registrant.cik === b.registrant.cik
      : !!a.registrant.name && !!b.registrant.name && companyKey(a.registrant.name) === companyKey(b.registrant.name);
  for (const amendment of filings) {
    const says = amendment.amends;
    if (!says) continue;
    const candidates = filings.filter(
      (f) => f !== amendment && !f.amends && f.form === says.form && sameRegistrant(f, amendment),
    );
    const original =
      (says.filedDate && candidates.find((f) => f.filedDate === says.filedDate)) ||
      candidates.find((f) => f.dateOfReport && f.dateOfReport === amendment.dateOfReport);
    if (!original) continue;
    const from = links.get(amendment.id);
    const to = links.get(original.id);
    if (!from || !to) continue;
    from.amendsFiling = original.id;
    if (!to.amendedBy.includes(amendment.id)) to.amendedBy.push(amendment.id);
  }
}

export function resolve(input: FilingSummary[], merges: string[][] = []): Resolved {
  const filings = [...input].sort(byDate);
  const slugs = new SlugRegistry();
  // A sentence's events, read once: the same sentence is in a compound's, a trial's and a company's timeline.
  const eventMemo = new Map<string, EventKind[]>();
  const eventsOf = (sentences: string[]) => eventsInAll(sentences, eventMemo);
  const links = new Map<string, FilingLinks>(
    filings.map((f) => [f.id, { companies: [], compounds: [], trials: [], amendsFiling: null, amendedBy: [] }]),
  );
  const link = (filing: string, kind: 'companies' | 'compounds' | 'trials', id: string) => {
    const l = links.get(filing);
    if (l && !l[kind].includes(id)) l[kind].push(id);
  };

  // Companies
  const companies = new Map<string, CompanyRecord>();
  const companyIdByKey = new Map<string, string>();
  const companyFor = (name: string, cik: string | null = null): CompanyRecord => {
    const key = cik ? `cik:${cik}` : companyKey(name);
    const known = companyIdByKey.get(key) ?? companyIdByKey.get(companyKey(name));
    if (known) return companies.get(known) as CompanyRecord;
    const record: CompanyRecord = {
      id: slugs.take(name.replace(/,?\s+(?:inc|corp|ltd|llc|plc|ag|co|group)\.?$/i, '').replace(/^the\s+/i, '')),
      name,
      aliases: [],
      formerNames: [],
      cik,
      roles: [],
      parent: null,
      state: null,
      address: null,
      phone: null,
      fileNumber: null,
      irsNumber: null,
      description: null,
      facts: [],
      timeline: [],
      filings: [],
      compounds: [],
      trials: [],
    };
    companies.set(record.id, record);
    companyIdByKey.set(key, record.id);
    companyIdByKey.set(companyKey(name), record.id);
    return record;
  };
  const companyAt = new Map<string, CompanyRecord>(); // filing id + mention name → company

  for (const f of filings) {
    for (const m of f.mentions.companies) {
      const isRegistrant = m.role === 'registrant';
      const c = companyFor(m.name, isRegistrant ? f.registrant.cik : (m.cik ?? null));
      for (const former of m.formerNames) {
        if (!c.formerNames.includes(former)) c.formerNames.push(former);
        companyIdByKey.set(companyKey(former), c.id);
      }
      if (m.name !== c.name && !c.aliases.includes(m.name)) c.aliases.push(m.name);
      if (!c.roles.includes(m.role)) c.roles.push(m.role);
      c.parent ??= m.parent;
      if (isRegistrant) {
        const r = f.registrant;
        c.cik ??= r.cik;
        for (const former of r.formerNames) if (!c.formerNames.includes(former)) c.formerNames.push(former);
        c.state = r.state ?? c.state;
        c.address = r.address ?? c.address;
        c.phone = r.phone ?? c.phone;
        c.fileNumber = r.fileNumber ?? c.fileNumber;
        c.irsNumber = r.irsNumber ?? c.irsNumber;
      } else if (m.role === 'co-registrant') {
        c.cik ??= m.cik ?? null;
      } else if (m.source) {
        c.facts.push(factOf(f, 'Named as a partner', f.registrant.name ?? '', m.source));
      }
      companyAt.set(`${f.id}|${companyKey(m.name)}`, c);
      if (!c.filings.includes(f.id)) c.filings.push(f.id);
      link(f.id, 'companies', c.id);
    }
  }
  // A company named earlier under a name that a later filing calls former ("Amgen (formerly Abgenix)") is one company.
  for (const company of [...companies.values()]) {
    for (const former of company.formerNames) {
      const earlier = [...companies.values()].find((c) => c !== company && companyKey(c.name) === companyKey(former));
      if (!earlier) continue;
      companies.delete(earlier.id);
      company.filings = uniq([...earlier.filings, ...company.filings]);
      company.facts.unshift(...earlier.facts);
      company.roles = uniq([...company.roles, ...earlier.roles]);
      for (const [key, id] of companyIdByKey) if (id === earlier.id) companyIdByKey.set(key, company.id);
      for (const [key, c] of companyAt) if (c === earlier) companyAt.set(key, company);
      for (const l of links.values())
        l.companies = uniq(l.companies.map((id) => (id === earlier.id ? company.id : id)));
    }
  }
  // A partner later named only by a former name belongs to the renamed company.
  const companyNamed = (filing: FilingSummary, name: string): CompanyRecord => {
    const local = companyAt.get(`${filing.id}|${companyKey(name)}`);
    if (local) return local;
    const c = companyFor(name);
    if (!c.roles.includes('partner')) c.roles.push('partner');
    if (!c.filings.includes(filing.id)) c.filings.push(filing.id);
    link(filing.id, 'companies', c.id);
    return c;
  };

  // Compounds
  const groups = groupCompoundKeys(filings, merges);
  const compoundByRoot = new Map<string, CompoundRecord>();
  const namesByRoot = new Map<string, string[]>();
  for (const f of filings) {
    for (const m of f.mentions.compounds) {
      const root = groups.get(compoundKey(m.name)) ?? compoundKey(m.name);
      namesByRoot.set(root, [...(namesByRoot.get(root) ?? []), ...m.mentions.map((x) => x.value), m.name]);
    }
  }
  for (const f of filings) {
    for (const m of f.mentions.compounds) {
      const root = groups.get(compoundKey(m.name)) ?? compoundKey(m.name);
      let c = compoundByRoot.get(root);
      if (!c) {
        const names = namesByRoot.get(root) ?? [m.name];
        const lowerFirst = names.filter((n) => !/^[A-Z][a-z]/.test(n));
        const name = mostFrequent(lowerFirst.length ? lowerFirst : names);
        c = {
          id: slugs.take(name),
          name,
          aliases: [],
          modality: null,
          antibody: null,
          payload: null,
          target: null,
          indications: [],
          description: null,
          owner: null,
          facts: [],
          timeline: [],
          filings: [],
          companies: [],
          trials: [],
        };
        compoundByRoot.set(root, c);
      }
      const record = c;
      for (const v of m.variants) if (v !== record.name && !record.aliases.includes(v)) record.aliases.push(v);
      const setOnce = (
        field: 'modality' | 'antibody' | 'payload' | 'target',
        label: string,
        s: Sourced<string> | null,
      ) => {
        if (!s) return;
        record[field] ??= s.value;
        record.facts.push(factOf(f, label, s.value, s));
      };
      setOnce('modality', 'Modality', m.modality);
      setOnce('antibody', 'Antibody', m.antibody);
      setOnce('payload', 'Payload', m.payload);
      setOnce('target', 'Target', m.target);
      for (const i of m.indications) {
        if (!record.indications.includes(i.value)) record.indications.push(i.value);
        record.facts.push(factOf(f, 'Indication', i.value, i));
      }
      for (const d of m.developers) {
        const company = companyNamed(f, d.value);
        if (!record.companies.includes(company.id)) record.companies.push(company.id);
        if (!company.compounds.includes(record.id)) company.compounds.push(record.id);
        record.facts.push(factOf(f, 'Developed by', company.name, d));
      }
      if (!record.filings.includes(f.id)) record.filings.push(f.id);
      record.timeline.push({
        filing: f.id,
        date: filingDate(f),
        title: filingTitle(f),
        said: m.mentions.slice(0, 3).map((s) => ({ text: s.sentence, anchor: s.sentenceId })),
        events: eventsOf(m.mentions.map((s) => s.sentence)),
      });
      link(f.id, 'compounds', record.id);
    }
  }
  const compoundNamed = (name: string): CompoundRecord | undefined =>
    compoundByRoot.get(groups.get(compoundKey(name)) ?? compoundKey(name));

  // Trials
  const trials = new Map<string, TrialRecord>();
  for (const f of filings) {
    const registrant = f.mentions.companies.find((c) => c.role === 'registrant');
    for (const t of f.mentions.trials) {
      const compound = compoundNamed(t.compound);
      if (!compound) continue;
      const key = `${compound.id}|${t.phase}|${t.indication.toLowerCase()}`;
      let trial = trials.get(key);
      if (!trial) {
        trial = {
          id: slugs.take(
            `${compound.name} ${phaseLabel(t.phase)} ${t.indication === 'unspecified' ? '' : t.indication}`,
          ),
          title: trialTitle({ ...t, compound: compound.name }),
          phase: t.phase,
          phaseLabel: phaseLabel(t.phase),
          indication: t.indication,
          design: [],
          objective: null,
          schedule: null,
          sites: [],
          investigators: [],
          enrolment: null,
          doseLevels: null,
          status: [],
          presentations: [],
          nct: null,
          description: null,
          facts: [],
          timeline: [],
          filings: [],
          compound: compound.id,
          companies: [],
        };
        trials.set(key, trial);
      }
      const record = trial;
      const fact = (label: string, value: string, s: Sourced<unknown>) => record.facts.push(factOf(f, label, value, s));
      for (const d of t.design) {
        if (!record.design.includes(d.value)) record.design.push(d.value);
        fact('Design', d.value, d);
      }
      if (t.objective) {
        record.objective ??= t.objective.value;
        fact('Objective', t.objective.value, t.objective);
      }
      if (t.schedule) {
        record.schedule ??= t.schedule.value;
        fact('Schedule', t.schedule.value, t.schedule);
      }
      for (const s of t.sites) {
        if (!record.sites.some((x) => x.name === s.value.name)) record.sites.push(s.value);
        fact('Site', s.value.location ? `${s.value.name}, ${s.value.location}` : s.value.name, s);
      }
      for (const p of t.investigators) {
        if (!record.investigators.some((x) => x.name === p.value.name)) record.investigators.push(p.value);
        fact(p.value.role, p.value.name, p);
      }
      if (t.enrolment) {
        record.enrolment = t.enrolment.value; // the latest filing says the latest count
        fact('Patients dosed or enrolled', String(t.enrolment.value), t.enrolment);
      }
      if (t.doseLevels) {
        record.doseLevels = t.doseLevels.value;
        fact('Dose levels', t.doseLevels.value, t.doseLevels);
      }
      for (const s of t.status) {
        record.status.push({ value: s.value, date: filingDate(f), filing: f.id, anchor: s.sentenceId });
        fact('Status', s.value, s);
      }
      for (const p of t.presentations) {
        if (!record.presentations.includes(p.value)) record.presentations.push(p.value);
        fact('Presented at', p.value, p);
      }
      record.filings = uniq([...record.filings, f.id]);
      record.companies = uniq([...record.companies, ...compound.companies]);
      if (registrant) record.companies = uniq([...record.companies, companyNamed(f, registrant.name).id]);
      record.timeline.push({
        filing: f.id,
        date: filingDate(f),
        title: filingTitle(f),
        said: t.sentences.slice(0, 4).map((s) => ({ text: s.sentence, anchor: s.sentenceId })),
        events: eventsOf([...t.sentences, ...t.status, ...t.presentations].map((s) => s.sentence)),
      });
      compound.trials = uniq([...compound.trials, record.id]);
      link(f.id, 'trials', record.id);
    }
  }
  for (const trial of trials.values()) {
    for (const id of trial.companies) {
      const company = companies.get(id);
      if (company && !company.trials.includes(trial.id)) company.trials.push(trial.id);
    }
  }

  // Company timelines and the registrant's compounds
  const byId = new Map(filings.map((f) => [f.id, f]));
  for (const company of companies.values()) {
    for (const filingId of company.filings) {
      const f = byId.get(filingId);
      if (!f) continue;
      if (f.mentions.companies.some((m) => m.role === 'registrant' && companyNamed(f, m.name) === company)) {
        for (const id of links.get(filingId)?.compounds ?? [])
          if (!company.compounds.includes(id)) company.compounds.push(id);
      }
      const said = company.facts.filter((x) => x.filing === f.id).map((x) => ({ text: x.sentence, anchor: x.anchor }));
      company.timeline.push({
        filing: f.id,
        date: filingDate(f),
        title: filingTitle(f),
        said,
        events: eventsOf(said.map((s) => s.text)),
      });
    }
  }
  for (const compound of compoundByRoot.values()) {
    for (const companyId of compound.companies) {
      const company = companies.get(companyId);
      if (company && !company.compounds.includes(compound.id)) company.compounds.push(compound.id);
    }
  }
  const compoundById = new Map([...compoundByRoot.values()].map((c) => [c.id, c]));
  for (const company of companies.values()) {
    for (const compoundId of company.compounds) {
      const compound = compoundById.get(compoundId);
      if (compound && !compound.companies.includes(company.id)) compound.companies.push(company.id);
    }
  }

  linkAmendments(filings, links);

  return {
    companies: [...companies.values()],
    compounds: [...compoundByRoot.values()],
    trials: [...trials.values()],
    links,
  };
}
