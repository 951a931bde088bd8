import { describe, expect, it } from 'vitest';
import type { Company, Compound, Filing, Trial } from './collections';
import { compoundGroup, filingGroup, trialGroup } from './search-group';

const company = (id: string, more: Partial<Company> = {}) =>
  ({ id, name: id, aliases: [], formerNames: [], cik: null, ...more }) as unknown as Company;
const ref = (id: string) => ({ collection: 'companies', id });

describe('search groups', () => {
  const companies = new Map([
    ['acme', company('acme', { name: 'Acme Oncology Inc.', cik: '0000000042', formerNames: ['Acme Bio Inc.'] })],
    ['partner', company('partner', { name: 'Partner Pharma' })],
  ]);
  const filing = (registrant: { name: string | null; cik: string | null }, ids: string[]) =>
    ({ id: 'f1', registrant, companies: ids.map(ref) }) as unknown as Filing;

  it("put a filing with its registrant's company, found by CIK or any of its names, not with a partner", () => {
    expect(filingGroup(filing({ name: 'Acme', cik: '0000000042' }, ['partner', 'acme']), companies)).toBe('acme');
    expect(filingGroup(filing({ name: 'Acme Bio Inc.', cik: null }, ['partner', 'acme']), companies)).toBe('acme');
    // A registrant the filing's companies do not name: its first company, else the filing itself.
    expect(filingGroup(filing({ name: 'Someone Else', cik: null }, ['partner', 'acme']), companies)).toBe('partner');
    expect(filingGroup(filing({ name: null, cik: null }, []), companies)).toBe('f1');
  });

  it('put a compound with its owner or first company, and a trial with its compound', () => {
    const owned = { id: 'c1', owner: ref('acme'), companies: [ref('partner')] } as unknown as Compound;
    const unowned = { id: 'c2', owner: null, companies: [ref('partner'), ref('acme')] } as unknown as Compound;
    const alone = { id: 'c3', owner: null, companies: [] } as unknown as Compound;
    expect([owned, unowned, alone].map(compoundGroup)).toEqual(['acme', 'partner', 'c3']);
    const trial = { id: 't1', companies: [ref('acme')] } as unknown as Trial;
    expect(trialGroup(trial, unowned)).toBe('partner');
    expect(trialGroup(trial, undefined)).toBe('acme');
    expect(trialGroup({ id: 't2', companies: [] } as unknown as Trial, undefined)).toBe('t2');
  });
});
