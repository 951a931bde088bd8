/**
 * Editors' corrections in content/: small YAML files (or Markdown with YAML
 * front matter, its body the description) that merge names into one
 * compound, add aliases and descriptions, set a compound's owner, hide a
 * false positive, or give a trial its NCT number. Validated with zod; each
 * error names the file, the line where it can, the field and what is wrong.
 * Applied to the resolved entities on every build, so they survive
 * rebuilds and new filings.
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { companyKey, compoundKey } from './entities/names.js';
import type { FilingLinks, Resolved } from './resolve.js';
import type { Problem } from './types.js';

const name = z.string().trim().min(1, 'must not be empty');
const compoundName = name.refine((n) => compoundKey(n) !== '', 'must hold letters or digits');
const companyName = name.refine(
  (n) => companyKey(n) !== '',
  'must be more than a company suffix ("Inc.", "The Company")',
);
/** A phase written as YAML likes it: 1 or "1b". */
const phase = z
  .union([z.string(), z.number()])
  .transform((p) => String(p).trim().toLowerCase())
  .pipe(
    z
      .string()
      .regex(
        /^(?:[1-4][ab]?(?:\/[1-4][ab]?)?|pivotal|unknown)$/,
        'must be a phase such as 1, 1b, 1/2, 3, pivotal or unknown',
      ),
  );
const names = z.array(name).default([]);

export const CompoundCorrection = z
  .object({
    /** Any name the compound goes by in the filings. */
    name: compoundName,
    /** Other names that are the same compound ("QX-1701", "velostat"). */
    merge: names,
    /** Names to show and search by, that the filings may not use. */
    aliases: names,
    description: z.string().trim().min(1).optional(),
    /** The company that owns it, by name. */
    owner: companyName.optional(),
    /** A false positive: not a compound at all. */
    hide: z.boolean().default(false),
  })
  .strict();

export const CompanyCorrection = z
  .object({
    name: companyName,
    aliases: names,
    description: z.string().trim().min(1).optional(),
    hide: z.boolean().default(false),
  })
  .strict();

export const TrialCorrection = z
  .object({
    /** The trial's compound (any of its names) and phase ("1", "1/2", "3", "unknown"). */
    compound: compoundName,
    phase,
    /** Narrows the match when a compound has several trials in one phase. */
    indication: name.optional(),
    nct: z
      .string()
      .trim()
      .regex(/^NCT\d{8}$/, 'must be a ClinicalTrials.gov number: NCT and 8 digits')
      .optional(),
    description: z.string().trim().min(1).optional(),
    hide: z.boolean().default(false),
  })
  .strict();

/** The forms a digest of press releases and events reads best; `forms: []` follows every form. */
export const DEFAULT_FOLLOW_FORMS = ['8-K', '8-K/A', '6-K'];

/** A company whose new filings `npm run sync` fetches from EDGAR. */
export const FollowEntry = z
  .object({
    cik: z
      .union([
        z.number().int().positive().max(9_999_999_999, 'must be up to 10 digits'),
        z
          .string()
          .trim()
          .regex(/^\d{1,10}$/, 'must be up to 10 digits'),
      ])
      .transform((cik) => String(cik).replace(/^0+/, ''))
      .refine((cik) => cik !== '', 'must not be zero'),
    /** For the editor's eyes and the sync's messages. */
    name: name.optional(),
    forms: z.array(z.string().trim().min(1).toUpperCase()).default(DEFAULT_FOLLOW_FORMS),
    /** Filed on or after this day (YAML may read it as a date). */
    since: z
      .union([z.date().transform((d) => d.toISOString().slice(0, 10)), z.string().trim()])
      .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2024-01-31'))
      .optional(),
  })
  .strict();

export const CurationFile = z
  .object({
    compounds: z.array(CompoundCorrection).default([]),
    companies: z.array(CompanyCorrection).default([]),
    trials: z.array(TrialCorrection).default([]),
    follow: z.array(FollowEntry).default([]),
  })
  .strict();

/** A Markdown file holds one correction: its `type` in front matter, its body the description. */
const MarkdownCorrection = z.discriminatedUnion('type', [
  CompoundCorrection.extend({ type: z.literal('compound') }),
  CompanyCorrection.extend({ type: z.literal('company') }),
  TrialCorrection.extend({ type: z.literal('trial') }),
]);

