// Running a committee: scheduling, building the agenda, attendance, minutes, motions and votes, action items,
// and amendments to locked minutes. Approved minutes refuse every edit.
import type { z } from 'zod';
import type { meetingsContract } from '../../../shared/contract/meetings';
import { decideVote, thresholdFor, type Threshold, type ThresholdMotionKind, type Vote } from '../../../shared/domain/quorum';
import type { CoreContext } from '../context';
import { attachmentStore, decodeBase64 } from '../attachments/attachment-store';
import { signedSummaryForPacket } from '../ethics/cases';
import { AppError, notFound } from '../errors';
import { retirementAndReview } from '../policies/retirement-and-review';
import { recommendationSlate } from '../reappointments/slate';
import {
  actionItemEntity, agendaAttachmentEntity, agendaItemEntity, attendanceEntity, meetingEntity, minutesAmendmentEntity, motionEntity, voteEntity,
} from './entities';
import { meetingRecords } from './meeting-record';
import { decisionDateOf, motionAuthority, type MeetingFacts, type MotionSubject } from './motion-authority';

type Input<C extends keyof typeof meetingsContract> = z.output<(typeof meetingsContract)[C]['input']>;

/** Every meeting opens with these; new items go in before adjournment. */
const standingItems = [
  { title: 'Call to order', kind: 'procedural' },
  { title: 'Approval of the minutes of the previous meeting', kind: 'decision', link: 'prior-minutes' },
  { title: 'Open action items', kind: 'information', link: 'action-items' },
  { title: 'Adjournment', kind: 'procedural' },
] as const;

