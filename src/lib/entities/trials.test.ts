import { describe, expect, it } from 'vitest';
import { extractCompounds } from './compounds.js';
import type { SentenceRef } from './sentences.js';
import { extractTrials, readCount, readPhase } from './trials.js';

const refs = (...texts: string[]): SentenceRef[] =>
  texts.map((text, i) => ({ id: `s${i + 1}-1`, text, section: 'press-release', blockId: `b${i + 1}` }));

describe('readPhase', () => {
  it('normalises phase words', () => {
    expect(readPhase('a Phase I study')).toBe('1');
    expect(readPhase('the Phase Ib trial')).toBe('1b');
    expect(readPhase('a Phase I/II trial')).toBe('1/2');
    expect(readPhase('Phase 2a data')).toBe('2a');
    expect(readPhase('its Phase III program')).toBe('3');
    expect(readPhase('a pivotal trial')).toBe('pivotal');
    expect(readPhase('the phase in which')).toBeNull();
  });
});

describe('readCount', () => {
  it('reads digits and number words', () => {
    expect(readCount('28')).toBe(28);
    expect(readCount('Twenty-eight')).toBe(28);
    expect(readCount('1,200')).toBe(1200);
    expect(readCount('several')).toBeNull();
  });
});

describe('extractTrials', () => {
  it('makes one trial per compound + phase + indication and feeds it the sentences about the study', () => {
    const sentences = refs(
      'Acme today announced the initiation of a Phase II study of XY-101 for the treatment of gastric cancer.',
      'The study is being conducted at the Big Cancer Center in Houston, TX.',
      'Jane Q. Public, MD, is the Principal Investigator.',
      'Forty patients have been enrolled in the open-label, randomized study.',
      'In preclinical studies in mice, XY-101 was active.',
    );
    const trials = extractTrials(sentences, extractCompounds(sentences));
    expect(trials).toHaveLength(1);
    expect(trials[0]).toMatchObject({
      compound: 'XY-101',
      phase: '2',
      indication: 'gastric cancer',
      sites: [{ value: { name: 'Big Cancer Center', location: 'Houston, TX' }, sentenceId: 's2-1' }],
      investigators: [{ value: { name: 'Jane Q. Public', role: 'Principal Investigator' } }],
      enrolment: { value: 40 },
      status: [{ value: 'initiated' }],
    });
    expect(trials[0]?.design.map((d) => d.value)).toEqual(['open-label', 'randomized']);
    expect(trials[0]?.sentences.map((s) => s.sentenceId)).not.toContain('s5-1');
  });

  it('finds no trial where no phase is named', () => {
    const sentences = refs('XY-101 is in development for gastric cancer.');
    expect(extractTrials(sentences, extractCompounds(sentences))).toEqual([]);
  });
});

describe('extractTrials on release shapes', () => {
  const trialsOf = (...texts: string[]) => {
    const sentences = refs(...texts);
    return extractTrials(sentences, extractCompounds(sentences)).map((t) => `${t.compound}|${t.phase}`);
  };

  it('gives a phase to the compound named nearest to it', () => {
    expect(trialsOf('Acme advances QX-101 and plans Phase 2/3 clinical trials for QX-204 in 2026.')).toEqual([
      'QX-204|2/3',
    ]);
  });

  it('carries a compound to the next paragraph only when that one refers back to the study', () => {
    expect(trialsOf('QX-101 lowered weight.', 'The Phase 2 trial enrolled 40 patients.')).toEqual(['QX-101|2']);
    expect(
      trialsOf('QX-101 lowered weight and QX-702 did not.', 'Acme Announces Positive Phase IIb BREAKOUT Study Results'),
    ).toEqual([]);
  });

  it('makes a trial of unstated phase for a compound in a clinical study, not for its partner drug', () => {
    expect(
      trialsOf('Acme reported results from a clinical trial evaluating QX-101 in combination with pembrolizumab.'),
    ).toEqual(['QX-101|unknown']);
    expect(trialsOf('QX-101 is in preclinical development.', 'We studied QX-101 in mice.')).toEqual([]);
    expect(
      trialsOf('In preclinical studies of QX-101, tumors regressed.', 'Non-clinical studies of QX-101 ran.'),
    ).toEqual([]);
    expect(
      trialsOf('QX-101 is a cell therapy in clinical development for ALS and in pre-clinical studies for MS.'),
    ).toEqual(['QX-101|unknown']);
  });

  it('falls back to the only compound of the filing', () => {
    expect(trialsOf('In a Phase 2 clinical trial, a new medicine lowered triglycerides.', 'QX10624 is oral.')).toEqual([
      'QX10624|2',
    ]);
  });
});
