// Committees and their meetings: agenda, attendance and quorum, minutes, motions and votes, action items that carry
// forward, locked minutes with amendments, and the board packet as one PDF.
import { z } from 'zod';
import { channel } from './define';
import { Id, IsoDate, IsoDateTime, NonBlank } from './common';
import { AttachmentUpload, ExportedFile } from './credentials';
import { thresholds } from '../domain/quorum';
import { stepOutcomes } from '../domain/reappointment-process';

export const committeeKinds = ['medical-executive', 'credentials', 'quality', 'pharmacy-therapeutics', 'ethics', 'board', 'other'] as const;
export const memberRoles = ['chair', 'vice-chair', 'secretary', 'member', 'ex-officio'] as const;
export const agendaKinds = ['procedural', 'information', 'discussion', 'decision'] as const;
export const linkKinds = ['policy-version', 'credential-report', 'kpi-snapshot', 'ethics-summary', 'prior-minutes', 'action-items', 'training-report', 'ethics-report', 'recommendation-slate'] as const;
export const attendanceStatuses = ['present', 'absent', 'excused', 'guest'] as const;
export const motionKinds = ['approve', 'table', 'refer', 'amend', 'other'] as const;
export const votes = ['yes', 'no', 'abstain', 'recused', 'absent', 'out-of-room'] as const;
export const actionStatuses = ['open', 'in-progress', 'done', 'cancelled'] as const;
export const meetingStatuses = ['draft', 'scheduled', 'held', 'minutes-approved'] as const;

export const CommitteeMember = z.object({ id: Id, committeeId: Id, staffId: Id.nullable(), name: z.string(), role: z.enum(memberRoles), voting: z.boolean(), active: z.boolean() });
export type CommitteeMember = z.infer<typeof CommitteeMember>;

const ThresholdChoice = z.enum(thresholds);
const MotionThresholds = z.object({ approve: ThresholdChoice, table: ThresholdChoice, refer: ThresholdChoice, amend: ThresholdChoice, other: ThresholdChoice }).partial().strict();

export const Committee = z.object({
  id: Id,
  name: z.string(),
  kind: z.enum(committeeKinds),
  quorumRule: z.enum(['majority', 'two-thirds', 'fixed']),
  quorumCount: z.number().int().nullable(),
  description: z.string().nullable(),
  /** The committee's own threshold per motion kind, where its rules differ from the defaults (two thirds to amend). */
  motionThresholds: MotionThresholds.nullable(),
  members: z.array(CommitteeMember),
});
export type Committee = z.infer<typeof Committee>;

export const QuorumShape = z.object({ required: z.number().int(), presentVoting: z.number().int(), votingMembers: z.number().int(), quorate: z.boolean() });
export const TallyShape = z.object({ yes: z.number().int(), no: z.number().int(), abstain: z.number().int(), recused: z.number().int(), absent: z.number().int(), outOfRoom: z.number().int() });

