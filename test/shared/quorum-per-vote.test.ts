// The rules of one vote, on their own: who counts towards its quorum, what it needs to carry, and why it fails.
import { describe, expect, it } from 'vitest';
import { decideVote, describeTally, quorumForVote, quorumStatus, tally, thresholdFor, thresholdMet, yesNeeded } from '../../shared/domain/quorum';

describe('quorum for one vote', () => {
  it('loses the quorum when members recuse or leave the room: 5 needed of 9, 5 present, 1 recused', () => {
    const meeting = quorumStatus(9, 5, 'majority', null);
    expect(meeting.quorate).toBe(true);
    expect(quorumForVote(meeting, ['yes', 'yes', 'yes', 'no', 'recused'])).toMatchObject({ presentVoting: 4, stoodAside: 1, required: 5, quorate: false });
    expect(quorumForVote(meeting, ['yes', 'yes', 'yes', 'no', 'out-of-room'])).toMatchObject({ presentVoting: 4, quorate: false });
    expect(quorumForVote(meeting, ['yes', 'yes', 'yes', 'no', 'abstain']).quorate).toBe(true);
  });

  it('fails a vote of a committee of 5 (quorum 3) with 3 present and 1 recusing, and says why', () => {
    const outcome = decideVote(quorumStatus(5, 3, 'majority', null), ['yes', 'yes', 'recused'], 'majority');
    expect(outcome).toMatchObject({ result: 'failed', quorum: { presentVoting: 2, required: 3, quorate: false } });
    expect(outcome.shortfall).toBe('only 2 voting members could vote (1 recused or out of the room) and the quorum is 3');
  });
});

describe('thresholds', () => {
  it('takes a majority of the votes cast by default, two thirds to amend, or what the committee says', () => {
    expect(thresholdFor('approve', null)).toBe('majority');
    expect(thresholdFor('amend', null)).toBe('two-thirds');
    expect(thresholdFor('amend', { amend: 'majority' })).toBe('majority');
    expect(thresholdFor('approve', { approve: 'two-thirds' })).toBe('two-thirds');
  });

  it('counts yes and no only: abstentions, recusals and absences are not votes cast', () => {
    expect([1, 2, 3, 4, 5, 6].map((cast) => yesNeeded(cast, 'majority'))).toEqual([1, 2, 2, 3, 3, 4]);
    expect([1, 2, 3, 4, 5, 6].map((cast) => yesNeeded(cast, 'two-thirds'))).toEqual([1, 2, 2, 3, 4, 4]);
    expect(yesNeeded(0, 'two-thirds')).toBe(1);
    expect(thresholdMet(tally(['yes', 'yes', 'no', 'abstain', 'abstain']), 'two-thirds')).toBe(true);
    expect(thresholdMet(tally(['yes', 'no']), 'majority')).toBe(false);
  });

  it('fails an amendment with 3 yes and 2 no: a majority, but not two thirds', () => {
    const quorate = quorumStatus(5, 5, 'majority', null);
    expect(decideVote(quorate, ['yes', 'yes', 'yes', 'no', 'no'], 'majority').result).toBe('carried');
    const amendment = decideVote(quorate, ['yes', 'yes', 'yes', 'no', 'no'], 'two-thirds');
    expect(amendment).toMatchObject({ result: 'failed', yesNeeded: 4 });
    expect(amendment.shortfall).toBe('3 yes of 5 votes cast does not reach the two thirds needed (4 yes)');
  });

  it('names who stepped out in the tally', () => {
    expect(describeTally(tally(['yes', 'yes', 'no', 'recused', 'out-of-room', 'absent']))).toBe('2 yes · 1 no · 1 recused · 1 out of the room · 1 absent');
  });
});
