// Training and continuing education: courses, requirements, completions, waivers, competencies, the compliance matrix
// and CME per licence cycle. Assignments are derived from requirements and people whenever they are read.
import { z } from 'zod';
import { channel } from './define';
import { AttachmentUpload } from './credentials';
import { Empty, Id, IsoDate, NonBlank } from './common';
import { creditTypes } from '../domain/cme';
import { isQuarterStep, recurrences } from '../domain/training-due';
import { credentialTypes } from '../domain/credentials';

export const CreditType = z.enum(creditTypes);
export const Recurrence = z.enum(recurrences);
export const requirementSources = ['regulation', 'policy', 'bylaw', 'accreditation'] as const;
export const RequirementSource = z.enum(requirementSources);
export const modalities = ['in-person', 'online', 'simulation', 'blended', 'conference'] as const;
export const appointmentCategories = ['active', 'provisional', 'courtesy', 'consulting', 'ahp'] as const;
export const targetKinds = ['role', 'department', 'appointment-category', 'privilege', 'credential-type'] as const;
export const competencyResults = ['competent', 'needs-practice', 'not-competent'] as const;

/** Credits as CME claims them: quarter steps (one hour = 1 credit). */
export const Credits = z.number().min(0, 'Credits cannot be negative').max(500, 'Credits are at most 500').refine(isQuarterStep, 'Credits are claimed in steps of 0.25 (0.25, 0.5, 0.75, 1…)');

const optionalText = (max: number) => z.string().trim().max(max, `At most ${max} characters`).transform((s) => s || null).nullable().optional();

export const Course = z.object({
  id: Id,
  title: z.string(),
  provider: z.string().nullable(),
  accreditingBody: z.string().nullable(),
  creditType: CreditType,
  credits: z.number(),
  modality: z.string(),
  validityMonths: z.number().int().nullable(),
  availableFrom: IsoDate,
  topics: z.array(z.string()),
  policyVersionIds: z.array(z.string()),
});
export type Course = z.infer<typeof Course>;

export const CourseInput = z.object({
  title: NonBlank('Title', 200),
  provider: optionalText(200),
  accreditingBody: optionalText(200),
  creditType: CreditType,
  credits: Credits,
  modality: z.enum(modalities),
  validityMonths: z.number().int().min(1, 'Validity is at least 1 month').max(240).nullable().optional(),
  availableFrom: IsoDate,
  topics: z.array(NonBlank('Topic', 80)).max(20).default([]),
  policyVersionIds: z.array(Id).max(50).default([]),
}).strict();

/** Who a requirement applies to: anyone matching any target (none = everyone on staff). */
export const RequirementTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('role'), id: Id }).strict(),
  z.object({ kind: z.literal('department'), id: Id }).strict(),
  z.object({ kind: z.literal('appointment-category'), value: z.enum(appointmentCategories) }).strict(),
  /** A privilege by its name, e.g. "Moderate sedation", held as granted or provisional. */
  z.object({ kind: z.literal('privilege'), value: NonBlank('Privilege', 200) }).strict(),
  /** Everyone holding an unexpired credential of a type, e.g. every DEA registrant. */
  z.object({ kind: z.literal('credential-type'), value: z.enum(credentialTypes) }).strict(),
]);
export type RequirementTarget = z.infer<typeof RequirementTarget>;

export const Requirement = z.object({
  id: Id,
  title: z.string(),
  courseId: Id,
  courseTitle: z.string(),
  appliesTo: z.array(RequirementTarget),
  /** The targets in words: "Emergency Medicine; DEA registrants". */
  appliesToText: z.string(),
  recurrence: Recurrence,
  intervalMonths: z.number().int().nullable(),
  annualDate: z.string().nullable(),
  daysAfter: z.number().int().nullable(),
  policyId: Id.nullable(),
  graceDays: z.number().int(),
  source: RequirementSource,
  sourceNote: z.string().nullable(),
  effectiveFrom: IsoDate,
  retiredOn: IsoDate.nullable(),
  counts: z.object({ assigned: z.number().int(), current: z.number().int(), dueSoon: z.number().int(), overdue: z.number().int(), exempt: z.number().int(), onLeave: z.number().int() }),
});
export type Requirement = z.infer<typeof Requirement>;

