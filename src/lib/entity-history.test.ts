import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepHistory, pruneHistories } from './entity-history.js';

const entity = (said: string) => ({
  id: 'acme',
  name: 'Acme',
  facts: [{ label: 'target', value: 'CD19', sentence: said, filing: 'f1', anchor: 's1', date: '2024-01-02' }],
  timeline: [
    { filing: 'f1', date: '2024-01-02', title: 'Acme news', said: [{ text: said, anchor: 's1' }], events: [] },
  ],
});

describe('entity histories', () => {
  it('moves facts and timeline to a file named by their content, written once', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'history-'));
    const kept = keepHistory(dir, entity('Acme targets CD19.'));
    expect(kept).toEqual({ id: 'acme', name: 'Acme', historyFile: expect.stringMatching(/[0-9a-f]{32}\.json$/) });
    expect(JSON.parse(readFileSync(kept.historyFile, 'utf8')).facts[0].sentence).toBe('Acme targets CD19.');
    // Same history, same file; another history, another file (so the record, and the page's cacheKey, change).
    expect(keepHistory(dir, entity('Acme targets CD19.')).historyFile).toBe(kept.historyFile);
    const changed = keepHistory(dir, entity('Acme targets CD20.'));
    expect(changed.historyFile).not.toBe(kept.historyFile);
    // A file cut short by a stopped build (it is written in place) is written again.
    writeFileSync(changed.historyFile, '{"facts":[');
    expect(keepHistory(dir, entity('Acme targets CD20.')).historyFile).toBe(changed.historyFile);
    expect(JSON.parse(readFileSync(changed.historyFile, 'utf8')).facts).toHaveLength(1);
    expect(pruneHistories(dir, new Set([changed.historyFile]))).toBe(1);
    expect(readdirSync(dir)).toEqual([path.basename(changed.historyFile)]);
  });
});
