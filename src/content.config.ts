/**
 * The site's collections. One loader (src/loaders/) reads the filings folder
 * and fills all of them; these schemas validate what it hands over.
 */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { filingDigestLoaders } from './loaders/filing-digest.js';

const loaders = filingDigestLoaders({
  dir: process.env.FILINGS_DIR || 'filings',
  contentDir: process.env.CONTENT_DIR || 'content',
});

const nullableString = z.string().nullable();

const problem = z.object({
  severity: z.enum(['error', 'warning']),
  file: z.string(),
  line: z.number().int().positive().optional(),
  message: z.string(),
});

const filings = defineCollection({
  loader: loaders.filings,
  schema: z.object({
    id: z.string(),
    sourceDigest: z.string(),
    title: z.string(),
    date: nullableString,
    accession: nullableString,
    sourceFiles: z.array(z.string()).min(1),
    form: nullableString,
    formFamily: z.string(),
    filedDate: nullableString,
    dateOfReport: nullableString,
    pressReleaseDate: nullableString,
    registrant: z.object({
      name: nullableString,
      state: nullableString,
      fileNumber: nullableString,
      irsNumber: nullableString,
      address: nullableString,
      phone: nullableString,
      cik: nullableString,
      sic: nullableString,
      formerNames: z.array(z.string()),
      coRegistrants: z.array(z.object({ name: z.string(), cik: nullableString })),
    }),
    /** Items' numbers and titles; their text and the press contacts are read by the filing's own page from its cache file (src/lib/parse-cache.ts). */
    items: z.array(z.object({ number: z.string(), title: z.string() })),
    exhibits: z.array(z.object({ number: z.string(), description: z.string(), blockId: nullableString })),
    signature: z
      .object({ registrant: nullableString, name: z.string(), title: nullableString, date: nullableString })
      .nullable(),
    pressRelease: z
      .object({
        headline: nullableString,
        subheadline: nullableString,
        dateline: z.object({ place: nullableString, date: nullableString }).nullable(),
      })
      .nullable(),
    amends: z.object({ form: nullableString, filedDate: nullableString, sentenceId: nullableString }).nullable(),
    /** The filing's cache file: its text blocks, items and contacts, read by its own page only (src/lib/parse-cache.ts). */
    textFile: z.string(),
    keyFacts: z.array(z.object({ text: z.string(), sentenceId: z.string() })),
    problems: z.array(problem),
    companies: z.array(reference('companies')),
    compounds: z.array(reference('compounds')),
    trials: z.array(reference('trials')),
    /** The filing this amendment amends, and the amendments of this filing, where found. */
    amendsFiling: reference('filings').nullable(),
    amendedBy: z.array(reference('filings')),
  }),
});

const companies = defineCollection({
  loader: loaders.companies,
  schema: z.object({
    id: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    formerNames: z.array(z.string()),
    cik: nullableString,
    roles: z.array(z.enum(['registrant', 'co-registrant', 'partner'])),
    parent: nullableString,
    state: nullableString,
    address: nullableString,
    phone: nullableString,
    fileNumber: nullableString,
    irsNumber: nullableString,
    description: nullableString,
    /** Its facts and timeline, read by its page and feed only: kept out of the store (src/lib/entity-history.ts). */
    historyFile: z.string(),
    filings: z.array(reference('filings')),
    compounds: z.array(reference('compounds')),
    trials: z.array(reference('trials')),
  }),
});

const compounds = defineCollection({
  loader: loaders.compounds,
  schema: z.object({
    id: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    modality: nullableString,
    antibody: nullableString,
    payload: nullableString,
    target: nullableString,
    indications: z.array(z.string()),
    description: nullableString,
    owner: reference('companies').nullable(),
    /** Its facts and timeline, read by its page and feed only: kept out of the store (src/lib/entity-history.ts). */
    historyFile: z.string(),
    filings: z.array(reference('filings')),
    companies: z.array(reference('companies')),
    trials: z.array(reference('trials')),
  }),
});

const trials = defineCollection({
  loader: loaders.trials,
  schema: z.object({
    id: z.string(),
    title: z.string(),
    phase: z.string(),
    phaseLabel: z.string(),
    indication: z.string(),
    design: z.array(z.string()),
    objective: nullableString,
    schedule: nullableString,
    sites: z.array(z.object({ name: z.string(), location: nullableString })),
    investigators: z.array(z.object({ name: z.string(), role: z.string() })),
    enrolment: z.number().int().nonnegative().nullable(),
    doseLevels: nullableString,
    status: z.array(z.object({ value: z.string(), date: nullableString, filing: z.string(), anchor: z.string() })),
    presentations: z.array(z.string()),
    nct: nullableString,
    description: nullableString,
    /** Its facts and timeline, read by its page and feed only: kept out of the store (src/lib/entity-history.ts). */
    historyFile: z.string(),
    filings: z.array(reference('filings')),
    compound: reference('compounds'),
    companies: z.array(reference('companies')),
  }),
});

/** One entry per file in the filings folder: what became of it (the build report). */
const sources = defineCollection({
  loader: loaders.sources,
  schema: z.object({
    file: z.string(),
    outcome: z.enum(['published', 'rejected', 'duplicate', 'curation']),
    filing: nullableString,
    bytes: z.number().int().nonnegative(),
    encoding: nullableString,
    problems: z.array(problem),
  }),
});

export const collections = { filings, companies, compounds, trials, sources };
