import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('ends sentences at a period, question or exclamation mark, quotes included', () => {
    expect(splitSentences('“We are pleased,” said the CEO. Enrolment is complete! Is it? Yes.')).toEqual([
      '“We are pleased,” said the CEO.',
      'Enrolment is complete!',
      'Is it?',
      'Yes.',
    ]);
  });

  it('never ends one after a title, a state or "No."', () => {
    expect(splitSentences('Messrs. Smith and Jones resigned. Dr. Lee stays.')).toEqual([
      'Messrs. Smith and Jones resigned.',
      'Dr. Lee stays.',
    ]);
    expect(splitSentences('SAN DIEGO, Calif. -- Acme Bio announced data. It rose.')).toEqual([
      'SAN DIEGO, Calif. -- Acme Bio announced data.',
      'It rose.',
    ]);
    expect(splitSentences('See Exhibit No. A of the agreement. It is filed.')).toHaveLength(2);
  });

  it('ends one after a company form or an initial only where a sentence opens next', () => {
    expect(splitSentences('The U.S. Food and Drug Administration accepted the IND. Dosing starts.')).toHaveLength(2);
    expect(splitSentences('It was approved in the U.S. The Company expects sales.')).toEqual([
      'It was approved in the U.S.',
      'The Company expects sales.',
    ]);
    expect(
      splitSentences('Acme signed a license with Pfizer Inc. Under the terms, Acme gets $50 million.'),
    ).toHaveLength(2);
    expect(splitSentences('Acme named Jane Doe, Ph.D. Dr. Doe joins in May.')).toHaveLength(2);
    expect(splitSentences('Acme Bio Inc. Chief Executive Officer John Roe said so. Shares rose.')).toEqual([
      'Acme Bio Inc. Chief Executive Officer John Roe said so.',
      'Shares rose.',
    ]);
  });

  it('keeps a parenthesised or lower-case continuation with its sentence', () => {
    expect(splitSentences('Is it safe? (The data say so.) The MTD was not reached. Why? because of X.')).toEqual([
      'Is it safe? (The data say so.)',
      'The MTD was not reached.',
      'Why? because of X.',
    ]);
  });

  it('may end one after a capitalised word that is no initial', () => {
    expect(splitSentences('It treats relapsing MS. The trial is global.')).toHaveLength(2);
    expect(splitSentences('It is stable at neutral pH. Shelf life is long.')).toHaveLength(2);
  });

  it('leaves a headline whole (no closing punctuation), whatever its "Inc." says', () => {
    expect(splitSentences('Acme Bio Inc. Announces Phase 2 Data')).toEqual(['Acme Bio Inc. Announces Phase 2 Data']);
  });
});
