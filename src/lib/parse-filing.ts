/**
 * One filing's files → everything it yields: documents, structure, entities,
 * key facts. Pure: strings in, a record out. A filing is one file (plain
 * text, Markdown, HTML, an EDGAR submission) or several side by side (an
 * 8-K and its EX-99.1).
 */
import { keyFacts } from './digest.js';
import { extractCompanies } from './entities/companies.js';
import { extractCompounds } from './entities/compounds.js';
import { companyKey, slugify } from './entities/names.js';
import { readableSentences } from './entities/sentences.js';
import { extractTrials } from './entities/trials.js';
import { readAmendment } from './structure/amendment.js';
import { readStructure } from './structure/index.js';
import {
  isSubmission,
  looksLikeHtml,
  readHeader,
  readSubmission,
  type SecHeader,
  type SourceDocument,
} from './submission/sgml.js';
import { mdastToRawBlocks, numberBlocks, type RawBlock, textToRawBlocks } from './text/blocks.js';
import { readHtml } from './text/html.js';
import type { Exhibit, FilingDocument, ParsedFiling, Problem } from './types.js';
import { parseMonthDate } from './vocab/dates.js';
import { CURRENT_ITEMS, officialItemTitle } from './vocab/form8k-items.js';

export interface FilingSource {
  /** The file's path relative to the filings folder. */
  fileName: string;
  text: string;
}

/** An EDGAR accession number in a file name. */
export const ACCESSION = /\b(\d{10}-\d{2}-\d{6})\b/;

/** A filing's id: its accession number when known, else a slug of its (first) file name. */
export function filingId(fileName: string, accession?: string | null): string {
  if (accession) return accession;
  return slugify(fileName.replace(/\.[a-z0-9]+$/i, ''));
}

/** The family a form belongs to: "8-K/A" → "8-K". */
export function formFamily(form: string | null): string {
  const base = (form ?? '').toUpperCase().replace(/\/A$/, '');
  return ['8-K', '6-K', '10-Q', '10-K', '20-F', '40-F', 'S-1', 'DEF 14A'].includes(base) ? base : 'other';
}

/** A document's type from its file name when no <TYPE> says it: "…_ex99-1.htm" → "EX-99.1". */
export function typeFromName(name: string): string | null {
  const ex = /(?:^|[_.\-\s])ex[-_]?(\d{1,3})(?:[-_.](\d{1,2}))?(?=[_.\-\s]|$)/i.exec(name.replace(/\.[a-z0-9]+$/i, ''));
  if (ex?.[1]) return `EX-${ex[1]}${ex[2] ? `.${ex[2]}` : ''}`;
  return null;
}

interface Read {
  header: SecHeader | null;
  documents: (SourceDocument & { file: string })[];
  problems: Problem[];
}

function readFiles(sources: FilingSource[]): Read {
  const read: Read = { header: null, documents: [], problems: [] };
  for (const source of sources) {
    if (isSubmission(source.text)) {
      const submission = readSubmission(source.text);
      read.header ??= submission.header;
      for (const w of submission.warnings)
        read.problems.push({ severity: 'warning', file: source.fileName, line: w.line, message: w.message });
      for (const doc of submission.documents) {
        read.documents.push({ ...doc, type: doc.type ?? typeFromName(source.fileName), file: source.fileName });
      }
    } else {
      // Converters (Markdown renderings of a submission) keep the SEC header as "KEY: value" lines.
      read.header ??= headerInText(source.text);
      read.documents.push({
        type: typeFromName(source.fileName),
        sequence: null,
        filename: source.fileName,
        description: null,
        format: /\.(?:html?|xhtml|xml)$/i.test(source.fileName)
          ? 'html'
          : /\.(?:md|markdown|txt|text)$/i.test(source.fileName)
            ? 'text'
            : looksLikeHtml(source.text)
              ? 'html'
              : 'text',
        body: source.text,
        line: 1,
        file: source.fileName,
      });
    }
  }
  // The primary document first (its type is the form, or it is not an exhibit), exhibits after.
  const isExhibit = (d: SourceDocument) => /^EX-/i.test(d.type ?? '');
  read.documents.sort((a, b) => Number(isExhibit(a)) - Number(isExhibit(b)));
  return read;
}

