import { describe, expect, it } from 'vitest';
import { readSample, SAMPLE_2005 } from '../../test/samples.js';
import { buildCorpus, digestBytes, type FilingRecord, groupFiles, type InputFile, MAX_FILE_BYTES } from './corpus.js';

const file = (name: string, text: string | Uint8Array): InputFile => ({
  name,
  bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
});

describe('buildCorpus', () => {
  const sample = readSample(SAMPLE_2005);

  it('publishes every readable file and reports every other one with its reason', () => {
    const corpus = buildCorpus([
      file('a-sample.txt', sample),
      file('b-copy.txt', sample),
      file('empty.txt', ''),
      file('scan.pdf', '%PDF-1.7 binary'),
      file('huge.txt', new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41)),
      file('note.txt', 'Hello <script>alert(1)</script> world.'),
    ]);
    expect(corpus.sources.map((s) => [s.file, s.outcome])).toEqual([
      ['a-sample.txt', 'published'],
      ['b-copy.txt', 'duplicate'],
      ['empty.txt', 'rejected'],
      ['huge.txt', 'rejected'],
      ['note.txt', 'published'],
      ['scan.pdf', 'rejected'],
    ]);
    const reason = (name: string) => corpus.sources.find((s) => s.file === name)?.problems[0]?.message;
    expect(reason('b-copy.txt')).toBe('same bytes as a-sample.txt: published once, as a-sample.txt');
    expect(reason('empty.txt')).toBe('empty file');
    expect(reason('scan.pdf')).toMatch(/PDF/);
    expect(reason('huge.txt')).toMatch(/too large/);
    // A file with no recognisable form is published with a warning; inline tags are markup, their text is kept.
    const note = corpus.filings.find((f) => f.sourceFiles[0] === 'note.txt');
    expect(note?.problems.map((p) => p.message)).toContain(
      'no form type found (no EDGAR header, no "FORM …" on a cover page)',
    );
    expect(note?.blocks[0]?.text).toBe('Hello alert(1) world.');
  });

  it('takes an unchanged file from the cache instead of parsing it again', () => {
    const first = buildCorpus([file('a.txt', sample)]);
    expect(first.parsed).toBe(1);
    const cached = first.filings[0] as FilingRecord;
    const second = buildCorpus([file('a.txt', sample)], (names, digest) =>
      names.join() === 'a.txt' && digest === cached.sourceDigest ? cached : undefined,
    );
    expect(second.parsed).toBe(0);
    expect(second.filings[0]).toBe(cached);
    expect(second.resolved.compounds.map((c) => c.name)).toEqual(first.resolved.compounds.map((c) => c.name));
    // A changed file is parsed again.
    expect(digestBytes(new TextEncoder().encode(`${sample}\n`))).not.toBe(cached.sourceDigest);
  });
});

describe('groupFiles', () => {
  it('puts an exhibit beside its 8-K, and files of one accession number, into one filing', () => {
    const f = (name: string, text = '') => ({ name, text });
    const groups = groupFiles([
      f('acme_2024-01-05_8-K.htm'),
      f('acme_2024-01-05_8-K_ex99-1.htm'),
      f('0000000001-24-000002-ex99.txt'),
      f('0000000001-24-000002.txt'),
      f('other.txt'),
    ]).map((g) => g.map((x) => x.name));
    expect(groups).toEqual([
      ['acme_2024-01-05_8-K.htm', 'acme_2024-01-05_8-K_ex99-1.htm'],
      ['0000000001-24-000002.txt', '0000000001-24-000002-ex99.txt'],
      ['other.txt'],
    ]);
  });

  it('reads the press release of an exhibit file beside its 8-K', () => {
    const corpus = buildCorpus([
      file(
        'acme_8-K.txt',
        'FORM 8-K\n\nAcme Bio, Inc.\n\n(Exact name of registrant as specified in its charter)\n\nItem 8.01 Other Events\n\nAcme issued a release.\n\nSIGNATURES\n\n/s/ Jane Roe\n\nJane Roe, Chief Executive Officer\n',
      ),
      file(
        'acme_8-K_ex99-1.txt',
        'Acme Starts Trial\n\nBOSTON, MA, January 5, 2024 - Acme Bio, Inc. today announced the start of a Phase 2 study of AB-123 for the treatment of gout.\n',
      ),
    ]);
    expect(corpus.filings).toHaveLength(1);
    const filing = corpus.filings[0];
    expect(filing?.sourceFiles).toEqual(['acme_8-K.txt', 'acme_8-K_ex99-1.txt']);
    expect(filing?.pressRelease?.headline).toBe('Acme Starts Trial');
    expect(filing?.exhibits.map((e) => [e.number, e.blockId !== null])).toEqual([['99.1', true]]);
    expect(filing?.mentions.trials.map((t) => [t.compound, t.phase, t.indication])).toEqual([['AB-123', '2', 'gout']]);
  });
});

describe('two filings alike', () => {
  const cover = (accession: string, headline: string) =>
    `<SEC-DOCUMENT>${accession}.txt : 20240304
<SEC-HEADER>${accession}.hdr.sgml : 20240304
ACCESSION NUMBER:\t\t${accession}
CONFORMED SUBMISSION TYPE:\t8-K
FILED AS OF DATE:\t\t20240304
FILER:
\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tTWIN DAY THERAPEUTICS INC
\t\tCENTRAL INDEX KEY:\t\t\t0001234567
</SEC-HEADER>
<DOCUMENT>
<TYPE>8-K
<TEXT>
FORM 8-K

Date of Report (Date of earliest event reported): March 4, 2024

Twin Day Therapeutics, Inc.

(Exact name of registrant as specified in its charter)

Item 8.01 Other Events.

On March 4, 2024, Twin Day Therapeutics, Inc. issued a press release attached as Exhibit 99.1.
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99.1
<TEXT>
${headline}

BOSTON, MA -- March 4, 2024 -- Twin Day Therapeutics, Inc. today announced news.
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
`;
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('keeps two filings of one day apart when their accession numbers differ, even with the same wording', () => {
    const corpus = buildCorpus([
      { name: 'a.txt', bytes: bytes(cover('0001234567-24-000001', 'Twin Day Reports News')) },
      { name: 'b.txt', bytes: bytes(cover('0001234567-24-000002', 'Twin Day Reports News')) },
    ]);
    expect(corpus.filings.map((f) => f.accession).sort()).toEqual(['0001234567-24-000001', '0001234567-24-000002']);
    expect(corpus.sources.map((s) => s.outcome)).toEqual(['published', 'published']);
  });

  it('still takes the same accession number, or a rendering of the same release, for one filing', () => {
    const same = buildCorpus([
      { name: 'a.txt', bytes: bytes(cover('0001234567-24-000001', 'Twin Day Reports News')) },
      { name: 'copy.txt', bytes: bytes(`${cover('0001234567-24-000001', 'Twin Day Reports News')}\n`) },
    ]);
    expect(same.filings).toHaveLength(1);
    expect(new Set(same.sources.map((s) => s.filing))).toEqual(new Set([same.filings[0]?.id]));
  });
});
