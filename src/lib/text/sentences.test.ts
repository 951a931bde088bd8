import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('does not end a sentence after a company form, a title, an initial or "U.S."', () => {
    expect(
      splitSentences(
        'BOSTON -- Acme Biosciences, Inc. (Nasdaq: ACME) today announced that the U.S. Food and Drug Administration accepted its IND. Dr. Jane Smith, Ph.D., will lead the trial.',
      ),
    ).toEqual([
      'BOSTON -- Acme Biosciences, Inc. (Nasdaq: ACME) today announced that the U.S. Food and Drug Administration accepted its IND.',
      'Dr. Jane Smith, Ph.D., will lead the trial.',
    ]);
  });

  it('ends sentences at a period, question or exclamation mark followed by a capital, quotes included', () => {
    expect(splitSentences('“We are pleased,” said the CEO. Enrolment is complete! Is it? Yes.')).toEqual([
      '“We are pleased,” said the CEO.',
      'Enrolment is complete!',
      'Is it?',
      'Yes.',
    ]);
  });

  it('keeps a lower-case or parenthesised continuation with its sentence, and the text between the parts', () => {
    const text = 'Dosing was approx.  20 mg/kg in cohort no. 3. (See the table.) The MTD was not reached.';
    const sentences = splitSentences(text);
    expect(sentences).toEqual([
      'Dosing was approx.  20 mg/kg in cohort no. 3. (See the table.)',
      'The MTD was not reached.',
    ]);
    for (const s of sentences) expect(text).toContain(s);
  });

  it('leaves a headline or a text without an inner sentence end whole', () => {
    expect(splitSentences('Acme Bio Inc. Announces Phase 2 Data')).toEqual(['Acme Bio Inc. Announces Phase 2 Data']);
    expect(splitSentences('One sentence only.')).toEqual(['One sentence only.']);
  });
});
