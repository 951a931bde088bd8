import { describe, expect, it } from 'vitest';
import { parseFiling } from '../parse-filing.js';
import { resolve } from '../resolve.js';
import { textToBlocks } from '../text/blocks.js';
import { readAmendment } from './amendment.js';

const cover = (form: string, body: string[]) =>
  [
    `FORM ${form}`,
    'Date of Report (Date of earliest event reported): January 5, 2024',
    'Acme Bio, Inc.',
    '(Exact name of registrant as specified in its charter)',
    ...body,
    'SIGNATURES',
  ].join('\n\n');

const AMENDING =
  'This Amendment No. 1 on Form 8-K/A amends the Current Report on Form 8-K filed by Acme Bio, Inc. with the Securities and Exchange Commission on January 9, 2024 to include the financial statements.';

describe('readAmendment', () => {
  it('reads the amended form and its filing date from the explanatory note', () => {
    const blocks = textToBlocks(`EXPLANATORY NOTE\n\n${AMENDING}`);
    expect(readAmendment(blocks, '8-K/A')).toEqual({ form: '8-K', filedDate: '2024-01-09', sentenceId: 's2-1' });
  });

  it('knows an amendment without a date, and is null on an original', () => {
    const blocks = textToBlocks('Item 8.01 Other Events\n\nWe correct a typo.');
    expect(readAmendment(blocks, '8-K/A')).toEqual({ form: '8-K', filedDate: null, sentenceId: null });
    expect(readAmendment(textToBlocks(AMENDING), '8-K')).toBeNull();
  });

  it('links an 8-K/A to the 8-K it amends, both ways, and not to another company’s 8-K', () => {
    const original = parseFiling({
      fileName: 'acme_2024-01-09_8-K.txt',
      text: cover('8-K', ['Item 8.01 Other Events', 'Acme Bio, Inc. bought a building.']),
    });
    const other = parseFiling({
      fileName: 'beta_2024-01-09_8-K.txt',
      text: cover('8-K', ['Item 8.01 Other Events', 'Beta did a thing.']).replace(/Acme Bio, Inc\./g, 'Beta Corp.'),
    });
    const amendment = parseFiling({
      fileName: 'acme_2024-03-01_8-K-A.txt',
      text: cover('8-K/A', ['EXPLANATORY NOTE', AMENDING, 'Item 9.01 Financial Statements and Exhibits']),
    });
    expect(amendment.form).toBe('8-K/A');
    const { links } = resolve([amendment, other, original]);
    expect(links.get(amendment.id)?.amendsFiling).toBe(original.id);
    expect(links.get(original.id)?.amendedBy).toEqual([amendment.id]);
    expect(links.get(other.id)?.amendedBy).toEqual([]);
  });
});
