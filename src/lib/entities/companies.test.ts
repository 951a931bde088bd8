import { describe, expect, it } from 'vitest';
import { extractCompanies, readOrgList } from './companies.js';
import { companyKey, slugify } from './names.js';

describe('readOrgList', () => {
  it('splits a list of organisations, keeping "Inc." with its name, parents and former names', () => {
    expect(
      readOrgList(
        'Acme (a wholly-owned subsidiary of Big & Co), Beta Bio, the gamma-delta Group, Delta Pharmaceuticals, Inc., and Zeta AG',
      ),
    ).toEqual([
      { name: 'Acme', formerNames: [], parent: 'Big & Co' },
      { name: 'Beta Bio', formerNames: [], parent: null },
      { name: 'gamma-delta Group', formerNames: [], parent: null },
      { name: 'Delta Pharmaceuticals, Inc.', formerNames: [], parent: null },
      { name: 'Zeta AG', formerNames: [], parent: null },
    ]);
    expect(readOrgList('Omega (formerly Sigma)')).toEqual([{ name: 'Omega', formerNames: ['Sigma'], parent: null }]);
  });

  it('rejects phrases that are not names', () => {
    expect(readOrgList('the right to develop compounds')).toEqual([]);
  });
});

describe('extractCompanies', () => {
  it('finds licensees and collaborators but not the registrant again', () => {
    const s = (text: string) => ({ id: 's1-1', text, section: 'about' as const, blockId: 'b1' });
    const found = extractCompanies(
      'Acme, Inc.',
      [
        s('Beta Bio and Gamma Corp. have licensed the right to develop compounds.'),
        s('Acme also has a broader collaboration with the Delta Group.'),
        s('CAMBRIDGE, Mass.— July 24, 2023 — Acme, Inc. and Epsilon have entered into an agreement.'),
      ],
      ['Acme'],
    );
    expect(found.map((c) => [c.name, c.role])).toEqual([
      ['Acme, Inc.', 'registrant'],
      ['Beta Bio', 'partner'],
      ['Gamma Corp.', 'partner'],
      ['Delta Group', 'partner'],
      ['Epsilon', 'partner'],
    ]);
  });
});

describe('companyKey and slugify', () => {
  it('makes one key of the spellings of one company', () => {
    expect(companyKey('ImmunoGen, Inc.')).toBe(companyKey('IMMUNOGEN INC'));
    expect(companyKey('the sanofi-aventis Group')).toBe(companyKey('sanofi-aventis'));
    expect(companyKey('Johnson & Johnson')).toBe(companyKey('Johnson and Johnson'));
  });
  it('makes URL-safe slugs', () => {
    expect(slugify('huN901-DM1 Phase 1 multiple myeloma')).toBe('hun901-dm1-phase-1-multiple-myeloma');
    expect(slugify('<script>alert(1)</script>')).toBe('script-alert-1-script');
    expect(slugify('…')).toBe('untitled');
  });
});
