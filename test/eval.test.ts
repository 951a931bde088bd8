/** The eval's scoring rules (bench/eval-score.ts), on a key and an extraction written here. */
import { describe, expect, it } from 'vitest';
import { keyPhase, normName, scoreFile, sumScores } from '../bench/eval-score.js';
import type { CompoundMention, TrialMention } from '../src/lib/types.js';

const compound = (name: string, ...variants: string[]) => ({ name, variants: [name, ...variants] }) as CompoundMention;
const trial = (c: string, phase: string) => ({ compound: c, phase }) as TrialMention;

describe('eval scoring', () => {
  it('matches names as the key says: no ®/™, any case, no spaces or hyphens, subscripts as digits', () => {
    expect(normName('RECCE® 327')).toBe('recce327');
    expect(normName('D-PLEX₁₀₀')).toBe(normName('D-PLEX100'));
    expect(keyPhase('2b/3')).toBe('2/3');
    expect(keyPhase('1a')).toBe('1');
    expect(keyPhase('2a')).toBe('2a');
  });

  it('counts a compound found by any alias, and extra compounds against precision', () => {
    const gold = {
      compounds: [
        { name: 'zelenirstat', aliases: ['PCLX-001'] },
        { name: 'dexamethasone', aliases: [] },
      ],
      trials: [
        { compound: 'zelenirstat', phase: '1' },
        { compound: 'zelenirstat', phase: 'unknown' },
      ],
    };
    const r = scoreFile(gold, {
      compounds: [compound('PCLX001'), compound('IC50s')],
      trials: [trial('PCLX-001', '1'), trial('IC50s', '2')],
    });
    expect(r.compounds).toMatchObject({ tp: 1, extracted: 2, gold: 2, precision: 0.5, recall: 0.5 });
    expect(r.missed).toEqual(['dexamethasone']);
    expect(r.extra).toEqual(['IC50s']);
    expect(r.trials).toMatchObject({ tp: 1, extracted: 2, gold: 2 });
    expect(r.trialMissed).toEqual(['zelenirstat|unknown']);
    const total = sumScores([r.compounds, r.compounds]);
    expect(total).toMatchObject({ tp: 2, extracted: 4, gold: 4, precision: 0.5, recall: 0.5 });
  });
});
