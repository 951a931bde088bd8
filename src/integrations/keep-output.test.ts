import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { removeStale, routeOutputs } from './keep-output.js';

describe('keep-output', () => {
  it('lists route outputs relative to dist/', () => {
    const dist = pathToFileURL(`${mkdtempSync(path.join(tmpdir(), 'dist-'))}/`);
    const assets = new Map([['/filings/[id]', [new URL('filings/b/index.html', dist), new URL('rss.xml', dist)]]]);
    expect(routeOutputs(dist, assets)).toEqual(['filings/b/index.html', 'rss.xml']);
  });

  it('removes outputs gone since the last build with the folders they empty, and nothing outside dist/', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'keep-'));
    const dist = path.join(root, 'dist');
    for (const file of ['filings/a/index.html', 'filings/b/index.html', 'outside.txt'].map((f) =>
      f === 'outside.txt' ? path.join(root, f) : path.join(dist, f),
    )) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, 'x');
    }
    const before = ['filings/a/index.html', 'filings/b/index.html', '../outside.txt'];
    expect(removeStale(`${dist}/`, before, new Set(['filings/b/index.html']))).toBe(1);
    expect(existsSync(path.join(dist, 'filings/a'))).toBe(false);
    expect(existsSync(path.join(dist, 'filings/b/index.html'))).toBe(true);
    expect(existsSync(path.join(root, 'outside.txt'))).toBe(true);
  });
});
