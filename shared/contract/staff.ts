// Staff: every person the director keeps records on. Credentials, training, meetings and policies all point here.
import { z } from 'zod';
import { channel } from './define';
import { Id, IsoDate, IsoDateTime, NonBlank, Page, pageOf } from './common';
import { isValidNpi } from '../domain/npi';

export const staffStatuses = ['active', 'leave', 'inactive'] as const;
export const StaffStatus = z.enum(staffStatuses);
export type StaffStatus = z.infer<typeof StaffStatus>;

export const appointmentCategories = ['active', 'provisional', 'courtesy', 'consulting', 'ahp'] as const;
export const AppointmentCategory = z.enum(appointmentCategories);

export const Npi = z.string().trim().regex(/^\d{10}$/, 'An NPI is ten digits').refine(isValidNpi, 'This NPI fails its check digit: look for a mistyped digit');

export const StaffMember = z.object({
  id: Id,
  givenName: z.string(),
  familyName: z.string(),
  degree: z.string().nullable(),
  roleId: Id,
  departmentId: Id,
  specialty: z.string().nullable(),
  npi: z.string().nullable(),
  email: z.string().nullable(),
  hireDate: IsoDate.nullable(),
  status: StaffStatus,
  /** Medical staff appointment; null for staff who hold none (nurses, analysts). */
  appointmentCategory: AppointmentCategory.nullable(),
  appointmentStart: IsoDate.nullable(),
  appointmentEnd: IsoDate.nullable(),
  /** Set when the appointment was ended (resigned, retired, not reappointed): the member then leaves every active list. */
  appointmentEndedOn: IsoDate.nullable(),
  appointmentEndReason: z.string().nullable(),
  /** Confidential: never sent whole in a list; shown as its year only, or in full by staff.revealDateOfBirth on purpose. */
  dateOfBirthMasked: z.string().nullable(),
  /** The last exclusion list screening that covered this member. */
  lastScreenedOn: IsoDate.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type StaffMember = z.infer<typeof StaffMember>;

/** A list row carries the names it is shown with, so a screen never looks them up one row at a time. */
export const StaffRow = StaffMember.extend({
  roleName: z.string(),
  departmentName: z.string(),
  /** The soonest expiry among the member's current credentials. */
  nextExpiry: IsoDate.nullable(),
  /**
   * All privileges suspended: a licence in a state of practice or malpractice cover has lapsed, or a suspension is
   * recorded and not reinstated.
   */
  privilegesSuspended: z.boolean(),
  /** Controlled-substance prescribing suspended: a DEA or state controlled-substance registration lapsed, or recorded. */
  prescribingSuspended: z.boolean(),
});
export type StaffRow = z.infer<typeof StaffRow>;

const optionalText = (label: string, max = 120) => z.string().trim().max(max, `${label} is at most ${max} characters`).transform((s) => s || null).nullable();

export const StaffFields = z.object({
  givenName: NonBlank('Given name', 80),
  familyName: NonBlank('Family name', 80),
  degree: optionalText('Degree', 20),
  roleId: Id,
  departmentId: Id,
  specialty: optionalText('Specialty'),
  npi: Npi.nullable(),
  email: z.email('That email address is not valid').nullable(),
  hireDate: IsoDate.nullable(),
  status: StaffStatus,
  appointmentCategory: AppointmentCategory.nullable(),
  appointmentStart: IsoDate.nullable(),
  appointmentEnd: IsoDate.nullable(),
  dateOfBirth: IsoDate.refine((d) => d >= '1900-01-01', 'A date of birth is after 1900').nullable(),
}).strict();
export type StaffFields = z.infer<typeof StaffFields>;

function checkAppointment(s: { appointmentStart?: string | null; appointmentEnd?: string | null }, ctx: z.RefinementCtx) {
  if (s.appointmentStart && s.appointmentEnd && s.appointmentEnd < s.appointmentStart) {
    ctx.addIssue({ code: 'custom', path: ['appointmentEnd'], message: 'The appointment ends before it starts' });
  }
}

export const ReappointmentRow = z.object({
  staffId: Id,
  staffName: z.string(),
  departmentName: z.string(),
  appointmentCategory: AppointmentCategory.nullable(),
  dueOn: IsoDate,
  daysLeft: z.number().int(),
  state: z.enum(['due-soon', 'overdue']),
});
export type ReappointmentRow = z.infer<typeof ReappointmentRow>;

export const staffSortKeys = ['name', 'department', 'role', 'hireDate'] as const;

export const StaffQuery = Page.extend({
  search: z.string().trim().max(100).optional(),
  departmentId: Id.optional(),
  roleId: Id.optional(),
  status: StaffStatus.optional(),
  sort: z.enum(staffSortKeys).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
}).strict();
export type StaffQuery = z.input<typeof StaffQuery>;

/** A new staff member: the one definition the Add practitioner form, the handler and the roster import all check. */
export const StaffInput = StaffFields.partial({ degree: true, specialty: true, npi: true, email: true, hireDate: true, status: true, appointmentCategory: true, appointmentStart: true, appointmentEnd: true, dateOfBirth: true }).superRefine(checkAppointment);

export const EndAppointmentInput = z.object({
  id: Id,
  endedOn: IsoDate,
  reason: NonBlank('Reason', 200),
}).strict();

export const staffContract = {
  'staff.list': channel({
    summary: 'Staff matching a search and filters, one page at a time',
    writes: false,
    input: StaffQuery,
    output: pageOf(StaffRow),
  }),
  'staff.get': channel({
    summary: 'One staff member',
    writes: false,
    input: z.object({ id: Id }).strict(),
    output: StaffRow,
  }),
  'staff.create': channel({
    summary: 'Add a staff member',
    writes: true,
    input: StaffInput,
    output: StaffRow,
  }),
  'staff.reappointments': channel({
    summary: 'Practitioners whose reappointment is overdue or due within N days (the cycle is a setting)',
    writes: false,
    input: z.object({ withinDays: z.number().int().min(0).max(730).default(90) }).strict(),
    output: z.array(ReappointmentRow),
  }),
  'staff.endAppointment': channel({
    summary: "End a practitioner's appointment on a date, for a reason: they leave the active lists, their record and history stay",
    writes: true,
    input: EndAppointmentInput,
    output: StaffRow,
  }),
  'staff.revealDateOfBirth': channel({
    summary: "Show a practitioner's date of birth in full, on purpose; the reveal is recorded",
    writes: false,
    input: z.object({ id: Id }).strict(),
    output: z.object({ dateOfBirth: IsoDate.nullable() }),
  }),
  'staff.update': channel({
    summary: 'Change some fields of a staff member',
    writes: true,
    input: z.object({ id: Id, patch: StaffFields.partial().superRefine(checkAppointment) }).strict(),
    output: StaffRow,
  }),
};
