/**
 * The digest of a filing: a handful of key facts, each a short line that
 * links to the sentence it came from.
 */

import { phaseLabel } from './entities/trials.js';
import type { CompoundMention, KeyFact, ParsedFiling, Sourced, TrialMention } from './types.js';

export const trialTitle = (t: Pick<TrialMention, 'phase' | 'compound' | 'indication'>): string =>
  `${phaseLabel(t.phase)} trial of ${t.compound}${t.indication === 'unspecified' ? '' : ` in ${t.indication}`}`;

const fact = (text: string, source: Sourced<unknown> | null | undefined): KeyFact[] =>
  source ? [{ text, sentenceId: source.sentenceId }] : [];

function trialFacts(t: TrialMention): KeyFact[] {
  const title = trialTitle(t);
  const lead = t.status.at(-1) ?? t.sentences[0];
  const pi = t.investigators.find((i) => i.value.role === 'Principal Investigator');
  return [
    ...fact(t.status.length ? `${title}: ${t.status.map((s) => s.value).join(', ')}` : title, lead),
    ...fact(`Objective: ${t.objective?.value}`, t.objective),
    ...t.sites.flatMap((s) => fact(`Site: ${s.value.name}${s.value.location ? `, ${s.value.location}` : ''}`, s)),
    ...fact(`Principal investigator: ${pi?.value.name}`, pi),
    ...fact(`Dose levels: ${t.doseLevels?.value}`, t.doseLevels),
    ...fact(`${t.enrolment?.value} patients dosed or enrolled`, t.enrolment),
    ...t.presentations.flatMap((p) => fact(`Presented at the ${p.value}`, p)),
  ];
}

function compoundFacts(c: CompoundMention): KeyFact[] {
  const developer = c.developers[0];
  return fact(`${c.name}: in development by ${developer?.value}`, developer);
}

export function keyFacts(filing: Pick<ParsedFiling, 'mentions' | 'pressRelease' | 'items' | 'blocks'>): KeyFact[] {
  const facts = [...filing.mentions.trials.flatMap(trialFacts), ...filing.mentions.compounds.flatMap(compoundFacts)];
  if (facts.length === 0) {
    // No entity to speak of: the opening sentences of the release or of the first item.
    const ids = filing.pressRelease?.bodyBlockIds ?? filing.items.flatMap((i) => i.blockIds.slice(1));
    const sentences = filing.blocks.filter((b) => ids.includes(b.id)).flatMap((b) => b.sentences);
    return sentences.slice(0, 2).map((s) => ({ text: s.text, sentenceId: s.id }));
  }
  return facts.slice(0, 12);
}