/** Each correction remembers the file it came from, for the problems it causes. */
type FromFile<T> = T & { file?: string };
export interface Curation {
  compounds: FromFile<z.output<typeof CompoundCorrection>>[];
  companies: FromFile<z.output<typeof CompanyCorrection>>[];
  trials: FromFile<z.output<typeof TrialCorrection>>[];
  follow: FromFile<z.output<typeof FollowEntry>>[];
}

export const emptyCuration = (): Curation => ({ compounds: [], companies: [], trials: [], follow: [] });

/** Reads every file of content/ (README files are documentation, not corrections). */
export function readCuration(files: { name: string; text: string }[]): { curation: Curation; problems: Problem[] } {
  const curation = emptyCuration();
  const problems: Problem[] = [];
  for (const file of files) {
    if (/(?:^|\/)README\.md$/i.test(file.name)) continue;
    const isMarkdown = /\.(?:md|markdown)$/i.test(file.name);
    if (!isMarkdown && !/\.ya?ml$/i.test(file.name)) {
      problems.push({ severity: 'warning', file: file.name, message: 'not a YAML or Markdown file: ignored' });
      continue;
    }
    const front = isMarkdown ? /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(file.text) : null;
    if (isMarkdown && !front) {
      problems.push({ severity: 'error', file: file.name, line: 1, message: 'no YAML front matter (--- … ---)' });
      continue;
    }
    const yamlText = front ? (front[1] ?? '') : file.text;
    const lineOffset = front ? 1 : 0;
    const lineCounter = new LineCounter();
    const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
    if (doc.errors.length) {
      for (const error of doc.errors) {
        const line = lineCounter.linePos(error.pos[0]).line + lineOffset;
        problems.push({ severity: 'error', file: file.name, line, message: `YAML: ${error.message.split('\n')[0]}` });
      }
      continue;
    }
    const data = doc.toJS() ?? {};
    const description = front?.[2]?.trim();
    const parsed = isMarkdown
      ? MarkdownCorrection.safeParse(description && !data.description ? { ...data, description } : data)
      : CurationFile.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
        const line = node?.range ? lineCounter.linePos(node.range[0]).line + lineOffset : undefined;
        const field = path.length ? path.join('.') : '(file)';
        problems.push({ severity: 'error', file: file.name, line, message: `${field}: ${issue.message}` });
      }
      continue;
    }
    const value = parsed.data;
    const file_ = { file: file.name };
    if ('type' in value) {
      const { type, ...correction } = value;
      if (type === 'compound') curation.compounds.push({ ...(correction as Curation['compounds'][number]), ...file_ });
      else if (type === 'company')
        curation.companies.push({ ...(correction as Curation['companies'][number]), ...file_ });
      else curation.trials.push({ ...(correction as Curation['trials'][number]), ...file_ });
    } else {
      curation.compounds.push(...value.compounds.map((c) => ({ ...c, ...file_ })));
      curation.companies.push(...value.companies.map((c) => ({ ...c, ...file_ })));
      curation.trials.push(...value.trials.map((c) => ({ ...c, ...file_ })));
      curation.follow.push(...value.follow.map((c) => ({ ...c, ...file_ })));
    }
  }
  return { curation, problems };
}

/** Groups of compound names that editors say are one compound: fed to resolution before it merges spellings. */
export const compoundMerges = (curation: Curation): string[][] =>
  curation.compounds.filter((c) => c.merge.length).map((c) => [c.name, ...c.merge]);

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

/**
 * Applies descriptions, aliases, owners, NCT numbers and hidden entities to
 * the resolved data. A correction that matches nothing is reported, so an
 * editor sees a typo instead of a silent no-op.
 */
