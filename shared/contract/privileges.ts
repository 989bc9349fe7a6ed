// Clinical privileges granted item by item, and the focused (FPPE) and ongoing (OPPE) evaluations that watch them.
import { z } from 'zod';
import { channel } from './define';
import { Id, IsoDate, IsoDateTime, NonBlank } from './common';
import { fppeDecisions, privilegeKinds, privilegeTermsProblem } from '../domain/evaluations';

export { fppeDecisions, privilegeKinds };

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
  kind: z.enum(privilegeKinds),
  distantSite: z.string().nullable(),
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
  kind: z.enum(privilegeKinds),
  /** Telemedicine: the distant-site hospital whose credentialing decision is relied on (by proxy), if any. */
  distantSite: optionalText(200),
};

const PrivilegeFieldsBase = z.object({
  staffId: Id,
  ...privilegeFields,
  isCore: privilegeFields.isCore.default(false),
  status: privilegeFields.status.default('granted'),
  fppeRequired: privilegeFields.fppeRequired.default(false),
  kind: privilegeFields.kind.default('regular'),
}).strict();

// A patch is checked against the stored privilege in the core, with the same rule.
const checkTerms = (p: { kind: (typeof privilegeKinds)[number]; grantedOn?: string | null; expiresOn?: string | null }, ctx: z.RefinementCtx) => {
  const problem = privilegeTermsProblem({ kind: p.kind, grantedOn: p.grantedOn ?? null, expiresOn: p.expiresOn ?? null });
  if (problem) ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
};

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
  /** How a completed FPPE ended: the privilege confirmed, the FPPE extended, or the privilege limited. */
  decision: z.enum(fppeDecisions).nullable(),
  /** What the decision changed: the conditions now on the privilege (limit), or the new period (extend). */
  decisionNote: z.string().nullable(),
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

/** What a due row watches: an open FPPE, the practitioner's next OPPE, or the end date of a privilege of its own kind. */
export const dueItemKinds = ['fppe', 'oppe', 'privilege-end'] as const;

export const FppeCompletion = z.object({
  id: Id,
  decision: z.enum(fppeDecisions, { message: 'Choose a decision: confirm, extend or limit the privilege' }),
  completedOn: IsoDate,
  reviewer: optionalText(120),
  indicators: z.array(Indicator).max(50).optional(),
  notes: optionalText(4000),
  /** Limit: the conditions the privilege now carries (replacing what it had). */
  conditions: optionalText(1000),
  /** Extend: how many more days of focused evaluation. */
  extendDays: z.number().int().min(14, 'An extension is at least 14 days').max(365, 'An extension is at most 365 days').optional(),
}).strict().superRefine((c, ctx) => {
  if (c.decision === 'limit' && !c.conditions) ctx.addIssue({ code: 'custom', path: ['conditions'], message: 'Say how the privilege is limited, e.g. "Proctored for 5 more cases"' });
});

export const EvaluationDueRow = z.object({
  /** Stable per row: the evaluation's id, the privilege's id, or `oppe:<staff id>` when no OPPE is open. */
  key: z.string(),
  /** The open evaluation, when there is one (an OPPE due by rule may not be opened yet). */
  evaluationId: Id.nullable(),
  staffId: Id,
  staffName: z.string(),
  departmentName: z.string(),
  kind: z.enum(dueItemKinds),
  privilegeName: z.string().nullable(),
  privilegeKind: z.enum(privilegeKinds).nullable(),
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
  'privileges.grant': channel({
    summary: 'Grant (or record a request for) a privilege; a granted regular or telemedicine privilege opens its FPPE',
    writes: true,
    input: PrivilegeFieldsBase.superRefine(checkTerms),
    output: Privilege,
  }),
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
  'evaluations.complete': channel({
    summary: 'Complete an FPPE with its decision: confirm the privilege, extend the FPPE, or limit the privilege',
    writes: true,
    input: FppeCompletion,
    output: Evaluation,
  }),
  'evaluations.due': channel({
    summary: 'Open FPPEs, each practitioner\'s next OPPE, and temporary, disaster and telemedicine privileges ending, due within N days or overdue',
    writes: false,
    input: z.object({ withinDays: z.number().int().min(0).max(730).default(60) }).strict(),
    output: z.array(EvaluationDueRow),
  }),
};
