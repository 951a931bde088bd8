import { describe, expect, it } from 'vitest';
import { eventsIn, eventsInAll } from './events.js';

describe('eventsIn', () => {
  it.each([
    ['The company has initiated a Phase I clinical trial of ZX-101 in patients with melanoma.', ['trial initiated']],
    ['The first patient was dosed in the Phase 2 study in March.', ['trial initiated']],
    ['Enrollment in the study was completed in June.', ['enrolment completed']],
    ['Patients received ZX-101 at eight dose levels, from 18 to 297 mg/m2.', ['dose escalation']],
    ['The maximum tolerated dose was established at 240 mg/m2.', ['MTD reached']],
    ['Data from the trial were presented at the ASCO Annual Meeting.', ['data presented']],
    ['The company reported top-line results from its pivotal trial.', ['data presented']],
    ['Zeta entered into a collaboration agreement with Omega to develop ZX-101.', ['partnered']],
    ['The FDA granted Fast Track designation to ZX-101.', ['regulatory']],
    ['The company discontinued development of ZX-7 after an interim review.', ['discontinued']],
  ])('%s', (sentence, kinds) => {
    expect(eventsIn(sentence)).toEqual(kinds);
  });

  it('does not take plans for events', () => {
    expect(eventsIn('The company expects to initiate a Phase 2 trial of ZX-101 in 2027.')).toEqual([]);
    expect(eventsIn('Data will be presented at a medical meeting later this year.')).toEqual([]);
    expect(eventsIn('ZX-101 is an antibody-drug conjugate that targets CD56.')).toEqual([]);
  });

  it('lists each event once, in a fixed order', () => {
    expect(
      eventsInAll([
        'Results were presented at EORTC.',
        'The trial began in 2004 and the maximum tolerated dose was determined.',
        'Further data were reported.',
      ]),
    ).toEqual(['trial initiated', 'MTD reached', 'data presented']);
  });

  it('reads a sentence once when given a memo, with the same events as without it', () => {
    const memo = new Map<string, ReturnType<typeof eventsIn>>();
    const sentences = ['Results were presented at EORTC.', 'The trial began in 2004.'];
    expect(eventsInAll(sentences, memo)).toEqual(eventsInAll(sentences));
    expect([...memo.keys()]).toEqual(sentences);
    // What the memo holds is what is used: a sentence is not read again.
    memo.set('The trial began in 2004.', []);
    expect(eventsInAll(sentences, memo)).toEqual(['data presented']);
  });
});
