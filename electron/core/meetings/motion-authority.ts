// What a committee may decide by motion, who sits out the vote, and the day a decision carries. Every motion with an
// effect goes through these (minutes, a policy version, the consent agenda); a slate, a retirement or a review can too.
import { todayIn } from '../../../shared/domain/calendar-day';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { policyLifecycle } from '../policies/lifecycle';
import { meetingEntity } from './entities';

export interface MeetingFacts {
  id: string;
  committeeId: string;
  status: string;
  startsAt: string;
  timeZone: string;
  title: string;
}

export type MotionSubject = { kind: 'minutes' | 'policy-version' | 'consent-agenda' | 'recommendation-slate' | 'policy-retirement' | 'policy-review'; id: string };

/** When a decision by motion was made: at the meeting, on the meeting's calendar day in its own time zone. */
export interface Decision {
  at: string;
  day: string;
}

/** A decision by motion is dated by its meeting, not by the day its minutes were typed in. */
export function decisionDateOf(meeting: Pick<MeetingFacts, 'startsAt' | 'timeZone'>): Decision {
  return { at: meeting.startsAt, day: todayIn(meeting.timeZone, new Date(meeting.startsAt)) };
}

export interface Recusal {
  memberId: string;
  name: string;
  reason: string;
}

export function motionAuthority(ctx: CoreContext) {
  const { db, store } = ctx;
  const policies = policyLifecycle(ctx);
  const meetingOf = db.prepare('SELECT id, committee_id AS committeeId, status, starts_at AS startsAt, time_zone AS timeZone, title FROM meetings WHERE id = ?');
  const committeeName = db.prepare('SELECT name FROM committees WHERE id = ?').pluck();
  const consentItemsOf = db.prepare('SELECT id, title, link_kind AS linkKind, link_id AS linkId FROM agenda_items WHERE meeting_id = ? AND consent = 1 ORDER BY position');
  const versionAuthor = db.prepare(`SELECT v.author_id AS authorId, p.reference || ' v' || v.number AS label FROM policy_versions v JOIN policies p ON p.id = v.policy_id WHERE v.id = ?`);
  const memberForStaff = db.prepare('SELECT id, name FROM committee_members WHERE committee_id = ? AND staff_id = ? AND active = 1');

  function meeting(id: string): MeetingFacts {
    const row = meetingOf.get(id) as MeetingFacts | undefined;
    if (!row) throw notFound('This meeting');
    return row;
  }

  type ConsentItem = { id: string; title: string; linkKind: string | null; linkId: string | null };
  const consentItems = (meetingId: string) => consentItemsOf.all(meetingId) as ConsentItem[];

  /** Minutes a meeting may approve: an earlier meeting's of the same committee, not yet approved. */
  function mayApproveMinutes(where: MeetingFacts, minutesOf: string): void {
    const target = meeting(minutesOf);
    if (target.committeeId !== where.committeeId) throw new AppError('INVALID_INPUT', 'Those minutes belong to another committee.');
    if (target.status === 'minutes-approved') throw new AppError('LOCKED', `The minutes of ${target.title} are already approved.`);
    if (target.startsAt >= where.startsAt) throw new AppError('INVALID_INPUT', 'A meeting approves the minutes of an earlier meeting.');
  }

  /** The records a subject decides: the subject itself, or each item of the consent agenda that links one. */
  function decidedRecords(where: MeetingFacts, subject: MotionSubject): { kind: 'minutes' | 'policy-version'; id: string }[] {
    // A slate decides reappointments (reappointments/slate.ts); a retirement or review, a policy's standing
    // (policies/retirement-and-review.ts): each records its own decision.
    if (subject.kind === 'recommendation-slate' || subject.kind === 'policy-retirement' || subject.kind === 'policy-review') return [];
    if (subject.kind !== 'consent-agenda') return [{ kind: subject.kind, id: subject.id }];
    return consentItems(where.id).flatMap((item) =>
      item.linkId && (item.linkKind === 'policy-version' || item.linkKind === 'prior-minutes') ? [{ kind: item.linkKind === 'prior-minutes' ? ('minutes' as const) : ('policy-version' as const), id: item.linkId }] : [],
    );
  }

  return {
    meeting,
    consentItems,

    /**
     * Refuses, with the reason, what this meeting's committee may not decide: a policy step the chain gives another
     * committee or a draft never sent round, minutes of another committee or of a later meeting, an empty consent agenda.
     */
    committeeMayDecide(where: MeetingFacts, subject: MotionSubject): void {
      if (subject.kind === 'consent-agenda') {
        if (subject.id !== where.id) throw new AppError('INVALID_INPUT', 'A meeting approves its own consent agenda, not another meeting’s.');
        if (consentItems(where.id).length === 0) throw new AppError('INVALID_INPUT', `${where.title} has no items on its consent agenda: mark the routine items “consent agenda” first.`);
      }
      const committee = committeeName.get(where.committeeId) as string;
      for (const record of decidedRecords(where, subject)) {
        if (record.kind === 'minutes') mayApproveMinutes(where, record.id);
        else policies.mayApproveByCommittee(record.id, committee);
      }
    },

    /** Members who may not vote on this subject: the author of a version it approves, as a chain refuses self-approval. */
    recusals(where: MeetingFacts, subject: MotionSubject | null): Recusal[] {
      if (!subject) return [];
      const recused = new Map<string, Recusal>();
      for (const record of decidedRecords(where, subject)) {
        if (record.kind !== 'policy-version') continue;
        const version = versionAuthor.get(record.id) as { authorId: string; label: string } | undefined;
        const member = version && (memberForStaff.get(where.committeeId, version.authorId) as { id: string; name: string } | undefined);
        if (!version || !member) continue;
        const earlier = recused.get(member.id);
        recused.set(member.id, { memberId: member.id, name: member.name, reason: earlier ? `${earlier.reason}, ${version.label}` : `author of ${version.label}` });
      }
      return [...recused.values()];
    },

    /**
     * The effects of a carried motion, each dated by the meeting: minutes locked on its day, a policy version approved
     * at the committee's step (in force from the meeting's day or its chosen date), and so for each consent item.
     */
    carry(where: MeetingFacts, subject: MotionSubject, motionId: string): void {
      const decision = decisionDateOf(where);
      const committee = committeeName.get(where.committeeId) as string;
      for (const record of decidedRecords(where, subject)) {
        if (record.kind === 'minutes') store.update(meetingEntity, record.id, { status: 'minutes-approved', minutesApprovedAt: decision.at });
        else policies.approveByCommittee(record.id, committee, motionId, decision);
      }
    },

    /** A decision is recorded once the meeting has met: until then it would be dated in the future. */
    hasMet(where: MeetingFacts): void {
      if (where.startsAt > ctx.now().toISOString()) {
        throw new AppError('CONFLICT', `${where.title} meets on ${decisionDateOf(where).day}: its decisions are recorded once it has met.`);
      }
    },
  };
}
