// Clinical privileges granted item by item, and the focused (FPPE) and ongoing (OPPE) evaluations that watch them.
import { z } from 'zod';
import { channel } from './define';
import { Id, IsoDate, IsoDateTime, NonBlank } from './common';

export const privilegeStatuses = ['requested', 'granted', 'provisional', 'suspended', 'relinquished', 'denied'] as const;
export const evaluationKinds = ['fppe', 'oppe'] as const;
export const evaluationOutcomes = ['pending', 'satisfactory', 'needs-improvement', 'extended', 'privileges-revised'] as const;

export const Privilege = z.object({
  id: Id,
  staffId: Id,
  name: z.string(),
  isCore: z.boolean(),
  status: z.enum(privilegeStatuses),
  grantedOn: IsoDate.nullable(),
  expiresOn: IsoDate.nullable(),
  conditions: z.string().nullable(),
  fppeRequired: z.boolean(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Privilege = z.infer<typeof Privilege>;

const optionalText = (max: number) => z.string().trim().max(max).transform((s) => s || null).nullable().optional();

// The fields as a patch sees them: no defaults, so a field left out of a patch is left alone (a default inside
// .partial() would still fill in, and a patch naming only the conditions would reset isCore, status and FPPE).
const privilegeFields = {
  name: NonBlank('Privilege', 200),
  isCore: z.boolean(),
  status: z.enum(privilegeStatuses),
  grantedOn: IsoDate.nullable().optional(),
  expiresOn: IsoDate.nullable().optional(),
  conditions: optionalText(1000),
  fppeRequired: z.boolean(),
};

const PrivilegeFieldsBase = z.object({
  staffId: Id,
  ...privilegeFields,
  isCore: privilegeFields.isCore.default(false),
  status: privilegeFields.status.default('granted'),
  fppeRequired: privilegeFields.fppeRequired.default(false),
}).strict();

export const PrivilegePatch = z.object(privilegeFields).partial().strict();

export const Indicator = z.object({
  name: NonBlank('Indicator', 200),
  value: z.string().trim().max(100).nullable(),
  target: z.string().trim().max(100).nullable(),
  met: z.boolean().nullable(),
}).strict();

export const Evaluation = z.object({
  id: Id,
  staffId: Id,
  privilegeId: Id.nullable(),
  kind: z.enum(evaluationKinds),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  dueOn: IsoDate,
  indicators: z.array(Indicator),
  reviewer: z.string().nullable(),
  outcome: z.enum(evaluationOutcomes),
  completedOn: IsoDate.nullable(),
  notes: z.string().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Evaluation = z.infer<typeof Evaluation>;

const checkPeriod = (e: { periodStart?: string; periodEnd?: string }, ctx: z.RefinementCtx) => {
  if (e.periodStart && e.periodEnd && e.periodEnd < e.periodStart) {
    ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'The period ends before it starts' });
  }
};

// As with privileges: the patch has no defaults, so recording a reviewer keeps the indicators and the outcome.
const evaluationFields = {
  privilegeId: Id.nullable().optional(),
  kind: z.enum(evaluationKinds),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  dueOn: IsoDate,
  indicators: z.array(Indicator).max(50),
  reviewer: optionalText(120),
  outcome: z.enum(evaluationOutcomes),
  completedOn: IsoDate.nullable().optional(),
  notes: optionalText(4000),
};

const EvaluationFieldsBase = z.object({
  staffId: Id,
  ...evaluationFields,
  indicators: evaluationFields.indicators.default([]),
  outcome: evaluationFields.outcome.default('pending'),
}).strict();

export const EvaluationPatch = z.object(evaluationFields).partial().strict().superRefine(checkPeriod);

export const EvaluationDueRow = z.object({
  evaluationId: Id,
  staffId: Id,
  staffName: z.string(),
  departmentName: z.string(),
  kind: z.enum(evaluationKinds),
  privilegeName: z.string().nullable(),
  dueOn: IsoDate,
  daysLeft: z.number().int(),
  reviewer: z.string().nullable(),
});

export const privilegesContract = {
  'privileges.forStaff': channel({
    summary: "A practitioner's privileges, item by item",
    writes: false,
    input: z.object({ staffId: Id }).strict(),
    output: z.array(Privilege),
  }),
  'privileges.grant': channel({ summary: 'Grant (or record a request for) a privilege', writes: true, input: PrivilegeFieldsBase, output: Privilege }),
  'privileges.update': channel({
    summary: 'Change a privilege: status, conditions, FPPE flag',
    writes: true,
    input: z.object({ id: Id, patch: PrivilegePatch }).strict(),
    output: Privilege,
  }),
  'evaluations.forStaff': channel({
    summary: "A practitioner's FPPE and OPPE evaluations, newest first",
    writes: false,
    input: z.object({ staffId: Id }).strict(),
    output: z.array(Evaluation),
  }),
  'evaluations.create': channel({ summary: 'Open an FPPE or OPPE evaluation', writes: true, input: EvaluationFieldsBase.superRefine(checkPeriod), output: Evaluation }),
  'evaluations.update': channel({
    summary: 'Record indicators, reviewer and outcome of an evaluation',
    writes: true,
    input: z.object({ id: Id, patch: EvaluationPatch }).strict(),
    output: Evaluation,
  }),
  'evaluations.due': channel({
    summary: 'Open evaluations due within N days, and those overdue',
    writes: false,
    input: z.object({ withinDays: z.number().int().min(0).max(730).default(60) }).strict(),
    output: z.array(EvaluationDueRow),
  }),
};
