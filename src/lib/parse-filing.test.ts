/**
 * The whole extraction on the two sample filings, with exact expected values
 * (written by reading the filings, not by copying the output).
 */
import { describe, expect, it } from 'vitest';
import { readSample, SAMPLE_2005, SAMPLE_2006 } from '../../test/samples.js';
import { parseFiling } from './parse-filing.js';
import type { ParsedFiling } from './types.js';

const parse = (name: string) => parseFiling({ fileName: name, text: readSample(name) });
const compound = (f: ParsedFiling, name: string) => f.mentions.compounds.find((c) => c.name === name);
const sentenceOf = (f: ParsedFiling, id: string | undefined) =>
  f.blocks.flatMap((b) => b.sentences).find((s) => s.id === id)?.text;

describe('the 2005 sample (huN901-DM1 in multiple myeloma)', () => {
  const f = parse(SAMPLE_2005);

  it('reads the cover page', () => {
    expect(f.id).toBe('immunogen-2005-09-07-8k');
    expect(f.form).toBe('8-K');
    expect(f.dateOfReport).toBe('2005-09-06');
    expect(f.pressReleaseDate).toBe('2005-09-07');
    expect(f.registrant).toEqual({
      name: 'ImmunoGen, Inc.',
      state: 'Massachusetts',
      fileNumber: '0-17999',
      irsNumber: '04-2726691',
      address: '128 Sidney Street, Cambridge, MA 02139',
      phone: '(617) 995-2500',
      cik: null,
      sic: null,
      formerNames: [],
      coRegistrants: [],
    });
  });

  it('reads the items with their official titles, cut before the signatures', () => {
    expect(f.items.map((i) => [i.number, i.title])).toEqual([
      ['8.01', 'Other Events'],
      ['9.01', 'Financial Statements and Exhibits'],
    ]);
    expect(f.items[0]?.text).toMatch(/^On September 7, 2005, ImmunoGen, Inc\. \(Nasdaq: IMGN\) issued a press release/);
    expect(f.items[0]?.text).toMatch(/as Exhibit 99\.1\.$/);
    expect(f.items[1]?.text).not.toMatch(/SIGNATURES/);
  });

  it('reads the exhibits and the signature', () => {
    expect(f.exhibits).toEqual([
      { number: '99.1', description: 'Press Release of ImmunoGen, Inc. dated September 7, 2005', blockId: 'b33' },
    ]);
    // The exhibit's own text follows the signature: the exhibit links to its first block.
    expect(f.blocks.find((b) => b.id === 'b33')?.text).toBe('IMMUNOGEN, INC.');
    expect(f.signature).toEqual({
      registrant: null,
      name: 'Karleen M. Oberton',
      title: 'Senior Corporate Controller (Principal Accounting Officer)',
      date: null,
    });
  });

  it('reads the press release: headline, sub-headline, dateline, about, boilerplate, contacts', () => {
    const pr = f.pressRelease;
    expect(pr?.headline).toBe(
      'ImmunoGen, Inc. Initiates Clinical Testing of HuN901-DM1 for Treatment of Multiple Myeloma',
    );
    expect(pr?.subheadline).toBe('Study Expands HuN901-DM1 Clinical Development Program');
    expect(pr?.dateline).toEqual({ place: 'CAMBRIDGE, MA', date: '2005-09-07' });
    expect(pr?.body).toMatch(/^CAMBRIDGE, MA September 7, 2005 – ImmunoGen, Inc\./);
    expect(pr?.body).not.toMatch(/-more-/);
    expect(pr?.about.map((a) => a.title)).toEqual(['ImmunoGen, Inc.']);
    expect(pr?.forwardLooking).toMatch(/^This press release includes forward-looking statements\./);
    expect(pr?.contacts.map((c) => [c.role, c.name, c.phone, c.email])).toEqual([
      ['Investors', 'Carol Hausner', '(617) 995-2500', 'info@immunogen.com'],
      ['Media', 'Tony Loke', '(917) 322-2164', 'tloke@rxir.com'],
    ]);
  });

  it('finds the compounds, merging case variants, with antibody, payload, target and indications', () => {
    expect(f.mentions.compounds.map((c) => c.name)).toEqual(['huN901-DM1', 'huC242-DM4']);
    const c = compound(f, 'huN901-DM1');
    expect(c?.variants).toEqual(['huN901-DM1', 'HuN901-DM1']);
    expect(c?.modality?.value).toBe('antibody-drug conjugate');
    expect(c?.antibody?.value).toBe('huN901');
    expect(c?.payload?.value).toBe('DM1');
    expect(c?.target?.value).toBe('CD56');
    expect(c?.indications.map((i) => i.value)).toEqual(['multiple myeloma', 'small-cell lung cancer']);
    expect(c?.developers.map((d) => d.value)).toEqual(['ImmunoGen']);
    // Each fact keeps its sentence.
    expect(c?.target?.sentence).toBe(sentenceOf(f, c?.target?.sentenceId));
    expect(c?.target?.sentence).toMatch(/CD56 antigen targeted by huN901-DM1/);
  });

  it('finds the registrant and the licensees of the About section', () => {
    expect(f.mentions.companies.map((c) => [c.name, c.role, c.parent])).toEqual([
      ['ImmunoGen, Inc.', 'registrant', null],
      ['Centocor', 'partner', 'Johnson & Johnson'],
      ['Biogen Idec', 'partner', null],
      ['Genentech', 'partner', null],
      ['sanofi-aventis Group', 'partner', null],
      ['Millennium Pharmaceuticals, Inc.', 'partner', null],
      ['Boehringer Ingelheim', 'partner', null],
      ['Abgenix', 'partner', null],
    ]);
  });

  it('finds the Phase I trial in multiple myeloma with its site, investigators, objective and schedule', () => {
    expect(f.mentions.trials).toHaveLength(1);
    const t = f.mentions.trials[0];
    expect([t?.compound, t?.phase, t?.indication]).toEqual(['huN901-DM1', '1', 'multiple myeloma']);
    expect(t?.sites.map((s) => s.value)).toEqual([
      { name: 'Jerome Lipper Center for Multiple Myeloma of the Dana-Farber Cancer Institute', location: 'Boston, MA' },
    ]);
    expect(t?.investigators.map((p) => p.value)).toEqual([
      { name: 'Robert Schlossman', role: 'Principal Investigator' },
      { name: 'Kenneth Anderson', role: 'Co-investigator' },
      { name: 'Paul Richardson', role: 'Co-investigator' },
      { name: 'Nikhil Munshi', role: 'Co-investigator' },
    ]);
    expect(t?.objective?.value).toMatch(
      /^evaluate the safety of huN901-DM1 in patients with relapsed or refractory multiple myeloma/,
    );
    expect(t?.schedule?.value).toBe('once weekly for two consecutive weeks every three weeks');
    expect(t?.status.map((s) => s.value)).toEqual(['initiated']);
    expect(t?.design.map((d) => d.value)).toEqual(['monotherapy']);
  });

  it('writes key facts that link to their sentences', () => {
    expect(f.keyFacts[0]?.text).toBe('Phase 1 trial of huN901-DM1 in multiple myeloma: initiated');
    for (const k of f.keyFacts) expect(sentenceOf(f, k.sentenceId), k.text).toBeTruthy();
  });
});

