import { describe, expect, it } from 'vitest';
import { readSample, SAMPLE_2005 } from '../../test/samples.js';
import { buildCorpus, digestBytes, type FilingRecord, type InputFile, MAX_FILE_BYTES } from './corpus.js';

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
    expect(note?.problems.map((p) => p.message)).toContain('no form type found on the cover page');
    expect(note?.blocks[0]?.text).toBe('Hello alert(1) world.');
  });

  it('takes an unchanged file from the cache instead of parsing it again', () => {
    const first = buildCorpus([file('a.txt', sample)]);
    expect(first.parsed).toBe(1);
    const cached = first.filings[0] as FilingRecord;
    const second = buildCorpus([file('a.txt', sample)], (name, digest) =>
      name === 'a.txt' && digest === cached.sourceDigest ? cached : undefined,
    );
    expect(second.parsed).toBe(0);
    expect(second.filings[0]).toBe(cached);
    expect(second.resolved.compounds.map((c) => c.name)).toEqual(first.resolved.compounds.map((c) => c.name));
    // A changed file is parsed again.
    expect(digestBytes(new TextEncoder().encode(`${sample}\n`))).not.toBe(cached.sourceDigest);
  });
});
