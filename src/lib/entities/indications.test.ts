import { describe, expect, it } from 'vitest';
import { normaliseIndication, readIndication } from './indications.js';

describe('readIndication', () => {
  it('reads "for the treatment of" and "in patients with", cut at the end of the noun phrase', () => {
    expect(readIndication('A compound for the treatment of multiple myeloma, in contrast to others.')).toBe(
      'multiple myeloma',
    );
    expect(
      readIndication(
        'to evaluate the safety of abc-12 in patients with relapsed or refractory multiple myeloma, and to identify',
      ),
    ).toBe('multiple myeloma');
    expect(
      readIndication('for the treatment of colorectal, pancreatic, gastric and other XYZ-expressing cancers.'),
    ).toBe('XYZ-expressing cancers');
  });

  it('ignores generic nouns that name no disease', () => {
    expect(readIndication('for the treatment of cancers that express the protein')).toBeNull();
    expect(readIndication('The company announced results.')).toBeNull();
  });
});

describe('normaliseIndication', () => {
  it('gives one name to one disease', () => {
    expect(normaliseIndication('cancers expressing the XYZ antigen')).toBe('XYZ-expressing cancers');
    expect(normaliseIndication('recurrent XYZ-expressing cancers')).toBe('XYZ-expressing cancers');
    expect(normaliseIndication('newly diagnosed acute myeloid leukemia')).toBe('acute myeloid leukemia');
  });
});
