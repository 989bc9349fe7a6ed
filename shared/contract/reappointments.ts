// Reappointment as a dated process (application, department chair, Credentials Committee, MEC, board) and the
// recommendation slate a committee acts on.
import { z } from 'zod';
import { channel } from './define';
import { Id, IsoDate, IsoDateTime, NonBlank } from './common';
import { AppointmentCategory } from './staff';
import { decidedSteps, reappointmentStatuses, reappointmentSteps, stepOutcomes } from '../domain/reappointment-process';

const StepShape = z.object({
  on: IsoDate.nullable(),
  outcome: z.enum(stepOutcomes).nullable(),
  note: z.string().nullable(),
  /** The meeting and motion that decided it, for the committee steps recorded by a motion on the slate. */
  meetingId: Id.nullable(),
  motionId: Id.nullable(),
});

export const ReappointmentProcess = z.object({
  id: Id,
  staffId: Id,
  dueOn: IsoDate,
  status: z.enum(reappointmentStatuses),
  categoryRequested: AppointmentCategory.nullable(),
  privilegesRequested: z.array(z.string()),
  applicationReceivedOn: IsoDate,
  chair: StepShape,
  committee: StepShape,
  mec: StepShape,
  board: StepShape,
  updatedAt: IsoDateTime,
});
export type ReappointmentProcess = z.infer<typeof ReappointmentProcess>;

/** What a reappointment still lacks: a step not yet dated, verification not complete, no FPPE/OPPE outcome. */
export const MissingPiece = z.object({ code: z.enum(['step', 'verification', 'evaluation']), step: z.enum(reappointmentSteps).nullable(), text: z.string() });
export type MissingPiece = z.infer<typeof MissingPiece>;

export const ReappointmentFile = z.object({
  staffId: Id,
  staffName: z.string(),
  departmentName: z.string(),
  appointmentCategory: AppointmentCategory.nullable(),
  dueOn: IsoDate,
  daysLeft: z.number().int(),
  state: z.enum(['overdue', 'due-soon']),
  /** Null while the application has not arrived. */
  process: ReappointmentProcess.nullable(),
  missing: z.array(MissingPiece),
});
export type ReappointmentFile = z.infer<typeof ReappointmentFile>;

/** One applicant on a committee's slate, as the file stood on the meeting's day. */
export const SlateRow = z.object({
  reappointmentId: Id,
  staffId: Id,
  practitioner: z.string(),
  department: z.string(),
  category: z.string(),
  privileges: z.array(z.string()),
  /** "OPPE satisfactory, 2026-06-30", or a sentence saying none is complete. */
  evaluation: z.string(),
  verificationComplete: z.boolean(),
  /** The recommendation brought to this meeting: the step before it, with its outcome. */
  recommendation: z.string(),
  recommendationOutcome: z.enum(stepOutcomes).nullable(),
  /** What this meeting decided, once its motion carried. */
  decision: z.string().nullable(),
});
export type SlateRow = z.infer<typeof SlateRow>;

export const Slate = z.object({
  meetingId: Id,
  /** The meeting's day in its time zone: the slate reads as of this day. */
  asOf: IsoDate,
  step: z.enum(['committee', 'mec', 'board']),
  committeeName: z.string(),
  rows: z.array(SlateRow),
});
export type Slate = z.infer<typeof Slate>;

const optionalNote = z.string().trim().max(2000).transform((s) => s || null).nullable().optional();

export const reappointmentsContract = {
  'reappointments.list': channel({
    summary: 'Reappointments due, overdue or in progress, each with its steps and what is still missing',
    writes: false,
    input: z.object({ withinDays: z.number().int().min(0).max(3650).default(90) }).strict(),
    output: z.object({ today: IsoDate, rows: z.array(ReappointmentFile) }),
  }),
  'reappointments.start': channel({
    summary: 'Record a practitioner’s reappointment application as received, with the category and privileges requested',
    writes: true,
    input: z.object({
      staffId: Id,
      applicationReceivedOn: IsoDate,
      categoryRequested: AppointmentCategory.nullable().optional(),
      /** Left out: the privileges the practitioner holds now. */
      privilegesRequested: z.array(NonBlank('Privilege', 200)).max(200).optional(),
    }).strict(),
    output: ReappointmentProcess,
  }),
  'reappointments.recordStep': channel({
    summary: 'Record the department chair’s review, or a committee’s or the board’s outcome, dated',
    writes: true,
    input: z.object({ id: Id, step: z.enum(decidedSteps), on: IsoDate, outcome: z.enum(stepOutcomes), note: optionalNote }).strict(),
    output: ReappointmentProcess,
  }),
  'reappointments.slate': channel({
    summary: 'The recommendation slate of a Credentials Committee, MEC or board meeting, as of its day',
    writes: false,
    input: z.object({ meetingId: Id }).strict(),
    output: Slate,
  }),
};
