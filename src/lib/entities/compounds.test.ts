import { describe, expect, it } from 'vitest';
import { aliasPairs, conjugateParts, extractCompounds, findCompoundNames, introducedNames } from './compounds.js';
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

describe('findCompoundNames on shapes from real releases', () => {
  it('reads more WHO stems, D-/L- forms, prefixed products and subscript digits', () => {
    expect(names('darolutamide, abiraterone, metformin, dexamethasone, D-cycloserine and lurasidone')).toEqual([
      'darolutamide',
      'abiraterone',
      'metformin',
      'dexamethasone',
      'D-cycloserine',
      'lurasidone',
    ]);
    expect(names('DHT-semaglutide beat semaglutide; D-PLEX₁₀₀ met its endpoint')).toEqual([
      'DHT-semaglutide',
      'semaglutide',
      'D-PLEX₁₀₀',
    ]);
  });

  it('drops a trailing English word, and does not take measures, hormones or case numbers for drugs', () => {
    expect(names('HTD1801-treated patients')).toEqual(['HTD1801']);
    expect(names(`AB12${'-abcd'.repeat(5000)}-1`)).toEqual([]); // a hostile chain is not a code, and costs little
    expect(names('IC50s in the nanomolar range; FGF21 and aldosterone levels; cholesterol')).toEqual([]);
    expect(findCompoundNames('T23-1405 and Scott v. Acme', new Set(), 'Birdwell v. Acme Corp., No.')).toEqual([]);
  });
});

describe('introducedNames', () => {
  const intro = (...texts: string[]) => [...introducedNames(texts.map((text) => ({ text })))];
  it('learns product names from what the text says they are', () => {
    expect(intro('The company’s lead immunotherapy, ZYLMAR, is under review.')).toEqual(['ZYLMAR']);
    expect(intro('IsleRx is a clinical-grade product candidate comprising cells.')).toEqual(['IsleRx']);
    expect(intro('Kelvex®, a multiple sclerosis blockbuster drug, is sold worldwide.')).toEqual(['Kelvex']);
    expect(intro('a new medication called QX10624 lowered triglycerides')).toEqual(['QX10624']);
    expect(intro('treatment with ORBA® 327 in patients')).toEqual(['ORBA® 327']);
  });

  it('does not take companies, platforms or sentence openers for products', () => {
    expect(intro('DehydraTECH™ technology improves drug delivery in patients.')).toEqual([]);
    expect(intro('Acme® Inc. develops drugs for patients.')).toEqual([]);
    expect(intro('the so-called ATAC technology for payloads')).toEqual([]);
    expect(intro('XOMA is a biotechnology company focused on developing novel therapies.')).toEqual([]);
    expect(intro('This is a therapy for patients.', 'The FDA is a regulator of drugs.')).toEqual([]);
    expect(introducedNames([{ text: 'Zeltra® is a treatment for patients.' }], new Set(['zeltra']))).toEqual(new Set());
  });
});

describe('aliasPairs', () => {
  const pairs = (text: string, known: string[] = []) =>
    aliasPairs(text, findCompoundNames(text, new Set(known))).map((p) => p.join(' = '));
  it('joins names the text gives as one compound', () => {
    expect(pairs('zelenirstat (PCLX-001) and RLS-0071, formerly known as pegtarazimod')).toEqual([
      'zelenirstat = PCLX-001',
      'RLS-0071 = pegtarazimod',
    ]);
    expect(pairs('DehydraTECH-semaglutide (“DHT-semaglutide”) and Rybelsus® semaglutide', ['Rybelsus'])).toEqual([
      'DehydraTECH-semaglutide = DHT-semaglutide',
      'Rybelsus = semaglutide',
    ]);
    expect(pairs('ABV-1701/Vitargus® is a device', ['Vitargus'])).toEqual(['ABV-1701 = Vitargus']);
    expect(
      pairs('About zelenirstat (aka PCLX-001 or DDD86481) and QX-91 (formerly identified as QX-81, QX-71)'),
    ).toEqual(['zelenirstat = PCLX-001', 'zelenirstat = DDD86481', 'QX-91 = QX-81', 'QX-91 = QX-71']);
  });

  it('keeps combinations and lists apart', () => {
    expect(
      pairs('bremelanotide in combination with tirzepatide, nivolumab/ipilimumab, or olaparib (a PARP inhibitor)'),
    ).toEqual([]);
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

  it('reads a target from "treatment of … X-expressing" in any case, and from "X-targeting … name"', () => {
    const [byTreatment] = extractCompounds(
      refs('AB-1234 is studied for the Treatment Of patients with QRX-Expressing solid tumors.'),
    );
    expect(byTreatment?.target?.value).toBe('QRX');
    const [byTargeting] = extractCompounds(refs('The trial tests a novel ZAG-targeting antibody, CD-5678, in adults.'));
    expect(byTargeting?.target?.value).toBe('ZAG');
  });

  it('merges a brand with its INN and a code with its INN into one compound each', () => {
    const found = extractCompounds(
      refs(
        'Zeltra® (velostat) is a treatment for gout.',
        'Velostat was approved.',
        'QX-101 (brivotinib) entered a trial.',
      ),
    );
    expect(found.map((c) => c.variants.sort())).toEqual([
      ['Velostat', 'Zeltra', 'velostat'],
      ['QX-101', 'brivotinib'],
    ]);
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
