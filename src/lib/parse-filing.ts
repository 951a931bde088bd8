/**
 * One filing's text → everything it yields: structure, entities, key facts.
 * Pure: a string in, a record out.
 */
import { keyFacts } from './digest.js';
import { extractCompanies } from './entities/companies.js';
import { extractCompounds } from './entities/compounds.js';
import { slugify } from './entities/names.js';
import { readableSentences } from './entities/sentences.js';
import { extractTrials } from './entities/trials.js';
import { readStructure } from './structure/index.js';
import { textToBlocks } from './text/blocks.js';
import type { ParsedFiling, Problem } from './types.js';

export interface FilingSource {
  /** The file's path relative to the filings folder. */
  fileName: string;
  text: string;
}

/** A filing's id: its accession number when known, else a slug of its file name. */
export function filingId(fileName: string, accession?: string | null): string {
  if (accession) return accession;
  return slugify(fileName.replace(/\.[a-z0-9]+$/i, ''));
}

export function parseFiling(source: FilingSource): ParsedFiling {
  const problems: Problem[] = [];
  const blocks = textToBlocks(source.text);
  const structure = readStructure(blocks);
  const sentences = readableSentences(blocks);
  const compounds = extractCompounds(sentences);
  // "the Company's compound" names the registrant.
  for (const c of compounds) {
    for (const d of c.developers)
      if (/^(?:the )?company$/i.test(d.value)) d.value = structure.registrant.name ?? d.value;
  }
  const developers = compounds.flatMap((c) => c.developers.map((d) => d.value));
  const companies = extractCompanies(structure.registrant.name, sentences, developers);
  const trials = extractTrials(sentences, compounds);

  if (!structure.form)
    problems.push({
      severity: 'warning',
      file: source.fileName,
      line: 1,
      message: 'no form type found on the cover page',
    });
  if (!structure.registrant.name)
    problems.push({ severity: 'warning', file: source.fileName, message: 'no registrant name found' });
  if (!structure.dateOfReport && !structure.pressRelease?.dateline?.date) {
    problems.push({
      severity: 'warning',
      file: source.fileName,
      message: 'no date of report or press-release date found',
    });
  }

  const pressReleaseDate = structure.pressRelease?.dateline?.date ?? null;
  const filing: ParsedFiling = {
    id: filingId(source.fileName),
    sourceFiles: [source.fileName],
    form: structure.form,
    dateOfReport: structure.dateOfReport,
    pressReleaseDate: pressReleaseDate !== structure.dateOfReport ? pressReleaseDate : null,
    registrant: structure.registrant,
    items: structure.items,
    exhibits: structure.exhibits,
    signature: structure.signature,
    pressRelease: structure.pressRelease,
    blocks,
    mentions: { companies, compounds, trials },
    keyFacts: [],
    problems,
  };
  filing.keyFacts = keyFacts(filing);
  return filing;
}