export const RequirementInput = z.object({
  title: NonBlank('Title', 200),
  courseId: Id,
  appliesTo: z.array(RequirementTarget).max(50).default([]),
  recurrence: Recurrence,
  intervalMonths: z.number().int().min(1, 'At least 1 month').max(120).nullable().optional(),
  annualDate: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Use a month and day like 12-31').nullable().optional(),
  daysAfter: z.number().int().min(0, 'Days cannot be negative').max(3650).nullable().optional(),
  policyId: Id.nullable().optional(),
  graceDays: z.number().int().min(0, 'Grace cannot be negative').max(365).default(0),
  source: RequirementSource,
  sourceNote: optionalText(500),
  effectiveFrom: IsoDate,
}).strict().superRefine((r, ctx) => {
  if (r.recurrence === 'rolling-months' && !r.intervalMonths) ctx.addIssue({ code: 'custom', path: ['intervalMonths'], message: 'A rolling requirement needs its interval in months' });
  if (r.recurrence === 'annual-date' && !r.annualDate) ctx.addIssue({ code: 'custom', path: ['annualDate'], message: 'A fixed annual requirement needs its month and day' });
  if ((r.recurrence === 'after-hire' || r.recurrence === 'after-privilege') && r.daysAfter == null) ctx.addIssue({ code: 'custom', path: ['daysAfter'], message: 'Say how many days are allowed' });
  if (r.recurrence === 'policy-version' && !r.policyId) ctx.addIssue({ code: 'custom', path: ['policyId'], message: 'Choose the policy whose new versions ask again' });
  if (r.recurrence === 'after-privilege' && !r.appliesTo.some((t) => t.kind === 'privilege')) ctx.addIssue({ code: 'custom', path: ['appliesTo'], message: 'Name the privilege whose grant starts the clock' });
});

export const AssignmentState = z.enum(['not-yet-due', 'due-soon', 'overdue', 'complete', 'exempt', 'on-leave', 'not-required']);

export const AssignmentRow = z.object({
  requirementId: Id,
  requirementTitle: z.string(),
  courseId: Id,
  courseTitle: z.string(),
  state: AssignmentState,
  dueOn: IsoDate.nullable(),
  lastCompletedOn: IsoDate.nullable(),
  currentUntil: IsoDate.nullable(),
  waiver: z.object({ id: Id, approver: z.string(), reason: z.string(), endsOn: IsoDate }).nullable(),
});
export type AssignmentRow = z.infer<typeof AssignmentRow>;

/**
 * The matrix travels compact: one letter per requirement per person, in the order of `requirements`.
 * C complete (current) · S due soon · O overdue · N not yet due · E exempt · - not required.
 */
export const matrixCellCodes = { complete: 'C', 'due-soon': 'S', overdue: 'O', 'not-yet-due': 'N', exempt: 'E', 'on-leave': 'L', 'not-required': '-' } as const;

export const MatrixQuery = z.object({ departmentId: Id.optional(), roleId: Id.optional(), asOf: IsoDate.optional() }).strict();

export const Matrix = z.object({
  asOf: IsoDate,
  requirements: z.array(z.object({ id: Id, title: z.string() })),
  rows: z.array(z.object({ staffId: Id, name: z.string(), departmentName: z.string(), roleName: z.string(), cells: z.string() })),
});
export type Matrix = z.infer<typeof Matrix>;

export const Completion = z.object({
  id: Id,
  staffId: Id,
  staffName: z.string(),
  courseId: Id,
  courseTitle: z.string(),
  completedOn: IsoDate,
  credits: z.number(),
  creditType: CreditType,
  validUntil: IsoDate.nullable(),
  certificateId: z.string().nullable(),
  method: z.enum(['entered', 'sign-in-sheet', 'lms-import']),
});
export type Completion = z.infer<typeof Completion>;

export const CompletionsInput = z.object({
  courseId: Id,
  completedOn: IsoDate,
  /** One name, or the names ticked on a sign-in sheet. */
  staffIds: z.array(Id).min(1, 'Tick at least one name').max(500),
  /** The course's credits unless given. */
  credits: Credits.optional(),
  certificate: AttachmentUpload.optional(),
  method: z.enum(['entered', 'sign-in-sheet']).default('entered'),
}).strict();

