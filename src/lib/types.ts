/**
 * The data model shared by every stage of the pipeline. Plain types only:
 * the zod schemas that validate these records for Astro live in
 * `src/content.config.ts`.
 */

/** Where in the filing's text a block sits, for anchors and for the reader. */
export const SECTION_KINDS = [
  'cover',
  'item',
  'signature',
  'exhibit-index',
  'exhibit',
  'letterhead',
  'press-release',
  'about',
  'forward-looking',
  'other',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export const BLOCK_KINDS = ['heading', 'paragraph', 'list-item', 'table-row'] as const;

/** One sentence of a block, with a stable anchor on the filing page. */
export interface Sentence {
  id: string;
  text: string;
}

/** A paragraph-sized piece of the filing's text, in reading order. */
export interface Block {
  id: string;
  kind: (typeof BLOCK_KINDS)[number];
  text: string;
  /** 1-based line in the source file where the block starts. */
  line: number;
  section: SectionKind;
  sentences: Sentence[];
}

/** A value found in the text, with the sentence it came from. */
export interface Sourced<T> {
  value: T;
  sentenceId: string;
  sentence: string;
}

export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  message: string;
}

export interface Registrant {
  name: string | null;
  state: string | null;
  fileNumber: string | null;
  irsNumber: string | null;
  address: string | null;
  phone: string | null;
  cik: string | null;
  /** Standard Industrial Classification, from the EDGAR header. */
  sic: string | null;
  formerNames: string[];
  /** Other registrants of a combined filing (one cover, several companies). */
  coRegistrants: { name: string; cik: string | null }[];
}

export interface Item {
  /** As numbered in the filing: "8.01", or "5" under the pre-2004 numbering. */
  number: string;
  /** The official title of the item number, or the filing's own heading. */
  title: string;
  text: string;
  blockIds: string[];
}

export interface Exhibit {
  number: string;
  description: string;
  /** The first block of the exhibit's own text, when the filing includes it. */
  blockId: string | null;
}

/** One document of a filing (a file, or a <DOCUMENT> of an EDGAR submission). */
export interface FilingDocument {
  type: string | null;
  filename: string | null;
  description: string | null;
  format: 'text' | 'html';
  /** The first block of the document; null when it has no readable text. */
  blockId: string | null;
}

export interface Signature {
  registrant: string | null;
  name: string;
  title: string | null;
  date: string | null;
}

export interface Contact {
  role: string | null;
  name: string | null;
  organization: string | null;
  phone: string | null;
  email: string | null;
  text: string;
}

export interface AboutSection {
  title: string;
  text: string;
  blockIds: string[];
}

export interface PressRelease {
  headline: string | null;
  subheadline: string | null;
  dateline: { place: string | null; date: string | null } | null;
  body: string;
  bodyBlockIds: string[];
  about: AboutSection[];
  forwardLooking: string | null;
  contacts: Contact[];
}

export type Modality =
  | 'antibody-drug conjugate'
  | 'antibody'
  | 'small molecule'
  | 'gene therapy'
  | 'cell therapy'
  | 'RNA'
  | 'vaccine'
  | 'peptide'
  | 'protein';

export interface CompanyMention {
  name: string;
  /** A co-registrant signs a combined filing beside the registrant. */
  role: 'registrant' | 'co-registrant' | 'partner';
  /** The EDGAR CIK when the header gives it. */
  cik?: string | null;
  formerNames: string[];
  parent: string | null;
  source: Sourced<string> | null;
}

export interface CompoundMention {
  /** The form used most often in this filing. */
  name: string;
  /** Every spelling seen in this filing, the name included. */
  variants: string[];
  modality: Sourced<Modality> | null;
  antibody: Sourced<string> | null;
  payload: Sourced<string> | null;
  target: Sourced<string> | null;
  indications: Sourced<string>[];
  developers: Sourced<string>[];
  /** Sentences that name the compound, in order (first few). */
  mentions: Sourced<string>[];
}

export interface Person {
  name: string;
  role: string;
}

export interface Site {
  name: string;
  location: string | null;
}

export type TrialStatus = 'planned' | 'initiated' | 'enrolling' | 'ongoing' | 'completed' | 'data presented';

export interface TrialMention {
  compound: string;
  /** Normalised: "1", "1b", "1/2", "2", "2a", "3", "pivotal". */
  phase: string;
  indication: string;
  /** The indication as the text words it. */
  indicationText: string;
  design: Sourced<string>[];
  objective: Sourced<string> | null;
  schedule: Sourced<string> | null;
  sites: Sourced<Site>[];
  investigators: Sourced<Person>[];
  enrolment: Sourced<number> | null;
  doseLevels: Sourced<string> | null;
  status: Sourced<TrialStatus>[];
  presentations: Sourced<string>[];
  /** Every sentence taken as speaking of this trial. */
  sentences: Sourced<string>[];
}

/** A key fact of a filing, shown as a bullet in its digest. */
export interface KeyFact {
  text: string;
  sentenceId: string;
}

export interface Mentions {
  companies: CompanyMention[];
  compounds: CompoundMention[];
  trials: TrialMention[];
}

/** What an amendment (a form ending in "/A") says it amends. */
export interface Amendment {
  /** The amended form ("8-K"). */
  form: string | null;
  /** The filing date of the amended filing, when the text gives it. */
  filedDate: string | null;
  sentenceId: string | null;
}

/** Everything one filing yields, before it meets the other filings. */
export interface ParsedFiling {
  id: string;
  accession: string | null;
  sourceFiles: string[];
  form: string | null;
  /** "8-K", "6-K", "10-Q", "10-K" or "other"; amendments belong to their form's family. */
  formFamily: string;
  filedDate: string | null;
  dateOfReport: string | null;
  pressReleaseDate: string | null;
  registrant: Registrant;
  items: Item[];
  exhibits: Exhibit[];
  signature: Signature | null;
  pressRelease: PressRelease | null;
  /** Set on amendments: what the filing says it amends. */
  amends: Amendment | null;
  documents: FilingDocument[];
  blocks: Block[];
  /** What this filing names; `resolve` turns mentions across filings into entities. */
  mentions: Mentions;
  keyFacts: KeyFact[];
  problems: Problem[];
}

/** A press release without its text: what pages other than the filing's own show of it. */
export type PressReleaseSummary = Pick<PressRelease, 'headline' | 'subheadline' | 'dateline' | 'contacts'>;

/**
 * A filing without its text blocks (and with each item's text cut to its
 * first paragraphs): what entity resolution and every page but the filing's
 * own need. The blocks stay on disk, one file per filing (parse-cache.ts).
 */
export interface FilingSummary extends Omit<ParsedFiling, 'blocks' | 'pressRelease'> {
  pressRelease: PressReleaseSummary | null;
}
