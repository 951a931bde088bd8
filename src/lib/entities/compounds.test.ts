import { describe, expect, it } from 'vitest';
import { conjugateParts, extractCompounds, findCompoundNames } from './compounds.js';
import type { SentenceRef } from './sentences.js';

const names = (text: string) => findCompoundNames(text).map((s) => s.name);
const refs = (...texts: string[]): SentenceRef[] =>
  texts.map((text, i) => ({ id: `s${i + 1}-1`, text, section: 'press-release', blockId: `b${i + 1}` }));

describe('findCompoundNames', () => {
  it('finds code names in their real shapes', () => {
    expect(names('MK-3475, BMS-936558, AVE9633, INCB018424 and TAK-659 were compared with abc-123.')).toEqual([
      'MK-3475',
      'BMS-936558',
      'AVE9633',
      'INCB018424',
      'TAK-659',
      'abc-123',
    ]);
    expect(names('huXYZ12-DM4 and AB-1234-5')).toEqual(['huXYZ12-DM4', 'AB-1234-5']);
  });

  it('finds INNs by their stems and two-word conjugate INNs as one name', () => {
    expect(names('Patients received pembrolizumab or imatinib after palbociclib and olaparib.')).toEqual([
      'pembrolizumab',
      'imatinib',
      'palbociclib',
      'olaparib',
    ]);
    expect(names('an earlier compound, cantuzumab mertansine, and enfortumab vedotin')).toEqual([
      'cantuzumab mertansine',
      'enfortumab vedotin',
    ]);
    expect(names('trastuzumab-DM1 is in development')).toEqual(['trastuzumab-DM1']);
  });

  it('does not take forms, rules, targets, payloads, mutations or common words for compounds', () => {
    expect(names('See Form 8-K, Form S-1, Rule 14a-12 and Item 8.01 on page 10-K.')).toEqual([]);
    expect(names('the CD56 antigen, HER2, IL-6, PD-1 and the payload DM1 or DM4')).toEqual([]);
    expect(names('the V600E mutation in FY2024 and COVID-19; Suite 300; poster #212; NCT01234567')).toEqual([]);
    expect(names('a peptide, an oncogene, a parcel and a concept')).toEqual([]);
    expect(names('the dei-2024 taxonomy and file abc-2023-12-20')).toEqual([]);
  });
});

describe('extractCompounds', () => {
  it('merges case variants and drops an antibody that is part of its conjugate', () => {
    const found = extractCompounds(
      refs(
        'HuXY1-DM4 comprises the huXY1 antibody, which binds to ZAG, and DM4, a potent cell-killing agent.',
        'The huXY1-DM4 study is ongoing for the treatment of gastric cancer.',
        'huXY1-DM4 is in development by Acme Bio.',
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      name: 'huXY1-DM4',
      variants: ['HuXY1-DM4', 'huXY1-DM4'],
      antibody: { value: 'huXY1' },
      payload: { value: 'DM4' },
      target: { value: 'ZAG' },
      modality: { value: 'antibody-drug conjugate' },
      indications: [{ value: 'gastric cancer' }],
      developers: [{ value: 'Acme Bio', sentenceId: 's3-1' }],
    });
  });

  it('reads modality from the INN stem', () => {
    const [c] = extractCompounds(refs('Zanubrutinib was approved.'));
    expect(c?.modality?.value).toBe('small molecule');
  });
});

describe('conjugateParts', () => {
  it('splits antibody-payload names and knows the payload of conjugate INNs', () => {
    expect(conjugateParts('huN9-DM1')).toEqual({ antibody: 'huN9', payload: 'DM1' });
    expect(conjugateParts('enfortumab vedotin')).toEqual({ antibody: 'enfortumab', payload: 'MMAE' });
    expect(conjugateParts('AVE9633')).toBeNull();
  });
});