export function applyCuration(resolved: Resolved, curation: Curation): Problem[] {
  const problems: Problem[] = [];
  const unmatched = (fix: { file?: string }, what: string) =>
    problems.push({
      severity: 'warning',
      file: fix.file ?? 'content/',
      message: `${what}: matches nothing on the site`,
    });

  const compoundNamed = (n: string) =>
    resolved.compounds.find((c) => [c.name, ...c.aliases].some((x) => compoundKey(x) === compoundKey(n)));
  const companyNamed = (n: string) =>
    resolved.companies.find((c) =>
      [c.name, ...c.aliases, ...c.formerNames].some((x) => companyKey(x) === companyKey(n)),
    );

  const hiddenCompounds = new Set<string>();
  const hiddenCompanies = new Set<string>();
  const hiddenTrials = new Set<string>();

  for (const fix of curation.companies) {
    const company = companyNamed(fix.name);
    if (!company) {
      unmatched(fix, `company "${fix.name}"`);
      continue;
    }
    company.aliases = uniq([...company.aliases, ...fix.aliases.filter((a) => a !== company.name)]);
    if (fix.description) company.description = fix.description;
    if (fix.hide) hiddenCompanies.add(company.id);
  }

  for (const fix of curation.compounds) {
    const compound = compoundNamed(fix.name) ?? fix.merge.map(compoundNamed).find(Boolean);
    if (!compound) {
      unmatched(fix, `compound "${fix.name}"`);
      continue;
    }
    compound.aliases = uniq(
      [...compound.aliases, ...fix.merge, ...fix.aliases, fix.name].filter((a) => a !== compound.name),
    );
    if (fix.description) compound.description = fix.description;
    if (fix.hide) hiddenCompounds.add(compound.id);
    if (fix.owner) {
      const owner = companyNamed(fix.owner);
      if (!owner) {
        unmatched(fix, `owner "${fix.owner}" of compound "${fix.name}"`);
        continue;
      }
      compound.owner = owner.id;
      compound.companies = uniq([owner.id, ...compound.companies]);
      owner.compounds = uniq([...owner.compounds, compound.id]);
    }
  }

  for (const fix of curation.trials) {
    const compound = compoundNamed(fix.compound);
    const trial = resolved.trials.find(
      (t) =>
        t.compound === compound?.id &&
        t.phase === fix.phase &&
        (!fix.indication || t.indication.toLowerCase() === fix.indication.toLowerCase()),
    );
    if (!trial) {
      unmatched(fix, `trial of "${fix.compound}" in phase ${fix.phase}${fix.indication ? ` (${fix.indication})` : ''}`);
      continue;
    }
    if (fix.nct) trial.nct = fix.nct;
    if (fix.description) trial.description = fix.description;
    if (fix.hide) hiddenTrials.add(trial.id);
  }

  // Facts that name a hidden company ("Developed by …", "Named as a partner") go with it.
  const hiddenNames = new Set(
    resolved.companies
      .filter((c) => hiddenCompanies.has(c.id))
      .flatMap((c) => [c.name, ...c.aliases, ...c.formerNames].map(companyKey)),
  );
  const keepFact = (f: { value: string }) => !hiddenNames.has(companyKey(f.value));
  for (const r of [...resolved.companies, ...resolved.compounds, ...resolved.trials])
    r.facts = r.facts.filter(keepFact);
  // A hidden compound takes its trials with it; hidden entities vanish from every link.
  for (const t of resolved.trials) if (hiddenCompounds.has(t.compound)) hiddenTrials.add(t.id);
  resolved.compounds = resolved.compounds.filter((c) => !hiddenCompounds.has(c.id));
  resolved.companies = resolved.companies.filter((c) => !hiddenCompanies.has(c.id));
  resolved.trials = resolved.trials.filter((t) => !hiddenTrials.has(t.id));
  const drop = (ids: string[], hidden: Set<string>) => ids.filter((id) => !hidden.has(id));
  for (const c of resolved.companies) {
    c.compounds = drop(c.compounds, hiddenCompounds);
    c.trials = drop(c.trials, hiddenTrials);
  }
  for (const c of resolved.compounds) {
    c.companies = drop(c.companies, hiddenCompanies);
    c.trials = drop(c.trials, hiddenTrials);
    if (c.owner && hiddenCompanies.has(c.owner)) c.owner = null;
  }
  for (const t of resolved.trials) t.companies = drop(t.companies, hiddenCompanies);
  for (const l of resolved.links.values() as Iterable<FilingLinks>) {
    l.compounds = drop(l.compounds, hiddenCompounds);
    l.companies = drop(l.companies, hiddenCompanies);
    l.trials = drop(l.trials, hiddenTrials);
  }
  return problems;
}
