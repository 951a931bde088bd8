import { describe, expect, it } from 'vitest';
import { phaseStage, pipelineRows } from './pipeline.js';

describe('phaseStage', () => {
  it.each([
    ['1', 1],
    ['1b', 1],
    ['1/2', 1.5],
    ['2b/3', 2.5],
    ['3', 3],
    ['pivotal', 3],
    ['4', 4],
    ['unknown', 0],
    ['', 0],
  ])('%s → %d', (phase, stage) => expect(phaseStage(phase)).toBe(stage));
});

describe('pipelineRows', () => {
  const compounds = [
    { id: 'zx-101', name: 'ZX-101', indications: ['melanoma', 'lung cancer'] },
    { id: 'zx-7', name: 'ZX-7', indications: [] },
  ];
  const trials = [
    { id: 't1', compound: 'zx-101', phase: '1', phaseLabel: 'Phase 1', indication: 'melanoma' },
    { id: 't2', compound: 'zx-101', phase: '2', phaseLabel: 'Phase 2', indication: 'Melanoma' },
    { id: 't3', compound: 'other', phase: '3', phaseLabel: 'Phase 3', indication: 'melanoma' },
  ];
  it('keeps the furthest phase per compound and indication, and shows compounds with no trial', () => {
    expect(pipelineRows(compounds, trials).map((r) => [r.compound, r.indication, r.stage, r.label, r.trialId])).toEqual(
      [
        ['ZX-101', 'Melanoma', 2, 'Phase 2', 't2'],
        ['ZX-101', 'lung cancer', 0, 'Preclinical / undisclosed', null],
        ['ZX-7', 'indication not stated', 0, 'Preclinical / undisclosed', null],
      ],
    );
  });
});