export const AgendaItem = z.object({
  id: Id,
  meetingId: Id,
  position: z.number().int(),
  title: z.string(),
  kind: z.enum(agendaKinds),
  presenter: z.string().nullable(),
  minutesAllotted: z.number().int().nullable(),
  executiveSession: z.boolean(),
  description: z.string().nullable(),
  minutesText: z.string().nullable(),
  link: z.object({ kind: z.enum(linkKinds), id: z.string().nullable(), label: z.string() }).nullable(),
  /** On the consent agenda: routine, approved with the other consent items by one motion unless a member pulls it off. */
  consent: z.boolean(),
  attachments: z.array(z.object({ id: Id, attachmentId: z.string(), fileName: z.string(), mediaType: z.string() })),
  /** Guests invited for this item alone; the confidential supplement lists them among who was in the room. */
  guests: z.array(z.object({ id: Id, name: z.string(), role: z.string().nullable() })),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const Motion = z.object({
  id: Id,
  agendaItemId: Id.nullable(),
  kind: z.enum(motionKinds),
  text: z.string(),
  moverName: z.string().nullable(),
  seconderName: z.string().nullable(),
  subject: z.object({ kind: z.enum(['minutes', 'policy-version', 'minutes-amendment', 'consent-agenda', 'recommendation-slate', 'policy-retirement', 'policy-review']), id: z.string() }).nullable(),
  votes: z.array(z.object({ memberId: Id, name: z.string(), vote: z.enum(votes) })),
  tally: TallyShape,
  result: z.enum(['pending', 'carried', 'failed']),
  /** When the meeting decided it (the meeting's start), not when it was typed in. */
  decidedAt: IsoDateTime.nullable(),
  /** What it needed to carry, as the committee's rules said when it was voted; null on motions recorded before. */
  threshold: z.enum(thresholds).nullable(),
});
export type Motion = z.infer<typeof Motion>;

export const ActionItem = z.object({
  id: Id,
  meetingId: Id,
  meetingTitle: z.string(),
  agendaItemId: Id.nullable(),
  description: z.string(),
  ownerStaffId: Id.nullable(),
  ownerName: z.string(),
  dueOn: IsoDate.nullable(),
  status: z.enum(actionStatuses),
  completedOn: IsoDate.nullable(),
});
export type ActionItem = z.infer<typeof ActionItem>;

/** What the action items list shows: open (open or in progress), overdue among those, done, cancelled, or all. */
export const actionListStatuses = ['open', 'overdue', 'done', 'cancelled', 'all'] as const;
export const actionListSorts = ['due', 'owner', 'status', 'meeting'] as const;

/** An action item in the list across meetings: with its committee and meeting's day, and whether it is past due. */
export const ActionItemListRow = ActionItem.extend({
  committeeId: Id,
  committeeName: z.string(),
  meetingStartsAt: IsoDateTime,
  meetingTimeZone: z.string(),
  /** Open or in progress and due before the organisation's today. */
  overdue: z.boolean(),
});
export type ActionItemListRow = z.infer<typeof ActionItemListRow>;

export const MeetingRow = z.object({
  id: Id,
  committeeId: Id,
  committeeName: z.string(),
  type: z.enum(['regular', 'special', 'annual']),
  title: z.string(),
  startsAt: IsoDateTime,
  timeZone: z.string(),
  location: z.string().nullable(),
  status: z.enum(meetingStatuses),
  agendaItems: z.number().int(),
});
export type MeetingRow = z.infer<typeof MeetingRow>;

export const Meeting = MeetingRow.extend({
  minutesApprovedAt: IsoDateTime.nullable(),
  /** Approved minutes never change; corrections are amendments with their own motion. */
  locked: z.boolean(),
  agenda: z.array(AgendaItem),
  members: z.array(CommitteeMember),
  attendance: z.array(z.object({ memberId: Id.nullable(), name: z.string(), status: z.enum(attendanceStatuses), voting: z.boolean() })),
  quorum: QuorumShape,
  motions: z.array(Motion),
  actionItems: z.array(ActionItem),
  /** Open action items from this committee's earlier meetings: they carry forward onto this agenda on their own. */
  carriedActionItems: z.array(ActionItem),
  previousMeetingId: Id.nullable(),
  amendments: z.array(z.object({ id: Id, text: z.string(), motionId: Id.nullable(), createdAt: IsoDateTime })),
});
export type Meeting = z.infer<typeof Meeting>;

const optionalText = (max: number) => z.string().trim().max(max).transform((s) => s || null).nullable().optional();

const AgendaFields = z.object({
  title: NonBlank('Title', 200),
  kind: z.enum(agendaKinds),
  presenter: optionalText(120),
  minutesAllotted: z.number().int().min(0).max(600).nullable().optional(),
  executiveSession: z.boolean().optional(),
  consent: z.boolean().optional(),
  description: optionalText(4000),
  link: z.object({ kind: z.enum(linkKinds), id: z.string().max(64).nullable() }).strict().nullable().optional(),
}).strict();

const VoteInput = z.object({ memberId: Id, vote: z.enum(votes) }).strict();
/** What a carried motion decides: earlier minutes, a policy version at the committee's step, or this meeting's consent agenda (its id). */
const MotionSubject = z.object({ kind: z.enum(['minutes', 'policy-version', 'consent-agenda', 'recommendation-slate', 'policy-retirement', 'policy-review']), id: Id }).strict();

export const meetingsContract = {
  'committees.list': channel({ summary: 'Committees with their members', writes: false, input: z.object({}).strict(), output: z.array(Committee) }),
  'committees.create': channel({
    summary: 'Add a committee and its quorum rule',
    writes: true,
    input: z.object({ name: NonBlank('Name', 120), kind: z.enum(committeeKinds), quorumRule: z.enum(['majority', 'two-thirds', 'fixed']).default('majority'), quorumCount: z.number().int().min(1).max(100).nullable().default(null), description: optionalText(1000), motionThresholds: MotionThresholds.nullable().default(null) }).strict(),
    output: Committee,
  }),
  'committees.addMember': channel({
    summary: 'Add a member (a staff member, or a named outside member) with a role and voting eligibility',
    writes: true,
    input: z.object({ committeeId: Id, staffId: Id.nullable().default(null), name: z.string().trim().max(120).optional(), role: z.enum(memberRoles).default('member'), voting: z.boolean().default(true) }).strict(),
    output: Committee,
  }),
  'committees.setRules': channel({
    summary: 'Set the committee’s threshold per motion kind; a kind left out takes the default (majority; two thirds to amend)',
    writes: true,
    input: z.object({ id: Id, motionThresholds: MotionThresholds }).strict(),
    output: Committee,
  }),
  'committees.updateMember': channel({ summary: 'Change a member’s role, vote or membership', writes: true, input: z.object({ id: Id, patch: z.object({ role: z.enum(memberRoles), voting: z.boolean(), active: z.boolean() }).partial().strict() }).strict(), output: Committee }),
  'meetings.list': channel({ summary: 'Meetings, soonest upcoming first then the most recent', writes: false, input: z.object({ committeeId: Id.optional() }).strict(), output: z.array(MeetingRow) }),
  'meetings.create': channel({
    summary: 'Schedule a meeting; its agenda starts with the standing items',
    writes: true,
    input: z.object({ committeeId: Id, type: z.enum(['regular', 'special', 'annual']).default('regular'), title: NonBlank('Title', 200), startsAt: IsoDateTime, timeZone: z.string().trim().min(1).max(64), location: optionalText(200) }).strict(),
    output: Meeting,
  }),
  'meetings.get': channel({ summary: 'One meeting: agenda, attendance and quorum, motions, action items', writes: false, input: z.object({ id: Id }).strict(), output: Meeting }),
  'meetings.update': channel({
    summary: 'Change a meeting’s details or status',
    writes: true,
    input: z.object({ id: Id, patch: z.object({ title: NonBlank('Title', 200), startsAt: IsoDateTime, timeZone: z.string().trim().min(1).max(64), location: optionalText(200), type: z.enum(['regular', 'special', 'annual']), status: z.enum(['draft', 'scheduled', 'held']) }).partial().strict() }).strict(),
    output: Meeting,
  }),
  'agenda.add': channel({ summary: 'Add an agenda item at the end (before adjournment)', writes: true, input: AgendaFields.extend({ meetingId: Id }).strict(), output: Meeting }),
  'agenda.update': channel({ summary: 'Change an agenda item', writes: true, input: z.object({ id: Id, patch: AgendaFields.partial() }).strict(), output: Meeting }),
  'agenda.move': channel({ summary: 'Move an agenda item to a new position (drag or keyboard)', writes: true, input: z.object({ id: Id, toPosition: z.number().int().min(0).max(500) }).strict(), output: Meeting }),
  'agenda.remove': channel({ summary: 'Remove an agenda item', writes: true, input: z.object({ id: Id }).strict(), output: Meeting }),
  'agenda.attach': channel({ summary: 'Attach a PDF to an agenda item; it is merged into the packet in place', writes: true, input: AttachmentUpload.extend({ agendaItemId: Id }).strict(), output: Meeting }),
  'attendance.set': channel({
    summary: 'Record who is present, absent or excused, and guests',
    writes: true,
    input: z.object({ meetingId: Id, members: z.array(z.object({ memberId: Id, status: z.enum(['present', 'absent', 'excused']) }).strict()).max(200), guests: z.array(NonBlank('Guest name', 120)).max(50).default([]) }).strict(),
    output: Meeting,
  }),
  'minutes.set': channel({ summary: 'Write the minutes of an agenda item', writes: true, input: z.object({ agendaItemId: Id, text: z.string().max(200_000) }).strict(), output: Meeting }),
  'motions.record': channel({
    summary: 'Record a motion with its mover, seconder and each member’s vote; the result is computed',
    writes: true,
    input: z.object({
      meetingId: Id,
      agendaItemId: Id.nullable().default(null),
      kind: z.enum(motionKinds),
      text: NonBlank('Motion', 2000),
      moverMemberId: Id,
      seconderMemberId: Id.nullable().default(null),
      /** A slate's subject is its agenda item; when carried, each applicant's step takes the recommendation brought to it. */
      subject: MotionSubject.nullable().default(null),
      votes: z.array(VoteInput).max(200),
      /**
       * The result the chair declared (the dialog sends what it showed): refused when the votes recorded cannot give it,
       * e.g. a quorum lost for this vote or a threshold not reached.
       */
      declaredResult: z.enum(['carried', 'failed']).optional(),
      /** On a slate: the applicants this motion decides otherwise than recommended (say, with conditions). */
      slateExceptions: z.array(z.object({ reappointmentId: Id, outcome: z.enum(stepOutcomes), note: z.string().trim().max(2000).optional() }).strict()).max(500).default([]),
    }).strict(),
    output: Meeting,
  }),
  'motions.rules': channel({
    summary: 'What a motion will be held to before it is voted: who is recused and why, the threshold, the meeting’s quorum',
    writes: false,
    input: z.object({ meetingId: Id, kind: z.enum(motionKinds), subject: MotionSubject.nullable().default(null) }).strict(),
    output: z.object({
      threshold: z.enum(thresholds),
      /** Members who may not vote on this motion: the author of a version it approves. */
      recused: z.array(z.object({ memberId: Id, name: z.string(), reason: z.string() })),
      quorum: QuorumShape,
    }),
  }),
  'actions.add': channel({
    summary: 'Add an action item with an owner and due date',
    writes: true,
    input: z.object({ meetingId: Id, agendaItemId: Id.nullable().default(null), description: NonBlank('Action', 1000), ownerStaffId: Id.nullable().default(null), ownerName: z.string().trim().max(120).optional(), dueOn: IsoDate.nullable().default(null) }).strict(),
    output: Meeting,
  }),
  'actions.list': channel({
    summary: 'Action items across every meeting, by status, owner and committee, sorted by due date, owner, status or meeting',
    writes: false,
    input: z.object({
      status: z.enum(actionListStatuses).default('open'),
      owner: z.string().trim().min(1).max(120).optional(),
      committeeId: Id.optional(),
      sort: z.enum(actionListSorts).default('due'),
    }).strict(),
    /** `owners`: everyone who owns an action item, for the owner filter. */
    output: z.object({ today: IsoDate, rows: z.array(ActionItemListRow), owners: z.array(z.string()) }),
  }),
  'actions.update': channel({
    summary: 'Change an action item’s status, owner or due date',
    writes: true,
    input: z.object({ id: Id, patch: z.object({ status: z.enum(actionStatuses), dueOn: IsoDate.nullable(), description: NonBlank('Action', 1000), ownerName: NonBlank('Owner', 120) }).partial().strict() }).strict(),
    output: z.object({ id: Id, status: z.enum(actionStatuses) }),
  }),
  'minutes.amend': channel({
    summary: 'Correct approved minutes: an amendment carried by its own motion',
    writes: true,
    input: z.object({ meetingId: Id, text: NonBlank('Amendment', 4000), motionMeetingId: Id, moverMemberId: Id, seconderMemberId: Id.nullable().default(null), votes: z.array(VoteInput).max(200) }).strict(),
    output: Meeting,
  }),
  'meetings.exportPacket': channel({
    summary: 'The board packet as one PDF: cover, contents, agenda, prior minutes, linked records, attachments, bookmarks',
    writes: false,
    /**
     * `jobId`, chosen by the caller, names this export for meetings.exportProgress while it runs. Once the packet is
     * issued this is the latest issue exactly as issued; `draft` prints the meeting as it stands now instead.
     */
    input: z.object({ meetingId: Id, jobId: Id.optional(), draft: z.boolean().optional() }).strict(),
    output: ExportedFile.extend({ pageCount: z.number().int(), omitted: z.array(z.object({ item: z.string(), fileName: z.string(), reason: z.string() })) }),
  }),
  'meetings.exportProgress': channel({
    summary: 'How far a running packet export has got: its step, and steps done of all; null once it has finished',
    writes: false,
    input: z.object({ jobId: Id }).strict(),
    output: z.object({ step: z.string(), done: z.number().int(), total: z.number().int() }).nullable(),
  }),
  'meetings.exportMinutes': channel({ summary: 'The minutes alone as a PDF', writes: false, input: z.object({ meetingId: Id }).strict(), output: ExportedFile }),
};
