import { describe, expect, it } from 'vitest';
import { mdastToRawBlocks, textToBlocks, textToRawBlocks } from './blocks.js';
import { htmlToMdast } from './html.js';

describe('textToBlocks', () => {
  it('keeps one block per paragraph with its starting line and plain text', () => {
    const blocks = textToBlocks(
      'FORM 8-K\n\n0-17999 (Commission File Number) **04-2726691** (IRS)\n\n<u>Contacts:</u> <u>Investors</u>\n',
    );
    expect(blocks.map((b) => [b.text, b.line])).toEqual([
      ['FORM 8-K', 1],
      ['0-17999 (Commission File Number) 04-2726691 (IRS)', 3],
      ['Contacts: Investors', 5],
    ]);
  });

  it('splits blocks into sentences with stable anchors', () => {
    const [b] = textToBlocks('Robert Smith, MD, is the Principal Investigator. Dr. Jones, of Acme, Inc. commented.');
    expect(b?.sentences).toEqual([
      { id: 's1-1', text: 'Robert Smith, MD, is the Principal Investigator.' },
      { id: 's1-2', text: 'Dr. Jones, of Acme, Inc. commented.' },
    ]);
  });

  it('reads a dashed sub-headline as a paragraph, real lists as list items, "###" as a marker', () => {
    const blocks = textToBlocks(
      '- Study Expands Program -\n\n- o Written communications\n- o Soliciting material\n\n###\n',
    );
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', '- Study Expands Program -'],
      ['list-item', 'o Written communications'],
      ['list-item', 'o Soliciting material'],
      ['paragraph', '###'],
    ]);
  });

  it('turns each table row into a block', () => {
    const blocks = textToBlocks('| No. | Exhibit |\n|---|---|\n| 99.1 | Press release |\n');
    expect(blocks.map((b) => b.text)).toEqual(['No. | Exhibit', '99.1 | Press release']);
  });

  it('reads a pipe table with no delimiter row and a cell broken over two lines', () => {
    const blocks = textToBlocks(
      '| Exhibit \n No. |  | Description |\n| 99.1 |  | Press release |\n| 104 | | Cover |\n',
    );
    expect(blocks.map((b) => [b.kind, b.text, b.line])).toEqual([
      ['table-row', 'Exhibit No. | Description', 1],
      ['table-row', '99.1 | Press release', 3],
      ['table-row', '104 | Cover', 4],
    ]);
  });

  it('keeps a headline whole although it contains "Inc."', () => {
    const [b] = textToBlocks('Acme, Inc. Initiates Clinical Testing of XY-101 for Gastric Cancer');
    expect(b?.sentences.map((s) => s.text)).toEqual([
      'Acme, Inc. Initiates Clinical Testing of XY-101 for Gastric Cancer',
    ]);
  });

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
      '- [X] Soliciting material pursuant to Rule 14a-12',
      '',
      'About ~40 patients were dosed, and ~25 more are planned.',
      '',
      'Revenue of ~~$10~~ $12 million, ~3% more; a range of 1~2~3.',
      '',
      'See www.example.com for more.',
    ].join('\n');
    expect(textToRawBlocks(text).map((b) => b.text)).toEqual([
      '[ ] Written communications pursuant to Rule 425',
      '[X] Soliciting material pursuant to Rule 14a-12',
      'About ~40 patients were dosed, and ~25 more are planned.',
      'Revenue of ~~$10~~ $12 million, ~3% more; a range of 1~2~3.',
      'See www.example.com for more.',
    ]);
  });

  it('reads a filing that opens with "---" as text, not front matter, and "[^1]" as text', () => {
    const blocks = textToRawBlocks('---\nForm: 8-K\n---\n\nSales rose[^1] in the quarter.\n');
    expect(blocks.map((b) => b.text)).toEqual(['Form: 8-K', 'Sales rose[^1] in the quarter.']);
  });

  it('puts back boxes of nested tasks and tildes around marked-up or non-ASCII text, and leaves HTML check boxes as before', () => {
    const text = 'é — ~~**$10**~~ now ~~~x~~~\n\n1. Check:\n   - [ ] Yes\n   - [X] No\n\n> ~~a\n> b~~ c\n';
    expect(textToRawBlocks(text).map((b) => b.text)).toEqual([
      'é — ~~$10~~ now ~~~x~~~',
      'Check:[ ] Yes[X] No',
      '~~a b~~ c',
    ]);
    const html = htmlToMdast(
      '<ul><li><input type="checkbox" checked> Agree</li><li><input type="checkbox"> No</li></ul>',
    );
    expect(mdastToRawBlocks(html).map((b) => b.text)).toEqual(['Agree', 'No']);
  });
});
