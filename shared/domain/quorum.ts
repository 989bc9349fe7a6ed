// Quorum and the result of a vote: the committee's rule applied to who is present and how they voted.

export type QuorumRule = 'majority' | 'two-thirds' | 'fixed';

/** How many voting members must be present: a majority (more than half), two thirds (rounded up), or a fixed number. */
export function quorumRequired(votingMembers: number, rule: QuorumRule, fixedCount: number | null): number {
  switch (rule) {
    case 'majority':
      return Math.floor(votingMembers / 2) + 1;
    case 'two-thirds':
      return Math.ceil((votingMembers * 2) / 3);
    case 'fixed':
      return Math.max(1, fixedCount ?? 1);
  }
}

export interface QuorumStatus {
  required: number;
  presentVoting: number;
  votingMembers: number;
  quorate: boolean;
}

export function quorumStatus(votingMembers: number, presentVoting: number, rule: QuorumRule, fixedCount: number | null): QuorumStatus {
  const required = quorumRequired(votingMembers, rule, fixedCount);
  return { required, presentVoting, votingMembers, quorate: votingMembers > 0 && presentVoting >= required };
}

export type Vote = 'yes' | 'no' | 'abstain' | 'recused' | 'absent';

export interface Tally {
  yes: number;
  no: number;
  abstain: number;
  recused: number;
  absent: number;
}

export function tally(votes: readonly Vote[]): Tally {
  const t: Tally = { yes: 0, no: 0, abstain: 0, recused: 0, absent: 0 };
  for (const v of votes) t[v]++;
  return t;
}

/**
 * Robert's Rules' default: a motion carries with a majority of the votes cast (abstentions, recusals and absences
 * are not votes cast), and only when the meeting is quorate. A tie fails.
 */
export function motionCarries(t: Tally, quorate: boolean): boolean {
  return quorate && t.yes > t.no;
}

export function describeTally(t: Tally): string {
  return [`${t.yes} yes`, `${t.no} no`, t.abstain ? `${t.abstain} abstain` : '', t.recused ? `${t.recused} recused` : '', t.absent ? `${t.absent} absent` : '']
    .filter(Boolean)
    .join(' · ');
}
