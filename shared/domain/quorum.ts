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

/** 'out-of-room': present at the meeting but out of the room for this one vote (a conflict, a page, a call). */
export type Vote = 'yes' | 'no' | 'abstain' | 'recused' | 'absent' | 'out-of-room';

export interface Tally {
  yes: number;
  no: number;
  abstain: number;
  recused: number;
  absent: number;
  outOfRoom: number;
}

export function tally(votes: readonly Vote[]): Tally {
  const t: Tally = { yes: 0, no: 0, abstain: 0, recused: 0, absent: 0, outOfRoom: 0 };
  for (const v of votes) t[v === 'out-of-room' ? 'outOfRoom' : v]++;
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
  return [
    `${t.yes} yes`, `${t.no} no`, t.abstain ? `${t.abstain} abstain` : '', t.recused ? `${t.recused} recused` : '', t.outOfRoom ? `${t.outOfRoom} out of the room` : '',
    t.absent ? `${t.absent} absent` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * What a motion needs to carry, of the votes cast (yes and no; abstentions are not votes): Robert's Rules' majority,
 * or two thirds to amend something already adopted (minutes, bylaws) unless the committee's rules say otherwise.
 */
export const thresholds = ['majority', 'two-thirds'] as const;
export type Threshold = (typeof thresholds)[number];
export type ThresholdMotionKind = 'approve' | 'table' | 'refer' | 'amend' | 'other';

/** The defaults a committee starts with; its own rules replace any of them. */
export const defaultThresholds: Readonly<Record<ThresholdMotionKind, Threshold>> = { approve: 'majority', table: 'majority', refer: 'majority', amend: 'two-thirds', other: 'majority' };

export function thresholdFor(kind: ThresholdMotionKind, committeeRules: Partial<Record<ThresholdMotionKind, Threshold>> | null | undefined): Threshold {
  return committeeRules?.[kind] ?? defaultThresholds[kind];
}

/** The yes votes needed of `cast` votes: more than half, or at least two thirds (and never zero). */
export function yesNeeded(cast: number, threshold: Threshold): number {
  return threshold === 'majority' ? Math.floor(cast / 2) + 1 : Math.max(1, Math.ceil((cast * 2) / 3));
}

export function thresholdMet(t: Tally, threshold: Threshold): boolean {
  return t.yes >= yesNeeded(t.yes + t.no, threshold);
}

export interface VoteQuorum extends QuorumStatus {
  /** Present members who recused or left the room for this vote: they do not count towards its quorum. */
  stoodAside: number;
}

/**
 * The quorum for one vote: the meeting's present voting members, less those who recused or stepped out of the room
 * for it. A meeting quorate at the call to order can lose its quorum for one vote.
 */
export function quorumForVote(meeting: QuorumStatus, votes: readonly Vote[]): VoteQuorum {
  const stoodAside = votes.filter((v) => v === 'recused' || v === 'out-of-room').length;
  const presentVoting = Math.max(0, meeting.presentVoting - stoodAside);
  return { ...meeting, presentVoting, stoodAside, quorate: meeting.votingMembers > 0 && presentVoting >= meeting.required };
}

export interface VoteOutcome {
  result: 'carried' | 'failed';
  quorum: VoteQuorum;
  threshold: Threshold;
  tally: Tally;
  yesNeeded: number;
  /** Why it fails, in words, or null when it carries. */
  shortfall: string | null;
}

/** The result of one vote: quorum for that vote first, then the threshold of the votes cast. */
export function decideVote(meeting: QuorumStatus, votes: readonly Vote[], threshold: Threshold): VoteOutcome {
  const quorum = quorumForVote(meeting, votes);
  const t = tally(votes);
  const needed = yesNeeded(t.yes + t.no, threshold);
  const shortfall = !quorum.quorate
    ? `only ${quorum.presentVoting} voting member${quorum.presentVoting === 1 ? '' : 's'} could vote${quorum.stoodAside ? ` (${quorum.stoodAside} recused or out of the room)` : ''} and the quorum is ${quorum.required}`
    : t.yes < needed
      ? `${t.yes} yes of ${t.yes + t.no} votes cast does not reach the ${thresholdLabel[threshold]} needed (${needed} yes)`
      : null;
  return { result: shortfall ? 'failed' : 'carried', quorum, threshold, tally: t, yesNeeded: needed, shortfall };
}

export const thresholdLabel: Readonly<Record<Threshold, string>> = { majority: 'majority', 'two-thirds': 'two thirds' };
