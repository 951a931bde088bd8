/**
 * A company's pipeline as biotech companies draw it: one row per compound
 * and indication, a bar to the furthest stage reached. Stages come from the
 * trials the filings name; a compound with no phased trial stands at
 * "Preclinical / undisclosed".
 */
export const STAGES = ['Preclinical / undisclosed', 'Phase 1', 'Phase 2', 'Phase 3', 'Approved'] as const;

/** A trial phase label ("1", "1b", "1/2", "2b/3", "pivotal", "4", "unknown") → a stage index; the lower half of a combined phase counts as reached, the upper half as half-way. */
export function phaseStage(phase: string): number {
  const p = phase.trim().toLowerCase();
  if (p === 'pivotal') return 3;
  if (p === '4' || p === 'approved' || p === 'marketed') return 4;
  const combined = /^([1-3])[ab]?\/([1-4])[ab]?$/.exec(p);
  if (combined) return Number(combined[1]) + 0.5;
  const single = /^([1-4])[ab]?$/.exec(p);
  return single ? Number(single[1]) : 0;
}

export interface PipelineRow {
  compoundId: string;
  compound: string;
  indication: string;
  /** 0 … 4, halves for combined phases. */
  stage: number;
  /** The phase as the filings say it ("Phase 1/2"), or the stage's name. */
  label: string;
  /** The trial that reached that stage, when there is one. */
  trialId: string | null;
}

export interface PipelineCompound {
  id: string;
  name: string;
  indications: string[];
}
export interface PipelineTrial {
  id: string;
  compound: string;
  phase: string;
  phaseLabel: string;
  indication: string;
}

const key = (s: string) => s.trim().toLowerCase();

export function pipelineRows(compounds: PipelineCompound[], trials: PipelineTrial[]): PipelineRow[] {
  const rows: PipelineRow[] = [];
  for (const compound of compounds) {
    const best = new Map<string, PipelineRow>();
    for (const trial of trials.filter((t) => t.compound === compound.id)) {
      const indication = trial.indication || 'indication not stated';
      const stage = phaseStage(trial.phase);
      const current = best.get(key(indication));
      if (!current || stage > current.stage) {
        best.set(key(indication), {
          compoundId: compound.id,
          compound: compound.name,
          indication,
          stage,
          label: stage === 0 ? (STAGES[0] as string) : trial.phaseLabel,
          trialId: trial.id,
        });
      }
    }
    for (const indication of compound.indications) {
      if (!best.has(key(indication))) {
        best.set(key(indication), {
          compoundId: compound.id,
          compound: compound.name,
          indication,
          stage: 0,
          label: STAGES[0],
          trialId: null,
        });
      }
    }
    if (best.size === 0) {
      rows.push({
        compoundId: compound.id,
        compound: compound.name,
        indication: 'indication not stated',
        stage: 0,
        label: STAGES[0],
        trialId: null,
      });
    }
    rows.push(...[...best.values()].sort((a, b) => b.stage - a.stage || a.indication.localeCompare(b.indication)));
  }
  return rows;
}
