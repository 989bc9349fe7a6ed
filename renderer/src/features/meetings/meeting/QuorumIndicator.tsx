// The live quorum in words and colour, as the core worked it out from attendance and the committee's rule.
import type { Meeting } from './store';

export function quorumSentence(q: Meeting['quorum']): string {
  const members = q.votingMembers === 1 ? 'voting member' : 'voting members';
  return `${q.presentVoting} of ${q.votingMembers} ${members} present (${q.required} needed)`;
}

export function QuorumIndicator({ quorum }: { quorum: Meeting['quorum'] }) {
  return (
    <p className={`quorum quorum--${quorum.quorate ? 'met' : 'short'}`} role="status" aria-live="polite" data-testid="quorum">
      <span className="quorum__dot" aria-hidden="true" />
      <strong>{quorum.quorate ? 'Quorum:' : 'No quorum:'}</strong> {quorumSentence(quorum)}
      {!quorum.quorate && <span className="quorum__note"> — motions fail until a quorum is present.</span>}
    </p>
  );
}