/** An SEC header written out as text at the top of a converted file, or null. */
function headerInText(text: string): SecHeader | null {
  const top = text
    .slice(0, 8000)
    .replace(/^[ \t]*(?:[-+]|\d+\.)[ \t]+/gm, '')
    .replace(/[*`]/g, '');
  if (!/^\s*ACCESSION NUMBER:/m.test(top) || !/^\s*(?:CONFORMED SUBMISSION TYPE|FORM TYPE):/m.test(top)) return null;
  return readHeader(top);
}

function readDocument(doc: SourceDocument): { raw: RawBlock[]; dei: Record<string, string> } {
  if (doc.format === 'binary') return { raw: [], dei: {} };
  if (doc.format === 'text') return { raw: textToRawBlocks(doc.body, doc.line), dei: {} };
  const { tree, dei } = readHtml(doc.body);
  return { raw: mdastToRawBlocks(tree, doc.line), dei };
}

/** Item numbers from the header's ITEM INFORMATION titles, for filings whose text does not show them. */
function itemsFromHeader(header: SecHeader | null): { number: string; title: string }[] {
  const byTitle = new Map(Object.entries(CURRENT_ITEMS).map(([n, t]) => [t.toLowerCase(), n]));
  return (header?.items ?? []).flatMap((title) => {
    // Tag-style headers give the number ("2.02"), text headers the title.
    if (/^\d{1,2}(?:\.\d{2})?$/.test(title)) {
      const official = officialItemTitle(title);
      return official ? [{ number: title, title: official }] : [];
    }
    const number =
      byTitle.get(title.toLowerCase()) ?? [...byTitle].find(([t]) => t.startsWith(title.toLowerCase()))?.[1];
    return number ? [{ number, title: CURRENT_ITEMS[number] ?? title }] : [];
  });
}

export function parseFiling(input: FilingSource | FilingSource[]): ParsedFiling {
  const sources = Array.isArray(input) ? input : [input];
  const main = sources[0] as FilingSource;
  const read = readFiles(sources);
  const problems = read.problems;
  const header = read.header;

  // All documents' blocks in one numbering, remembering where each document starts.
  const raw: RawBlock[] = [];
  const starts: number[] = [];
  let dei: Record<string, string> = {};
  for (const [i, doc] of read.documents.entries()) {
    starts.push(raw.length);
    const read = readDocument(doc);
    if (i === 0) dei = read.dei;
    raw.push(...read.raw.filter((b) => b.text !== ''));
  }
  // Inline-XBRL cover facts stand in for the EDGAR header an HTML document lacks.
  const deiForm = /^[A-Z0-9]{1,3}-[A-Z0-9]{1,3}(?:\/A)?$/i.test(dei.DocumentType ?? '') ? dei.DocumentType : null;
  const blocks = numberBlocks(raw);
  const docBlocks = read.documents.map((_, i) => blocks.slice(starts[i], starts[i + 1]));

  const releaseDoc = read.documents.findIndex((d) => /^EX-99/i.test(d.type ?? ''));
  const primary = docBlocks[0] ?? [];
  const release = releaseDoc > 0 ? docBlocks[releaseDoc] : undefined;
  const structure = readStructure(primary, release, header?.form ?? deiForm);
  // Other exhibits' text is part of the filing, not of the cover or items.
  docBlocks.forEach((list, i) => {
    if (i > 0 && i !== releaseDoc) for (const b of list) b.section = 'exhibit';
  });

  const documents: FilingDocument[] = read.documents
    .filter((d) => d.format !== 'binary')
    .map((d) => ({
      type: d.type,
      filename: d.filename,
      description: d.description,
      format: d.format === 'html' ? 'html' : 'text',
      blockId: docBlocks[read.documents.indexOf(d)]?.[0]?.id ?? null,
    }));
  const exhibits: Exhibit[] = structure.exhibits.map((e) => ({
    ...e,
    blockId: documents.find((d) => d.type?.toUpperCase() === `EX-${e.number}`)?.blockId ?? null,
  }));
  // A text filing carries its press release after the signature: that is the first EX-99's text.
  const releaseInline = release
    ? undefined
    : primary.find((b) => b.section === 'letterhead' || b.section === 'press-release');
  const firstRelease = exhibits.find((e) => e.number.startsWith('99'));
  if (releaseInline && firstRelease && !firstRelease.blockId) firstRelease.blockId = releaseInline.id;
  for (const d of documents) {
    const number = /^EX-(.+)$/i.exec(d.type ?? '')?.[1];
    if (number && !exhibits.some((e) => e.number === number)) {
      exhibits.push({ number, description: d.description ?? d.filename ?? `Exhibit ${number}`, blockId: d.blockId });
    }
  }

  const registrant = {
    ...structure.registrant,
    name: structure.registrant.name ?? header?.companyName ?? dei.EntityRegistrantName ?? null,
    state: structure.registrant.state ?? header?.stateOfIncorporation ?? null,
    fileNumber: structure.registrant.fileNumber ?? header?.fileNumber ?? null,
    irsNumber: structure.registrant.irsNumber ?? header?.irsNumber ?? null,
    address: structure.registrant.address ?? header?.businessAddress ?? null,
    phone: structure.registrant.phone ?? header?.businessPhone ?? null,
    cik:
      header?.cik ??
      (/^\d{1,10}$/.test(dei.EntityCentralIndexKey ?? '') ? dei.EntityCentralIndexKey?.padStart(10, '0') : null) ??
      null,
    sic: header?.sic ?? null,
    formerNames: header?.formerNames ?? [],
    coRegistrants: header?.filers.length ? header.filers.slice(1) : structure.registrant.coRegistrants,
  };
  const items = structure.items.length
    ? structure.items
    : itemsFromHeader(header).map((i) => ({ ...i, text: '', blockIds: [] }));

  const sentences = readableSentences(blocks);
  // The registrant's own name is never one of its products.
  const ownNames = new Set(
    [registrant.name, registrant.name?.split(/[\s,]+/)[0]].filter((n): n is string => !!n).map((n) => n.toLowerCase()),
  );
  const compounds = extractCompounds(sentences, ownNames);
  // "the Company's compound" names the registrant.
  for (const c of compounds) {
    for (const d of c.developers) if (/^(?:the )?company$/i.test(d.value)) d.value = registrant.name ?? d.value;
  }
  const developers = compounds.flatMap((c) => c.developers.map((d) => d.value));
  const companies = extractCompanies(registrant.name, sentences, developers).filter(
    (c) => !registrant.coRegistrants.some((r) => companyKey(r.name) === companyKey(c.name)),
  );
  for (const r of registrant.coRegistrants) {
    companies.push({ name: r.name, role: 'co-registrant', cik: r.cik, formerNames: [], parent: null, source: null });
  }
  const trials = extractTrials(sentences, compounds);

  const form = header?.form ?? deiForm ?? structure.form;
  if (!form)
    problems.push({
      severity: 'warning',
      file: main.fileName,
      line: 1,
      message: 'no form type found (no EDGAR header, no "FORM …" on a cover page)',
    });
  if (!registrant.name)
    problems.push({ severity: 'warning', file: main.fileName, message: 'no registrant name found' });
  const dateOfReport =
    structure.dateOfReport ?? header?.periodOfReport ?? parseMonthDate(dei.DocumentPeriodEndDate ?? '') ?? null;
  if (!dateOfReport && !structure.pressRelease?.dateline?.date && !header?.filedDate) {
    problems.push({
      severity: 'warning',
      file: main.fileName,
      message: 'no date found (date of report, filing date or dateline)',
    });
  }
  if (blocks.length === 0) problems.push({ severity: 'warning', file: main.fileName, message: 'no readable text' });

  const accession = header?.accession ?? ACCESSION.exec(sources.map((s) => s.fileName).join(' '))?.[1] ?? null;
  const pressReleaseDate = structure.pressRelease?.dateline?.date ?? null;
  const filing: ParsedFiling = {
    id: filingId(main.fileName, accession),
    accession,
    sourceFiles: sources.map((s) => s.fileName),
    form,
    formFamily: formFamily(form),
    filedDate: header?.filedDate ?? null,
    dateOfReport,
    pressReleaseDate: pressReleaseDate !== dateOfReport ? pressReleaseDate : null,
    registrant,
    items,
    exhibits,
    signature: structure.signature,
    pressRelease: structure.pressRelease,
    amends: readAmendment(primary, form),
    documents,
    blocks,
    mentions: { companies, compounds, trials },
    keyFacts: [],
    problems,
  };
  filing.keyFacts = keyFacts(filing);
  return filing;
}