export const ImportRow = z.object({
  line: z.number().int(),
  status: z.enum(['ready', 'recorded', 'refused', 'already-recorded']),
  staffName: z.string().nullable(),
  courseTitle: z.string().nullable(),
  completedOn: z.string().nullable(),
  message: z.string(),
});
export const ImportReport = z.object({ committed: z.boolean(), rows: z.array(ImportRow), recorded: z.number().int(), refused: z.number().int() });
export type ImportReport = z.infer<typeof ImportReport>;

export const Waiver = z.object({ id: Id, staffId: Id, requirementId: Id, approver: z.string(), reason: z.string(), grantedOn: IsoDate, endsOn: IsoDate });
export const WaiverInput = z.object({
  staffId: Id,
  requirementId: Id,
  approver: NonBlank('Approver', 200),
  reason: NonBlank('Reason', 1000),
  endsOn: IsoDate,
}).strict();

export const Competency = z.object({
  id: Id, staffId: Id, staffName: z.string(), competency: z.string(), method: z.string(), assessor: z.string(), result: z.enum(competencyResults),
  assessedOn: IsoDate, nextDueOn: IsoDate, overdue: z.boolean(),
});
export const CompetencyInput = z.object({
  staffId: Id,
  competency: NonBlank('Competency', 200),
  method: z.enum(['direct-observation', 'simulation', 'skills-check', 'written-test', 'case-review']),
  assessor: NonBlank('Assessor', 200),
  result: z.enum(competencyResults),
  assessedOn: IsoDate,
  /** Three years after the assessment unless given (the usual longest interval). */
  nextDueOn: IsoDate.optional(),
}).strict();

export const CmeProfile = z.object({
  id: Id,
  state: z.string(),
  totalCredits: z.number(),
  category1Minimum: z.number(),
  requiredTopics: z.array(z.object({ topic: z.string(), credits: z.number() })),
});
export type CmeProfile = z.infer<typeof CmeProfile>;
export const CmeProfileInput = z.object({
  state: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'A state is its two-letter code, like OR'),
  totalCredits: Credits,
  category1Minimum: Credits,
  requiredTopics: z.array(z.object({ topic: NonBlank('Topic', 80), credits: Credits }).strict()).max(20).default([]),
}).strict().refine((p) => p.category1Minimum <= p.totalCredits, { path: ['category1Minimum'], message: 'The Category 1 minimum cannot exceed the total' });

export const CmeSummary = z.object({
  staffId: Id,
  staffName: z.string(),
  state: z.string().nullable(),
  /** Why there is no rollup: no licence with dates, or no profile for its state. */
  missing: z.string().nullable(),
  cycleStart: IsoDate.nullable(),
  cycleEnd: IsoDate.nullable(),
  byCategory: z.array(z.object({ creditType: CreditType, credits: z.number() })),
  total: z.number(),
  category1: z.number(),
  required: z.object({ total: z.number(), category1: z.number() }).nullable(),
  topics: z.array(z.object({ topic: z.string(), required: z.number(), earned: z.number() })),
  shortfall: z.object({ total: z.number(), category1: z.number(), topics: z.array(z.string()) }).nullable(),
  short: z.boolean(),
  reappointmentDue: IsoDate.nullable(),
});
export type CmeSummary = z.infer<typeof CmeSummary>;

export const PolicyTrainingCompliance = z.object({
  requirementId: Id.nullable(),
  courseTitle: z.string().nullable(),
  assigned: z.number().int(), current: z.number().int(), dueSoon: z.number().int(), overdue: z.number().int(), exempt: z.number().int(), onLeave: z.number().int(),
});