describe('the 2006 sample (huC242-DM4 data at a conference)', () => {
  const f = parse(SAMPLE_2006);

  it('reads the cover page, items, exhibits and signature', () => {
    expect([f.form, f.dateOfReport, f.pressReleaseDate]).toEqual(['8-K', '2006-11-08', null]);
    expect(f.registrant.name).toBe('ImmunoGen, Inc.');
    expect(f.registrant.irsNumber).toBe('04-2726691');
    expect(f.registrant.address).toBe('128 Sidney Street, Cambridge, MA 02139');
    expect(f.items.map((i) => i.number)).toEqual(['8.01', '9.01']);
    expect(f.items[0]?.text).toMatch(/with no reports of clinically significant myelosuppression\.$/);
    expect(f.exhibits).toEqual([
      { number: '99.1', description: 'Press Release of ImmunoGen, Inc. dated November 8, 2006', blockId: 'b38' },
    ]);
    expect(f.signature).toEqual({
      registrant: 'ImmunoGen, Inc.',
      name: 'Daniel M. Junius',
      title: 'Executive Vice President and Chief Financial Officer',
      date: '2006-11-08',
    });
  });

  it('reads the press release and its two About sections', () => {
    const pr = f.pressRelease;
    expect(pr?.headline).toBe(
      'ImmunoGen, Inc. Announces Presentation of HuC242-DM4 Clinical Data at EORTC-NCI-AACR Conference',
    );
    expect(pr?.subheadline).toBeNull();
    expect(pr?.dateline).toEqual({ place: 'CAMBRIDGE, MA', date: '2006-11-08' });
    expect(pr?.about.map((a) => a.title)).toEqual(['huC242-DM4', 'ImmunoGen, Inc.']);
    expect(pr?.about[0]?.text).toMatch(/^ImmunoGen developed huC242-DM4/);
    expect(pr?.contacts.map((c) => [c.role, c.name, c.email])).toEqual([
      ['Investors', 'Carol Hausner', 'info@immunogen.com'],
      ['Media', 'Kathryn Morris', 'Kathryn@kmorrispr.com'],
    ]);
  });

  it('finds the five compounds of the About section and the earlier one, not antibodies or payloads', () => {
    expect(f.mentions.compounds.map((c) => c.name).sort()).toEqual(
      ['AVE1642', 'AVE9633', 'cantuzumab mertansine', 'huC242-DM4', 'huN901-DM1', 'trastuzumab-DM1'].sort(),
    );
    const developers = Object.fromEntries(f.mentions.compounds.map((c) => [c.name, c.developers.map((d) => d.value)]));
    expect(developers).toMatchObject({
      AVE9633: ['sanofi-aventis'],
      AVE1642: ['sanofi-aventis'],
      'trastuzumab-DM1': ['Genentech'],
      'huN901-DM1': ['ImmunoGen'],
    });
    const dm4 = compound(f, 'huC242-DM4');
    expect([dm4?.antibody?.value, dm4?.payload?.value, dm4?.target?.value]).toEqual(['huC242', 'DM4', 'CanAg']);
    expect(dm4?.indications[0]?.value).toBe('CanAg-expressing cancers');
    const cm = compound(f, 'cantuzumab mertansine');
    expect([cm?.antibody?.value, cm?.payload?.value, cm?.target?.value]).toEqual(['cantuzumab', 'DM1', 'CanAg']);
  });

  it('reads a former name and drops nothing else from the licensee list', () => {
    const amgen = f.mentions.companies.find((c) => c.name === 'Amgen');
    expect(amgen?.formerNames).toEqual(['Abgenix']);
    expect(f.mentions.companies).toHaveLength(9);
  });

  it('finds the Phase I trial in CanAg-expressing cancers with doses, enrolment, site and presentation', () => {
    expect(f.mentions.trials).toHaveLength(1);
    const t = f.mentions.trials[0];
    expect([t?.compound, t?.phase, t?.indication]).toEqual(['huC242-DM4', '1', 'CanAg-expressing cancers']);
    expect(t?.sites.map((s) => s.value)).toEqual([
      { name: 'Cancer Therapy and Research Center (CTRC)', location: 'San Antonio, TX' },
    ]);
    expect(t?.investigators.map((p) => p.value)).toEqual([
      { name: 'Anthony W. Tolcher', role: 'Principal Investigator' },
    ]);
    expect(t?.doseLevels?.value).toBe('8 dose levels, 18–297 mg/m²');
    expect(t?.enrolment?.value).toBe(28);
    expect(t?.schedule?.value).toBe('once per three weeks');
    expect(t?.objective?.value).toMatch(
      /^establish the dose limiting toxicities \(DLT\) and maximum tolerated dose \(MTD\)/,
    );
    expect(t?.status.map((s) => s.value)).toEqual(['data presented', 'enrolling']);
    expect(t?.presentations.map((p) => p.value)).toEqual([
      'EORTC-NCI-AACR International Conference on Molecular Targets and Cancer Therapeutics',
    ]);
  });
});
