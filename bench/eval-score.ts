/**
 * How an extraction is scored against an answer key, as the key's README
 * says: names match after dropping ®/™/(R)/(TM) and ignoring case, spaces
 * and hyphens; a compound is found when its name or any alias matches; a
 * trial is a (compound, phase) pair per file.
 */
import type { Mentions } from '../src/lib/types.js';

export interface Score {
  tp: number;
  extracted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface GoldEntry {
  compounds: { name: string; aliases: string[] }[];
  trials: { compound: string; phase: string }[];
}

export const normName = (name: string): string =>
  name
    .normalize('NFKC')
    .replace(/®|™|\((?:R|TM)\)/gi, '')
    .toLowerCase()
    .replace(/[\s\-‐‑‒–—]/g, '');

/**
 * The key's phase vocabulary is coarser than the site's: 1, 1b, 1/2, 2, 2a, 2b, 2/3, 3, 4,
 * pivotal, unknown. Finer labels are compared as the key would write them ("2b/3" → "2/3").
 */
export function keyPhase(phase: string): string {
  const p = phase.toLowerCase();
  if (p.includes('/')) return p.replace(/[a-z]/g, '');
  if (/^1a$|^[34][ab]$/.test(p)) return p.slice(0, 1);
  return p;
}

export function score(tp: number, extracted: number, gold: number, tpGold = tp): Score {
  const precision = extracted ? tp / extracted : gold ? 0 : 1;
  const recall = gold ? tpGold / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, extracted, gold, precision, recall, f1 };
}

export function sumScores(scores: Score[]): Score {
  const tp = scores.reduce((n, s) => n + s.tp, 0);
  const extracted = scores.reduce((n, s) => n + s.extracted, 0);
  const gold = scores.reduce((n, s) => n + s.gold, 0);
  // Recall counts gold items found; precision counts extracted items right. They can differ per file
  // (two extracted spellings of one gold compound), so each is summed on its own.
  const tpGold = scores.reduce((n, s) => n + Math.round(s.recall * s.gold), 0);
  return score(tp, extracted, gold, tpGold);
}

export function scoreFile(
  gold: GoldEntry,
  found: Pick<Mentions, 'compounds' | 'trials'>,
): { compounds: Score; trials: Score; missed: string[]; extra: string[]; trialMissed: string[]; trialExtra: string[] } {
  const goldNames = gold.compounds.map((c) => new Set([c.name, ...c.aliases].map(normName)));
  const canonical = (name: string): string => {
    const n = normName(name);
    const i = goldNames.findIndex((names) => names.has(n));
    return i >= 0 ? normName(gold.compounds[i]?.name ?? name) : n;
  };
  const extracted = found.compounds.map((c) => [...new Set([c.name, ...c.variants])]);
  const matches = (names: string[], set: Set<string>) => names.some((n) => set.has(normName(n)));
  const right = extracted.filter((names) => goldNames.some((set) => matches(names, set)));
  const foundGold = goldNames.filter((set) => extracted.some((names) => matches(names, set)));

  const pair = (compound: string, phase: string) => `${canonical(compound)}|${keyPhase(phase)}`;
  const goldTrials = new Set(gold.trials.map((t) => pair(t.compound, t.phase)));
  const foundTrials = new Set(found.trials.map((t) => pair(t.compound, t.phase)));
  const trialTp = [...foundTrials].filter((t) => goldTrials.has(t)).length;

  return {
    compounds: score(right.length, extracted.length, goldNames.length, foundGold.length),
    trials: score(trialTp, foundTrials.size, goldTrials.size),
    missed: gold.compounds.filter((_, i) => !foundGold.includes(goldNames[i] as Set<string>)).map((c) => c.name),
    extra: extracted.filter((names) => !right.includes(names)).map((names) => names.join('/')),
    trialMissed: [...goldTrials].filter((t) => !foundTrials.has(t)),
    trialExtra: [...foundTrials].filter((t) => !goldTrials.has(t)),
  };
}
