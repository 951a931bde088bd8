import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSample, SAMPLE_2005 } from '../../test/samples.js';
import { parseJob } from './corpus.js';
import {
  cacheFile,
  forStore,
  type KeptBlock,
  keepBlocks,
  pageBlocks,
  parseAndKeep,
  pruneParseCache,
  readSummary,
  summarize,
  textLine,
} from './parse-cache.js';

const job = { digest: 'a1b2c3', files: [{ fileName: 'sample.txt', text: readSample(SAMPLE_2005) }] };

describe('the parse cache', () => {
  it('keeps a summary without the text, and the text on the line after it, in one file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parse-cache-'));
    const full = parseJob(job);
    if (!full.ok) throw new Error(full.message);
    const kept = parseAndKeep(job, dir);
    if (!kept.ok) throw new Error(kept.message);
    expect(kept.record).toEqual(summarize(full.record));
    expect(kept.record).not.toHaveProperty('blocks');
    expect(kept.record.pressRelease).not.toHaveProperty('body');
    expect(kept.record.mentions.compounds.length).toBeGreaterThan(0);
    // What the filing's page shows of an item (its first paragraphs) stays in the summary.
    const item = full.record.items[0];
    expect(kept.record.items[0]?.text).toBe(item?.text.split('\n\n').slice(0, 3).join('\n\n'));
    // The text line keeps what the page shows of each block, without the ids its place gives.
    const kept2 = readFileSync(cacheFile(dir, 'a1b2c3'), 'utf8');
    expect(kept2.split('\n')).toHaveLength(2);
    const keptBlocks = JSON.parse(textLine(kept2)).blocks;
    expect(pageBlocks(keptBlocks)).toEqual(full.record.blocks.map(({ text: _text, ...b }) => b));
    expect(keptBlocks.map((b: KeptBlock) => b[3].join(' '))).toEqual(full.record.blocks.map((b) => b.text));
    expect(readSummary(dir, 'a1b2c3')).toEqual(kept.record);
    expect(readdirSync(dir)).toEqual(['a1b2c3.json']);
  });

  it('refuses to leave out ids that do not follow from the order', () => {
    const full = parseJob(job);
    if (!full.ok) throw new Error(full.message);
    const [first, second] = full.record.blocks;
    if (!first || !second) throw new Error('the sample has blocks');
    expect(() => keepBlocks([second, first])).toThrow(/out of order/);
  });

  it('reads nothing back from a missing, truncated or mislabelled file, or a text cut short, so the filing is parsed again', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parse-cache-'));
    expect(readSummary(dir, 'a1b2c3')).toBeUndefined();
    parseAndKeep(job, dir);
    const whole = readFileSync(cacheFile(dir, 'a1b2c3'), 'utf8');
    writeFileSync(cacheFile(dir, 'a1b2c3'), whole.slice(0, 100));
    expect(readSummary(dir, 'a1b2c3')).toBeUndefined();
    writeFileSync(cacheFile(dir, 'ffffff'), whole);
    expect(readSummary(dir, 'ffffff')).toBeUndefined();
    // The file is written in place (no rename): one cut short in its text by a stopped build is caught by its size.
    parseAndKeep(job, dir);
    expect(readSummary(dir, 'a1b2c3')).toBeDefined();
    writeFileSync(cacheFile(dir, 'a1b2c3'), whole.slice(0, -1));
    expect(readSummary(dir, 'a1b2c3')).toBeUndefined();
    // A file of the earlier layout (the summary alone, its text in another file) is parsed again.
    writeFileSync(cacheFile(dir, 'a1b2c3'), whole.slice(0, whole.indexOf('\n')));
    expect(readSummary(dir, 'a1b2c3')).toBeUndefined();
  });

  it('drops the files of filings gone from the folder and stray files (partial files of older builds)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parse-cache-'));
    parseAndKeep(job, dir);
    parseAndKeep({ ...job, digest: 'dddddd' }, dir);
    writeFileSync(path.join(dir, 'a1b2c3.json.123.partial'), '{');
    writeFileSync(path.join(dir, 'a1b2c3.text.json'), '{}'); // the earlier layout's text file
    expect(pruneParseCache(dir, new Set(['a1b2c3']))).toBe(3);
    expect(readdirSync(dir)).toEqual(['a1b2c3.json']);
    expect(pruneParseCache(path.join(dir, 'not-there'), new Set())).toBe(0);
  });

  it('reports a filing the parser cannot read as a result, and keeps nothing of it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parse-cache-'));
    // A file list the parser refuses (no file at all) stands for any parser failure.
    const result = parseAndKeep({ digest: 'eeeeee', files: [] }, dir);
    expect(result.ok).toBe(false);
    expect(existsSync(cacheFile(dir, 'eeeeee'))).toBe(false);
  });
  it("leaves out of the store record what only the filing's page shows, which its text line keeps", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parse-cache-'));
    const kept = parseAndKeep(job, dir);
    if (!kept.ok) throw new Error(kept.message);
    expect(kept.record.items[0]?.text).toBeTruthy();
    expect(kept.record.pressRelease?.contacts.length).toBeGreaterThan(0);
    const record = forStore(kept.record);
    expect(record).not.toHaveProperty('documents');
    expect(record.items).toEqual(kept.record.items.map(({ number, title }) => ({ number, title })));
    expect(record.pressRelease).not.toHaveProperty('contacts');
    expect(record.pressRelease?.headline).toBe(kept.record.pressRelease?.headline);
    const page = JSON.parse(textLine(readFileSync(cacheFile(dir, 'a1b2c3'), 'utf8')));
    expect(page.items).toEqual(kept.record.items);
    expect(page.contacts).toEqual(kept.record.pressRelease?.contacts);
    expect(textLine('{"no":"line break"}')).toBe('');
  });
});