export function meetingWork(ctx: CoreContext) {
  const { db, store } = ctx;
  const records = meetingRecords(ctx);
  const attachments = attachmentStore(ctx);
  const authority = motionAuthority(ctx);
  const slates = recommendationSlate(ctx);
  const meetingOf = db.prepare('SELECT id, committee_id AS committeeId, status, starts_at AS startsAt, time_zone AS timeZone, title FROM meetings WHERE id = ?');
  const policyDecisions = retirementAndReview(ctx);
  const committeeName = db.prepare('SELECT name FROM committees WHERE id = ?').pluck();
  const itemMeeting = db.prepare('SELECT meeting_id FROM agenda_items WHERE id = ?').pluck();
  const itemFlags = db.prepare('SELECT consent, executive_session AS executiveSession FROM agenda_items WHERE id = ?');
  const itemsOf = db.prepare('SELECT id, position, title, kind FROM agenda_items WHERE meeting_id = ? ORDER BY position');
  const committeeExists = db.prepare('SELECT 1 FROM committees WHERE id = ?').pluck();
  const committeeThresholds = db.prepare('SELECT motion_thresholds FROM committees WHERE id = ?').pluck();
  const attendanceRows = db.prepare('SELECT id, member_id AS memberId, status FROM attendance WHERE meeting_id = ?');
  const attachmentCount = db.prepare('SELECT count(*) FROM agenda_attachments WHERE agenda_item_id = ?').pluck();
  const actionById = db.prepare('SELECT id, status FROM action_items WHERE id = ?');
  const actionMeeting = db.prepare('SELECT meeting_id FROM action_items WHERE id = ?').pluck();
  const staffName = db.prepare("SELECT given_name || ' ' || family_name FROM staff WHERE id = ?").pluck();

  const policyVersionExists = db.prepare('SELECT 1 FROM policy_versions WHERE id = ?').pluck();
  const slateItem = db.prepare("SELECT meeting_id FROM agenda_items WHERE id = ? AND link_kind = 'recommendation-slate'").pluck();
  const policyExists = db.prepare('SELECT 1 FROM policies WHERE id = ?').pluck();
  const measureExists = db.prepare('SELECT 1 FROM measures WHERE id = ?').pluck();
  const committeeKind = db.prepare('SELECT kind FROM committees WHERE id = ?').pluck();
  // The "approve the previous minutes" items of meetings not yet held, unless the meeting already moved on those minutes.
  const priorMinutesItems = db.prepare(`SELECT a.id, a.link_id AS linkId, m.starts_at AS startsAt FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
    WHERE m.committee_id = ? AND m.status IN ('draft', 'scheduled') AND a.link_kind = 'prior-minutes'
      AND NOT EXISTS (SELECT 1 FROM motions mo WHERE mo.meeting_id = m.id AND mo.subject_kind = 'minutes' AND mo.subject_id = a.link_id)`);

  /**
   * Keeps each coming meeting's "approval of the previous minutes" pointing at the meeting just before it, when a
   * meeting is scheduled in between or moved: otherwise the packet would circulate the wrong minutes for approval.
   */
  function relinkPriorMinutes(committeeId: string): void {
    for (const row of priorMinutesItems.all(committeeId) as { id: string; linkId: string | null; startsAt: string }[]) {
      const previous = records.previousMeetingId(committeeId, row.startsAt);
      if (previous !== row.linkId) store.update(agendaItemEntity, row.id, { linkId: previous });
    }
  }

  /**
   * A link must name a record that exists (a policy version, a measure, a signed-off ethics summary, earlier minutes of
   * the same committee), and the organisation-wide reports name none: otherwise the packet would fail to print long
   * after the link was made.
   */
  function linkable(link: { kind: string; id: string | null } | null | undefined, m: MeetingFacts): void {
    if (!link) return;
    if (link.kind === 'policy-version' && (!link.id || !policyVersionExists.get(link.id))) {
      throw new AppError('INVALID_INPUT', link.id ? 'That policy version does not exist.' : 'Choose the policy version to link.', [{ path: 'link', message: 'Choose a policy version' }]);
    }
    // A quality snapshot is the whole scorecard (no id) or one measure, which must exist.
    if (link.kind === 'kpi-snapshot' && link.id && !measureExists.get(link.id)) {
      throw new AppError('INVALID_INPUT', 'That measure does not exist (deleted on another laptop?). Link the whole scorecard or another measure.', [{ path: 'link', message: 'Choose a measure' }]);
    }
    // Only a summary a reviewer signed off can reach a packet; its text is the de-identified one, kept apart from the case.
    // A patient's case, even de-identified, goes to the ethics committee and no other.
    if ((link.kind === 'ethics-summary' || link.kind === 'ethics-report') && committeeKind.get(m.committeeId) !== 'ethics') {
      throw new AppError('INVALID_INPUT', 'Ethics summaries and reports go on an ethics committee’s agenda only.', [{ path: 'link', message: 'Link this on the ethics committee’s agenda' }]);
    }
    if (link.kind === 'ethics-summary' && (!link.id || !signedSummaryForPacket(ctx, link.id)?.text)) {
      throw new AppError('INVALID_INPUT', link.id ? 'Only a signed-off ethics summary can be linked: review and sign it off on the Ethics screen first.' : 'Choose the signed-off ethics summary to link.', [{ path: 'link', message: 'Choose a signed-off summary' }]);
    }
    if (link.kind === 'training-report' && link.id) {
      throw new AppError('INVALID_INPUT', 'A training report covers the whole organisation as of the meeting; it links no single record.', [{ path: 'link', message: 'Link the report itself' }]);
    }
    // The slate is the committee's own list of applicants as of its meeting: it names no single record, and only the
    // Credentials Committee, the MEC and the board act on it.
    if (link.kind === 'recommendation-slate') {
      if (link.id) throw new AppError('INVALID_INPUT', 'The recommendation slate lists every applicant due before this meeting; it links no single record.', [{ path: 'link', message: 'Link the slate itself' }]);
      slates.meetingFacts(m.id);
    }
    if (link.kind === 'prior-minutes' && link.id) {
      const target = meetingOf.get(link.id) as MeetingFacts | undefined;
      if (!target || target.committeeId !== m.committeeId || target.startsAt >= m.startsAt) {
        throw new AppError('INVALID_INPUT', 'Link the minutes of an earlier meeting of the same committee.', [{ path: 'link', message: 'Choose an earlier meeting' }]);
      }
    }
  }

  const meeting = authority.meeting;
  function unlocked(m: MeetingFacts): MeetingFacts {
    if (m.status === 'minutes-approved') throw new AppError('LOCKED', `The minutes of ${m.title} are approved and locked. A correction is an amendment with its own motion.`);
    return m;
  }
  function meetingOfItem(itemId: string): MeetingFacts {
    const id = itemMeeting.get(itemId) as string | undefined;
    if (!id) throw notFound('This agenda item');
    return unlocked(meeting(id));
  }
  /** The consent agenda is routine business voted in the open: a closed-session item is discussed, not consented to. */
  function routineIfConsent(item: { consent: boolean; executiveSession: boolean }): void {
    if (item.consent && item.executiveSession) {
      throw new AppError('INVALID_INPUT', 'An executive-session item cannot go on the consent agenda: the consent agenda is voted in open session.');
    }
  }

  /** Rewrites positions 0..n-1 in the given order, touching only the items that moved. */
  function renumber(order: { id: string; position: number }[]): void {
    order.forEach((item, index) => {
      if (item.position !== index) store.update(agendaItemEntity, item.id, { position: index });
    });
  }

  /** The threshold a motion of this kind needs under the committee's rules (its own, else the defaults). */
  function thresholdOf(committeeId: string, kind: string) {
    const own = committeeThresholds.get(committeeId) as string | null;
    return thresholdFor(kind as ThresholdMotionKind, own ? (JSON.parse(own) as Partial<Record<ThresholdMotionKind, Threshold>>) : null);
  }

  /**
   * Checks the votes against the committee, the attendance and the recusals, and returns them (a recused member
   * present with no vote given is recorded as recused) with the result this vote's quorum and threshold give.
   */
  function checkedVotes(
    where: MeetingFacts, motion: { kind: string; subject: MotionSubject | null; declaredResult?: 'carried' | 'failed' | undefined },
    given: { memberId: string; vote: Vote }[], moverMemberId: string, seconderMemberId: string | null,
  ) {
    const record = records.get(where.id);
    const voting = new Map(record.members.filter((m) => m.active && m.voting).map((m) => [m.id, m]));
    const everyone = new Map(record.members.map((m) => [m.id, m]));
    if (given.length > voting.size) throw new AppError('INVALID_INPUT', `${given.length} votes were given but the committee has ${voting.size} voting members.`);
    const isPresent = (memberId: string) => record.attendance.find((a) => a.memberId === memberId)?.status === 'present';
    const seen = new Set<string>();
    for (const v of given) {
      const member = everyone.get(v.memberId);
      if (!member) throw new AppError('INVALID_INPUT', 'A vote came from someone who is not a member of this committee.');
      if (!voting.has(v.memberId)) throw new AppError('INVALID_INPUT', `${member.name} is not a voting member.`);
      if (seen.has(v.memberId)) throw new AppError('INVALID_INPUT', `${member.name} voted twice.`);
      seen.add(v.memberId);
      if (v.vote !== 'absent' && !isPresent(v.memberId)) throw new AppError('INVALID_INPUT', `${member.name} is not recorded as present, so cannot vote ${v.vote}.`);
    }
    for (const [role, id] of [['mover', moverMemberId], ['seconder', seconderMemberId]] as const) {
      if (!id) continue;
      if (!everyone.has(id)) throw new AppError('INVALID_INPUT', `The ${role} is not a member of this committee.`);
      if (!isPresent(id)) throw new AppError('INVALID_INPUT', `The ${role}, ${everyone.get(id)!.name}, is not recorded as present.`);
    }
    if (moverMemberId === seconderMemberId) throw new AppError('INVALID_INPUT', 'A motion cannot be seconded by its mover.');

    // No one approves their own work: the author of a version the motion approves neither moves, seconds nor votes on it.
    const votes = [...given];
    for (const recusal of authority.recusals(where, motion.subject)) {
      const why = `${recusal.name} is recused from this motion (${recusal.reason})`;
      if (recusal.memberId === moverMemberId || recusal.memberId === seconderMemberId) throw new AppError('INVALID_INPUT', `${why}, so cannot ${recusal.memberId === moverMemberId ? 'move' : 'second'} it.`);
      const vote = votes.find((v) => v.memberId === recusal.memberId);
      if (vote && vote.vote !== 'recused' && vote.vote !== 'absent' && vote.vote !== 'out-of-room') throw new AppError('INVALID_INPUT', `${why}: record their vote as recused.`);
      if (!vote && voting.has(recusal.memberId) && isPresent(recusal.memberId)) votes.push({ memberId: recusal.memberId, vote: 'recused' });
    }

    const outcome = decideVote(record.quorum, votes.map((v) => v.vote), thresholdOf(where.committeeId, motion.kind));
    if (motion.declaredResult === 'carried' && outcome.shortfall) throw new AppError('INVALID_INPUT', `This motion cannot be recorded as carried: ${outcome.shortfall}.`);
    if (motion.declaredResult === 'failed' && !outcome.shortfall) throw new AppError('INVALID_INPUT', `These votes carry the motion (${outcome.tally.yes} yes of ${outcome.tally.yes + outcome.tally.no} cast, ${outcome.yesNeeded} needed): it cannot be recorded as failed.`);
    return { votes, outcome };
  }

  function recordMotion(
    where: MeetingFacts,
    fields: { agendaItemId: string | null; kind: string; text: string; moverMemberId: string; seconderMemberId: string | null; subjectKind: string | null; subjectId: string | null },
    given: { memberId: string; vote: Vote }[], declaredResult?: 'carried' | 'failed',
  ) {
    const subject = fields.subjectKind && fields.subjectId && fields.subjectKind !== 'minutes-amendment' ? ({ kind: fields.subjectKind, id: fields.subjectId } as MotionSubject) : null;
    const { votes, outcome } = checkedVotes(where, { kind: fields.kind, subject, declaredResult }, given, fields.moverMemberId, fields.seconderMemberId);
    // Decided at the meeting: typed in days later, it still carries the meeting's date.
    const motionId = store.insert(motionEntity, { meetingId: where.id, ...fields, result: outcome.result, decidedAt: decisionDateOf(where).at, threshold: outcome.threshold });
    for (const v of votes) store.insert(voteEntity, { motionId, memberId: v.memberId, vote: v.vote });
    return { motionId, result: outcome.result };
  }

  return {
    create(input: Input<'meetings.create'>): string {
      return store.transaction(() => {
        if (!committeeExists.get(input.committeeId)) throw notFound('This committee');
        const id = store.insert(meetingEntity, { ...input, location: input.location ?? null, status: 'scheduled', minutesApprovedAt: null });
        const previous = records.previousMeetingId(input.committeeId, input.startsAt);
        standingItems.forEach((item, position) => {
          const link = 'link' in item ? item.link : null;
          store.insert(agendaItemEntity, {
            meetingId: id, position, title: item.title, kind: item.kind, presenter: null, minutesAllotted: item.kind === 'procedural' ? 2 : 5,
            executiveSession: false, description: null, minutesText: null, linkKind: link, linkId: link === 'prior-minutes' ? previous : null,
          });
        });
        relinkPriorMinutes(input.committeeId);
        return id;
      });
    },

    update(id: string, patch: Input<'meetings.update'>['patch']): void {
      store.transaction(() => {
        const m = unlocked(meeting(id));
        const startsAt = patch.startsAt ?? m.startsAt;
        // Held is a fact about the past: a meeting still to come cannot have been held.
        if ((patch.status ?? m.status) === 'held' && startsAt > ctx.now().toISOString()) {
          throw new AppError('INVALID_INPUT', `${patch.title ?? m.title} meets on ${decisionDateOf({ startsAt, timeZone: patch.timeZone ?? m.timeZone }).day}: it can be marked held once it has met.`, [{ path: 'status', message: 'Not yet held' }]);
        }
        store.update(meetingEntity, m.id, patch);
        if (patch.startsAt !== undefined && patch.startsAt !== m.startsAt) relinkPriorMinutes(m.committeeId);
      });
    },

    addItem({ meetingId, link, ...fields }: Input<'agenda.add'>): void {
      store.transaction(() => {
        const m = unlocked(meeting(meetingId));
        linkable(link, m);
        routineIfConsent({ consent: fields.consent ?? false, executiveSession: fields.executiveSession ?? false });
        const items = itemsOf.all(meetingId) as { id: string; position: number; title: string; kind: string }[];
        const last = items.at(-1);
        const beforeAdjournment = last && last.kind === 'procedural' && /adjourn/i.test(last.title);
        const position = beforeAdjournment ? last.position : items.length;
        if (beforeAdjournment) store.update(agendaItemEntity, last.id, { position: last.position + 1 });
        store.insert(agendaItemEntity, {
          meetingId, position, ...fields, executiveSession: fields.executiveSession ?? false, consent: fields.consent ?? false, minutesText: null,
          linkKind: link?.kind ?? null, linkId: link?.id ?? null,
        });
      });
    },

    updateItem(id: string, { link, ...patch }: Input<'agenda.update'>['patch']): string {
      const m = meetingOfItem(id);
      linkable(link, m);
      const current = itemFlags.get(id) as { consent: number; executiveSession: number };
      routineIfConsent({ consent: patch.consent ?? current.consent === 1, executiveSession: patch.executiveSession ?? current.executiveSession === 1 });
      store.update(agendaItemEntity, id, { ...patch, ...(link !== undefined ? { linkKind: link?.kind ?? null, linkId: link?.id ?? null } : {}) });
      return m.id;
    },

    moveItem(id: string, toPosition: number): string {
      return store.transaction(() => {
        const m = meetingOfItem(id);
        const items = itemsOf.all(m.id) as { id: string; position: number }[];
        const moving = items.find((i) => i.id === id)!;
        const rest = items.filter((i) => i.id !== id);
        rest.splice(Math.min(toPosition, rest.length), 0, moving);
        renumber(rest);
        return m.id;
      });
    },

    removeItem(id: string): string {
      return store.transaction(() => {
        const m = meetingOfItem(id);
        // Its attachments go with it, and its motions and action items lose their link to it: the store writes (and
        // logs) each of these, so other laptops and the history learn of them too.
        store.remove(agendaItemEntity, id);
        renumber(itemsOf.all(m.id) as { id: string; position: number }[]);
        return m.id;
      });
    },

    attach(agendaItemId: string, fileName: string, dataBase64: string): string {
      return store.transaction(() => {
        const m = meetingOfItem(agendaItemId);
        const bytes = decodeBase64(dataBase64);
        if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new AppError('INVALID_INPUT', `${fileName} is not a PDF: packets merge PDF files only.`);
        const attachmentId = attachments.put(fileName, bytes);
        store.insert(agendaAttachmentEntity, { agendaItemId, attachmentId, position: attachmentCount.get(agendaItemId) as number });
        return m.id;
      });
    },

    setAttendance({ meetingId, members, guests }: Input<'attendance.set'>): void {
      store.transaction(() => {
        unlocked(meeting(meetingId));
        const record = records.get(meetingId);
        const existing = attendanceRows.all(meetingId) as { id: string; memberId: string | null; status: string }[];
        for (const entry of members) {
          const member = record.members.find((m) => m.id === entry.memberId);
          if (!member) throw new AppError('INVALID_INPUT', 'Attendance was given for someone who is not a member of this committee.');
          const row = existing.find((e) => e.memberId === entry.memberId);
          if (row) store.update(attendanceEntity, row.id, { status: entry.status });
          else store.insert(attendanceEntity, { meetingId, memberId: entry.memberId, name: member.name, status: entry.status });
        }
        const guestRows = existing.filter((e) => e.memberId === null);
        for (const g of guestRows) store.remove(attendanceEntity, g.id);
        for (const name of guests) store.insert(attendanceEntity, { meetingId, memberId: null, name, status: 'guest' });
      });
    },

    setMinutes(agendaItemId: string, text: string): string {
      const m = meetingOfItem(agendaItemId);
      store.update(agendaItemEntity, agendaItemId, { minutesText: text || null });
      return m.id;
    },

    /**
     * A motion on the minutes locks them when carried; one on a policy version approves it at this committee's step;
     * one on the consent agenda does so for each of its items. The committee must have the right to decide each, the
     * meeting must have met, and every effect is dated by the meeting. Refused with the reason, nothing written.
     */
    recordMotion(input: Input<'motions.record'>): void {
      store.transaction(() => {
        const m = unlocked(meeting(input.meetingId));
        if (input.agendaItemId && itemMeeting.get(input.agendaItemId) !== m.id) throw new AppError('INVALID_INPUT', 'That agenda item belongs to another meeting.');
        // A carried motion with a subject approves it: a motion to table or refer the minutes must not lock them.
        if (input.subject && input.kind !== 'approve') throw new AppError('INVALID_INPUT', 'Only a motion to approve can approve minutes, a policy version or the consent agenda; record a motion to table or refer without a subject.', [{ path: 'kind', message: 'Choose “approve”' }]);
        if (input.subject?.kind === 'policy-version' && !policyVersionExists.get(input.subject.id)) throw new AppError('INVALID_INPUT', 'That policy version does not exist.');
        if (input.subject?.kind === 'recommendation-slate' && (input.subject.id !== input.agendaItemId || slateItem.get(input.subject.id) !== m.id)) {
          throw new AppError('INVALID_INPUT', 'A motion on the recommendation slate is recorded on the agenda item that links the slate.', [{ path: 'agendaItemId', message: 'Choose the slate’s agenda item' }]);
        }
        if ((input.subject?.kind === 'policy-retirement' || input.subject?.kind === 'policy-review') && !policyExists.get(input.subject.id)) throw new AppError('INVALID_INPUT', 'That policy does not exist.');
        if (input.slateExceptions.length && input.subject?.kind !== 'recommendation-slate') throw new AppError('INVALID_INPUT', 'Exceptions to a slate belong to a motion on the recommendation slate.');
        if (input.subject) {
          authority.committeeMayDecide(m, input.subject);
          authority.hasMet(m);
        }
        const { motionId, result } = recordMotion(m, {
          agendaItemId: input.agendaItemId, kind: input.kind, text: input.text, moverMemberId: input.moverMemberId, seconderMemberId: input.seconderMemberId,
          subjectKind: input.subject?.kind ?? null, subjectId: input.subject?.id ?? null,
        }, input.votes, input.declaredResult);
        if (result === 'carried' && input.subject) {
          if (input.subject.kind === 'recommendation-slate') slates.decide(m.id, motionId, input.slateExceptions);
          else if (input.subject.kind === 'policy-retirement' || input.subject.kind === 'policy-review') {
            const motion = { committee: committeeName.get(m.committeeId) as string, motionId, decidedOn: decisionDateOf(m).day };
            if (input.subject.kind === 'policy-retirement') policyDecisions.retireByMotion(input.subject.id, motion, input.text);
            else policyDecisions.reviewedByMotion(input.subject.id, motion, input.text);
          } else authority.carry(m, input.subject, motionId);
        }
      });
    },

    /** What a motion will be held to before it is voted, for the vote dialog: recusals, threshold, the meeting's quorum. */
    motionRules(input: Input<'motions.rules'>) {
      const m = meeting(input.meetingId);
      return { threshold: thresholdOf(m.committeeId, input.kind), recused: authority.recusals(m, input.subject), quorum: records.get(m.id).quorum };
    },

    addAction(input: Input<'actions.add'>): void {
      store.transaction(() => {
        const m = unlocked(meeting(input.meetingId));
        const ownerName = input.ownerName?.trim() || (input.ownerStaffId ? (staffName.get(input.ownerStaffId) as string | undefined) : undefined);
        if (!ownerName) throw new AppError('INVALID_INPUT', 'Every action item needs an owner.', [{ path: 'ownerName', message: 'Who will do it?' }]);
        store.insert(actionItemEntity, {
          meetingId: m.id, agendaItemId: input.agendaItemId, committeeId: m.committeeId, description: input.description, ownerStaffId: input.ownerStaffId,
          ownerName, dueOn: input.dueOn, status: 'open', completedOn: null,
        });
      });
    },

    /**
     * Action items stay trackable after the minutes lock: their status and due date move between meetings. What the
     * minutes recorded (the action and its owner) is part of the locked record and changes only by amendment.
     */
    updateAction(id: string, patch: Input<'actions.update'>['patch']): { id: string; status: (typeof patch)['status'] & string } {
      const row = actionById.get(id) as { id: string; status: string } | undefined;
      if (!row) throw notFound('This action item');
      if (patch.description !== undefined || patch.ownerName !== undefined) unlocked(meeting(actionMeeting.get(id) as string));
      const today = ctx.now().toISOString().slice(0, 10);
      store.update(actionItemEntity, id, { ...patch, ...(patch.status === 'done' ? { completedOn: today } : patch.status ? { completedOn: null } : {}) });
      return actionById.get(id) as { id: string; status: 'open' };
    },

    amend(input: Input<'minutes.amend'>): void {
      store.transaction(() => {
        const target = meeting(input.meetingId);
        if (target.status !== 'minutes-approved') throw new AppError('CONFLICT', 'These minutes are not approved yet: edit them directly.');
        const where = unlocked(meeting(input.motionMeetingId));
        if (where.committeeId !== target.committeeId) throw new AppError('INVALID_INPUT', 'An amendment is moved in a meeting of the same committee.');
        if (where.startsAt <= target.startsAt) throw new AppError('INVALID_INPUT', 'An amendment to approved minutes is moved in a later meeting.');
        authority.hasMet(where);
        const { motionId, result } = recordMotion(where, {
          agendaItemId: null, kind: 'amend', text: `Amend the minutes of ${target.title}: ${input.text}`, moverMemberId: input.moverMemberId,
          seconderMemberId: input.seconderMemberId, subjectKind: 'minutes-amendment', subjectId: target.id,
        }, input.votes);
        if (result === 'carried') store.insert(minutesAmendmentEntity, { meetingId: target.id, text: input.text, motionId });
      });
    },
  };
}
