import { describe, expect, it } from 'vitest';
import { buildCorpus, type InputFile } from './corpus.js';
import { readCuration } from './curation.js';

const file = (name: string, text: string): InputFile => ({ name, bytes: new TextEncoder().encode(text) });

const FILING = [
  'FORM 8-K',
  'Date of Report (Date of earliest event reported): March 4, 2024',
  'Acme Bio, Inc.',
  '(Exact name of registrant as specified in its charter)',
  'Item 8.01 Other Events',
  'Acme Bio, Inc. began a Phase 2 trial of QX-101 in gout. QX-101 is a small molecule.',
  'Acme also reported data on QX-101B and on the T23-1405 assay.',
  'AB-77 is in development by Beta Pharma.',
].join('\n\n');

const corpusWith = (...content: InputFile[]) => buildCorpus([file('acme-8k.txt', FILING)], undefined, content);

describe('readCuration', () => {
  it('names the file, line, field and what is wrong', () => {
    const { problems, curation } = readCuration([
      {
        name: 'content/bad.yaml',
        text: 'compounds:\n  - name: QX-101\n    colour: blue\ntrials:\n  - compound: QX-101\n    phase: "2"\n    nct: NCT123\n',
      },
      { name: 'content/broken.yaml', text: 'compounds:\n  - name: [unclosed\n' },
      { name: 'content/no-front.md', text: 'Just words.' },
      { name: 'content/wrong-type.md', text: '---\ntype: drug\nname: X\n---\nBody' },
    ]);
    expect(problems.map((p) => `${p.file}:${p.line ?? '-'}: ${p.message}`)).toEqual([
      'content/bad.yaml:2: compounds.0: Unrecognized key: "colour"',
      'content/bad.yaml:7: trials.0.nct: must be a ClinicalTrials.gov number: NCT and 8 digits',
      expect.stringMatching(/^content\/broken\.yaml:\d: YAML: /),
      'content/no-front.md:1: no YAML front matter (--- … ---)',
      expect.stringMatching(/^content\/wrong-type\.md:2: type: /),
    ]);
    expect(curation.compounds).toEqual([]);
  });

  it('takes a phase written as a bare number, and refuses names with nothing to match', () => {
    const { problems, curation } = readCuration([
      {
        name: 'content/t.yaml',
        text: 'trials:\n  - compound: QX-101\n    phase: 2\ncompanies:\n  - name: The Company\n',
      },
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^companies\.0\.name: must be more than a company suffix/),
    ]);
    expect(curation.trials).toEqual([]);
    const ok = readCuration([{ name: 'content/t.yaml', text: 'trials:\n  - compound: QX-101\n    phase: 2\n' }]);
    expect(ok.curation.trials[0]?.phase).toBe('2');
  });

  it('reads YAML lists and one-correction Markdown files, whose body is the description', () => {
    const { problems, curation } = readCuration([
      { name: 'content/README.md', text: '# not a correction' },
      { name: 'content/a.yml', text: 'companies:\n  - name: Acme Bio\n    aliases: [ACME]\n' },
      { name: 'content/qx.md', text: '---\ntype: compound\nname: QX-101\nowner: Acme Bio\n---\nA pill for gout.\n' },
    ]);
    expect(problems).toEqual([]);
    expect(curation.companies).toEqual([{ name: 'Acme Bio', aliases: ['ACME'], hide: false, file: 'content/a.yml' }]);
    expect(curation.compounds).toEqual([
      {
        name: 'QX-101',
        owner: 'Acme Bio',
        description: 'A pill for gout.',
        merge: [],
        aliases: [],
        hide: false,
        file: 'content/qx.md',
      },
    ]);
  });
});

describe('curation applied to a build', () => {
  it('merges names into one compound, adds aliases, owner and NCT, and hides a false positive', () => {
    const before = corpusWith();
    expect(before.resolved.compounds.map((c) => c.name).sort()).toEqual(['AB-77', 'QX-101', 'QX-101B', 'T23-1405']);

    const { resolved, sources } = corpusWith(
      file(
        'fixes.yaml',
        [
          'compounds:',
          '  - name: QX-101',
          '    merge: [QX-101B]',
          '    aliases: [velostat]',
          '    owner: Acme Bio, Inc.',
          '    description: A pill for gout.',
          '  - name: T23-1405',
          '    hide: true',
          'trials:',
          '  - compound: velostat',
          '    phase: "2"',
          '    nct: NCT01234567',
        ].join('\n'),
      ),
    );
    expect(sources.find((s) => s.file === 'content/fixes.yaml')).toMatchObject({ outcome: 'curation', problems: [] });
    expect(resolved.compounds.map((c) => c.name).sort()).toEqual(['AB-77', 'QX-101']);
    const qx = resolved.compounds.find((c) => c.name === 'QX-101');
    expect(qx).toMatchObject({ description: 'A pill for gout.', owner: 'acme-bio' });
    expect(qx?.aliases).toEqual(expect.arrayContaining(['QX-101B', 'velostat']));
    expect(resolved.trials.map((t) => [t.title, t.nct])).toEqual([[expect.stringContaining('QX-101'), 'NCT01234567']]);
    const acme = resolved.companies.find((c) => c.id === 'acme-bio');
    expect(acme?.compounds).toContain(qx?.id);
    // The hidden compound is gone from every link.
    for (const links of resolved.links.values()) expect(links.compounds.some((id) => id.startsWith('t23'))).toBe(false);
  });

  it('hides a company from links and from the facts that name it', () => {
    const before = corpusWith();
    expect(before.resolved.compounds.find((c) => c.name === 'AB-77')?.facts.some((f) => /Beta/.test(f.value))).toBe(
      true,
    );
    const { resolved } = corpusWith(file('hide.yaml', 'companies:\n  - name: Beta Pharma\n    hide: true\n'));
    expect(resolved.companies.map((c) => c.name)).not.toContain('Beta Pharma');
    for (const r of [...resolved.compounds, ...resolved.companies, ...resolved.trials])
      expect(r.facts.filter((f) => /Beta/.test(f.value))).toEqual([]);
  });

  it('reports a correction that matches nothing, in the file it came from', () => {
    const { sources } = corpusWith(file('typo.yaml', 'compounds:\n  - name: QX-1O1\n    hide: true\n'));
    expect(sources.find((s) => s.file === 'content/typo.yaml')?.problems).toEqual([
      { severity: 'warning', file: 'content/typo.yaml', message: 'compound "QX-1O1": matches nothing on the site' },
    ]);
  });
});
