import { describe, expect, it } from 'vitest';
import { textToRawBlocks } from './blocks.js';

describe('remarkTables', () => {
  it('reads pipe tables as table rows', () => {
    const rows = textToRawBlocks('| Exhibit | Description |\n|---|---|\n| 99.1 | Press release |\n');
    expect(rows.map((b) => [b.kind, b.text])).toEqual([
      ['table-row', 'Exhibit | Description'],
      ['table-row', '99.1 | Press release'],
    ]);
  });

  it('keeps what the rest of GFM would rewrite: check boxes, tildes, bare addresses', () => {
    const text = [
      '- [ ] Written communications pursuant to Rule 425',
      '',
      'About ~40 patients were dosed, and ~25 more are planned.',
      '',
      'See www.example.com for more.',
    ].join('\n');
    expect(textToRawBlocks(text).map((b) => b.text)).toEqual([
      '[ ] Written communications pursuant to Rule 425',
      'About ~40 patients were dosed, and ~25 more are planned.',
      'See www.example.com for more.',
    ]);
  });
});
