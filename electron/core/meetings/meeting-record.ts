// A meeting as the chair sees it: agenda with linked records, attendance with the live quorum, motions with their
// computed results, and the action items it created or carries forward.
import type { ActionItem, AgendaItem, Meeting, MeetingRow, Motion } from '../../../shared/contract/meetings';
import { describeTally, quorumStatus, tally, type QuorumRule } from '../../../shared/domain/quorum';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { committees } from './committees';

const rowSelect = `SELECT m.id, m.committee_id AS committeeId, c.name AS committeeName, m.type, m.title, m.starts_at AS startsAt, m.time_zone AS timeZone,
    m.location, m.status, (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id) AS agendaItems, m.minutes_approved_at AS minutesApprovedAt
  FROM meetings m JOIN committees c ON c.id = m.committee_id`;

const actionSelect = `SELECT a.id, a.meeting_id AS meetingId, m.title AS meetingTitle, a.agenda_item_id AS agendaItemId, a.description, a.owner_staff_id AS ownerStaffId,
    a.owner_name AS ownerName, a.due_on AS dueOn, a.status, a.completed_on AS completedOn
  FROM action_items a JOIN meetings m ON m.id = a.meeting_id`;

export function meetingRecords(ctx: CoreContext) {
  const { db } = ctx;
  const members = committees(ctx);
  const list = db.prepare(`${rowSelect} WHERE @committeeId IS NULL OR m.committee_id = @committeeId ORDER BY m.starts_at DESC`);
  const one = db.prepare(`${rowSelect} WHERE m.id = ?`);
  const committeeRule = db.prepare('SELECT quorum_rule AS rule, quorum_count AS count FROM committees WHERE id = ?');
  const agendaOf = db.prepare(`SELECT id, meeting_id AS meetingId, position, title, kind, presenter, minutes_allotted AS minutesAllotted,
      executive_session AS executiveSession, consent, description, minutes_text AS minutesText, link_kind AS linkKind, link_id AS linkId
    FROM agenda_items WHERE meeting_id = ? ORDER BY position`);
  const guestsOf = db.prepare('SELECT id, name, role FROM agenda_item_guests WHERE agenda_item_id = ? ORDER BY position, name');
  const attachmentsOf = db.prepare(`SELECT aa.id, aa.attachment_id AS attachmentId, a.file_name AS fileName, a.media_type AS mediaType
    FROM agenda_attachments aa JOIN attachments a ON a.id = aa.attachment_id WHERE aa.agenda_item_id = ? ORDER BY aa.position`);
  const attendanceOf = db.prepare(`SELECT at.member_id AS memberId, at.name, at.status, coalesce(cm.voting, 0) AS voting
    FROM attendance at LEFT JOIN committee_members cm ON cm.id = at.member_id WHERE at.meeting_id = ? ORDER BY at.status = 'guest', at.name COLLATE NOCASE`);
  const motionsOf = db.prepare(`SELECT mo.id, mo.agenda_item_id AS agendaItemId, mo.kind, mo.text, mv.name AS moverName, sc.name AS seconderName,
      mo.subject_kind AS subjectKind, mo.subject_id AS subjectId, mo.result, mo.decided_at AS decidedAt, mo.threshold
    FROM motions mo LEFT JOIN committee_members mv ON mv.id = mo.mover_member_id LEFT JOIN committee_members sc ON sc.id = mo.seconder_member_id
    WHERE mo.meeting_id = ? ORDER BY mo.created_at`);
  const votesOf = db.prepare('SELECT v.member_id AS memberId, cm.name, v.vote FROM votes v JOIN committee_members cm ON cm.id = v.member_id WHERE v.motion_id = ? ORDER BY cm.name COLLATE NOCASE');
  const actionsOf = db.prepare(`${actionSelect} WHERE a.meeting_id = ? ORDER BY a.created_at`);
  const carried = db.prepare(`${actionSelect} WHERE a.committee_id = ? AND a.status IN ('open', 'in-progress') AND m.starts_at < ? ORDER BY a.due_on IS NULL, a.due_on`);
  const previous = db.prepare('SELECT id FROM meetings WHERE committee_id = ? AND starts_at < ? ORDER BY starts_at DESC LIMIT 1').pluck();
  const amendmentsOf = db.prepare('SELECT id, text, motion_id AS motionId, created_at AS createdAt FROM minutes_amendments WHERE meeting_id = ? ORDER BY created_at');
  const linkLabel = {
    'policy-version': db.prepare("SELECT p.reference || ' v' || v.number || ' — ' || v.title FROM policy_versions v JOIN policies p ON p.id = v.policy_id WHERE v.id = ?").pluck(),
    'prior-minutes': db.prepare("SELECT 'Minutes of ' || title FROM meetings WHERE id = ?").pluck(),
    'kpi-snapshot': db.prepare("SELECT 'Quality indicator: ' || name FROM measures WHERE id = ?").pluck(),
    'ethics-summary': db.prepare("SELECT 'Ethics case summary ' || case_number || ' (de-identified)' FROM ethics_cases WHERE id = ?").pluck(),
  } as const;

  function label(kind: string, id: string | null): string {
    const fixed: Record<string, string> = { 'credential-report': 'Credentialing report', 'kpi-snapshot': 'Quality indicators', 'ethics-summary': 'Ethics case summary (de-identified)', 'action-items': 'Open action items', 'training-report': 'Training report', 'ethics-report': 'Ethics committee report', 'recommendation-slate': 'Recommendation slate' };
    if (kind in linkLabel && id) return (linkLabel[kind as keyof typeof linkLabel].get(id) as string | undefined) ?? 'Linked record (removed)';
    return fixed[kind] ?? (kind === 'prior-minutes' ? 'No earlier meeting' : 'Linked record');
  }

  type AgendaRow = Omit<AgendaItem, 'link' | 'attachments' | 'executiveSession' | 'consent'> & { executiveSession: number; consent: number; linkKind: string | null; linkId: string | null };
  type MotionRow = Omit<Motion, 'votes' | 'tally' | 'subject'> & { subjectKind: NonNullable<Motion['subject']>['kind'] | null; subjectId: string | null };

  function motion(row: MotionRow): Motion {
    const { subjectKind, subjectId, ...rest } = row;
    const v = votesOf.all(row.id) as Motion['votes'];
    return { ...rest, subject: subjectKind && subjectId ? { kind: subjectKind, id: subjectId } : null, votes: v, tally: tally(v.map((x) => x.vote)) };
  }

  return {
    list: (committeeId: string | null) => list.all({ committeeId }) as (MeetingRow & { minutesApprovedAt: string | null })[],
    previousMeetingId: (committeeId: string, startsAt: string) => (previous.get(committeeId, startsAt) as string | undefined) ?? null,

    get(id: string): Meeting {
      const row = one.get(id) as (MeetingRow & { minutesApprovedAt: string | null }) | undefined;
      if (!row) throw notFound('This meeting');
      const roster = members.members(row.committeeId);
      const attendance = (attendanceOf.all(id) as { memberId: string | null; name: string; status: Meeting['attendance'][number]['status']; voting: number }[]).map((a) => ({ ...a, voting: a.voting === 1 }));
      const rule = committeeRule.get(row.committeeId) as { rule: QuorumRule; count: number | null };
      // Only members who may vote today count towards the quorum: one who has left the committee is not counted,
      // just as their vote is refused.
      const mayVote = new Set(roster.filter((m) => m.active && m.voting).map((m) => m.id));
      const votingMembers = mayVote.size;
      const presentVoting = attendance.filter((a) => a.status === 'present' && a.memberId !== null && mayVote.has(a.memberId)).length;
      return {
        ...row,
        locked: row.status === 'minutes-approved',
        agenda: (agendaOf.all(id) as AgendaRow[]).map(({ linkKind, linkId, executiveSession, consent, ...item }) => ({
          ...item,
          executiveSession: executiveSession === 1,
          consent: consent === 1,
          link: linkKind ? { kind: linkKind as NonNullable<AgendaItem['link']>['kind'], id: linkId, label: label(linkKind, linkId) } : null,
          attachments: attachmentsOf.all(item.id) as AgendaItem['attachments'],
          guests: guestsOf.all(item.id) as AgendaItem['guests'],
        })),
        members: roster,
        attendance,
        quorum: quorumStatus(votingMembers, presentVoting, rule.rule, rule.count),
        motions: (motionsOf.all(id) as MotionRow[]).map(motion),
        actionItems: actionsOf.all(id) as ActionItem[],
        carriedActionItems: carried.all(row.committeeId, row.startsAt) as ActionItem[],
        previousMeetingId: (previous.get(row.committeeId, row.startsAt) as string | undefined) ?? null,
        amendments: amendmentsOf.all(id) as Meeting['amendments'],
      };
    },

    /** The words a motion's result is printed with: "5 yes · 1 no — carried". */
    describe(m: Motion): string {
      return `${describeTally(m.tally)} — ${m.result}`;
    },
  };
}