export const trainingContract = {
  'training.courses': channel({ summary: 'Every course, by title', writes: false, input: Empty, output: z.array(Course) }),
  'training.saveCourse': channel({
    summary: 'Add a course, or change one (credits in 0.25 steps)',
    writes: true,
    input: z.object({ id: Id.optional(), course: CourseInput }).strict(),
    output: Course,
  }),
  'training.requirements': channel({ summary: 'Every training requirement with who it applies to and how many are current and overdue', writes: false, input: Empty, output: z.array(Requirement) }),
  'training.saveRequirement': channel({
    summary: 'Add a training requirement, or change one; assignments follow at once',
    writes: true,
    input: z.object({ id: Id.optional(), requirement: RequirementInput }).strict(),
    output: Requirement,
  }),
  'training.retireRequirement': channel({ summary: 'Stop a requirement applying from today (its history stays), or bring it back', writes: true, input: z.object({ id: Id, retired: z.boolean() }).strict(), output: Requirement }),
  'training.matrix': channel({ summary: 'The compliance matrix: people × requirements, filtered by department and role', writes: false, input: MatrixQuery, output: Matrix }),
  'training.exportMatrix': channel({
    summary: 'The compliance matrix as CSV or PDF',
    writes: false,
    input: MatrixQuery.extend({ format: z.enum(['csv', 'pdf']) }).strict(),
    output: z.object({ fileName: z.string(), mediaType: z.string(), content: z.string().describe('UTF-8 text for CSV, base64 for PDF') }),
  }),
  'training.assignments': channel({ summary: "A person's training: every requirement that applies, with its state and due date", writes: false, input: z.object({ staffId: Id }).strict(), output: z.array(AssignmentRow) }),
  'training.completions': channel({
    summary: 'Completions, newest first, of one person or one course',
    writes: false,
    input: z.object({ staffId: Id.optional(), courseId: Id.optional(), limit: z.number().int().min(1).max(2000).default(200) }).strict(),
    output: z.array(Completion),
  }),
  'training.recordCompletions': channel({
    summary: 'Record a completion for one person, or for every name ticked on a sign-in sheet, in one go',
    writes: true,
    input: CompletionsInput,
    output: z.object({ recorded: z.number().int() }),
  }),
  'training.importCompletions': channel({
    summary: "An LMS export (CSV) checked row by row, people matched by NPI or e-mail; with commit, the good rows are recorded",
    writes: true,
    input: AttachmentUpload.extend({ commit: z.boolean().default(false) }).strict(),
    output: ImportReport,
  }),
  'training.grantWaiver': channel({ summary: 'Exempt a person from a requirement until a day, with the approver and the reason', writes: true, input: WaiverInput, output: Waiver }),
  'training.competencies': channel({ summary: 'Competency assessments, latest first, of one person or everyone', writes: false, input: z.object({ staffId: Id.optional() }).strict(), output: z.array(Competency) }),
  'training.recordCompetency': channel({ summary: 'Record a competency assessment: method, assessor, result and when it is next due', writes: true, input: CompetencyInput, output: Competency }),
  'training.cmeProfiles': channel({ summary: "Each state's CME profile: total credits per licence cycle, Category 1 minimum, required topics", writes: false, input: Empty, output: z.array(CmeProfile) }),
  'training.saveCmeProfile': channel({ summary: "Add or change a state's CME profile", writes: true, input: CmeProfileInput, output: CmeProfile }),
  'training.cme': channel({ summary: "A practitioner's CME in the current licence cycle against the state's profile", writes: false, input: z.object({ staffId: Id }).strict(), output: CmeSummary }),
  'training.cmeShortfalls': channel({
    summary: 'Practitioners short of CME whose reappointment falls due within the days given',
    writes: false,
    input: z.object({ withinDays: z.number().int().min(1).max(1095).default(180) }).strict(),
    output: z.array(CmeSummary),
  }),
  'training.policyCompliance': channel({ summary: "Training compliance for a policy's read-and-sign requirement", writes: false, input: z.object({ policyId: Id }).strict(), output: PolicyTrainingCompliance }),
  'training.requireForPolicy': channel({
    summary: "Create or update the training requirement a read-and-sign policy brings: same people, asked again at each new version",
    writes: true,
    input: z.object({ policyId: Id, courseId: Id, daysAfter: z.number().int().min(0).max(365).default(30), graceDays: z.number().int().min(0).max(365).default(0) }).strict(),
    output: Requirement,
  }),
};
