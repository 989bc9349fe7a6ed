// The risk register: each risk's cause, event and consequence, owner, controls and their effectiveness, treatment,
// actions and review date; its scores are dated assessments, so the register can be read as it stood on any day.
import { z } from 'zod';
import { riskScaleMax, riskScaleMin } from '../domain/risk';
import { channel } from './define';
import { Id, IsoDate, NonBlank } from './common';

export const riskTreatments = ['accept', 'avoid', 'mitigate', 'transfer'] as const;
export const RiskTreatment = z.enum(riskTreatments);
export const controlEffectiveness = ['effective', 'partly-effective', 'ineffective', 'not-assessed'] as const;

export const RiskControl = z.object({
  control: NonBlank('The control', 300),
  effectiveness: z.enum(controlEffectiveness),
}).strict();
export type RiskControl = z.infer<typeof RiskControl>;

const Score = (label: string) =>
  z.number({ message: `${label} is a number from ${riskScaleMin} to ${riskScaleMax}` }).int(`${label} is a whole number from ${riskScaleMin} to ${riskScaleMax}`)
    .min(riskScaleMin, `${label} is scored ${riskScaleMin} to ${riskScaleMax}`).max(riskScaleMax, `${label} is scored ${riskScaleMin} to ${riskScaleMax}`);

export const AssessmentInput = z.object({
  assessedOn: IsoDate,
  inherentLikelihood: Score('Inherent likelihood'),
  inherentImpact: Score('Inherent impact'),
  residualLikelihood: Score('Residual likelihood'),
  residualImpact: Score('Residual impact'),
  note: z.string().trim().max(2000).nullable().optional(),
}).strict();

export const RiskAssessment = z.object({
  id: Id,
  assessedOn: IsoDate,
  inherentLikelihood: z.number().int(),
  inherentImpact: z.number().int(),
  residualLikelihood: z.number().int(),
  residualImpact: z.number().int(),
  inherentScore: z.number().int(),
  residualScore: z.number().int(),
  note: z.string().nullable(),
});
export type RiskAssessment = z.infer<typeof RiskAssessment>;

const Text = (label: string) => z.string().trim().max(4000, `${label} is at most 4,000 characters`).nullable().optional();

export const RiskFields = z.object({
  reference: z.string().trim().max(20, 'A reference is at most 20 characters').nullable().optional(),
  title: NonBlank('Title', 200),
  category: z.string().trim().max(80).nullable().optional(),
  cause: Text('The cause'),
  event: Text('The event'),
  consequence: Text('The consequence'),
  ownerStaffId: Id.nullable().optional(),
  controls: z.array(RiskControl).max(30).optional(),
  treatment: RiskTreatment.nullable().optional(),
  actions: Text('The actions'),
  reviewOn: IsoDate.nullable().optional(),
  closedOn: IsoDate.nullable().optional(),
});

export const riskListShows = ['open', 'escalated', 'review-due', 'attention', 'all'] as const;
export const RiskListShow = z.enum(riskListShows);
export type RiskListShow = z.infer<typeof RiskListShow>;

export const RiskRow = z.object({
  id: Id,
  reference: z.string().nullable(),
  title: z.string(),
  category: z.string().nullable(),
  cause: z.string().nullable(),
  event: z.string().nullable(),
  consequence: z.string().nullable(),
  ownerStaffId: Id.nullable(),
  ownerName: z.string().nullable(),
  controls: z.array(RiskControl),
  treatment: RiskTreatment.nullable(),
  actions: z.string().nullable(),
  reviewOn: IsoDate.nullable(),
  closedOn: IsoDate.nullable(),
  /** The assessment that stood on `asOf` (null if first assessed later). */
  current: RiskAssessment.nullable(),
  /** Residual score on `since` and how it moved to `asOf`. */
  moved: z.object({ movement: z.enum(['new', 'up', 'down', 'unchanged']), before: z.number().int().nullable(), after: z.number().int() }).nullable(),
  escalated: z.boolean(),
  reviewDue: z.boolean(),
});
export type RiskRow = z.infer<typeof RiskRow>;

export const RiskRegister = z.object({ asOf: IsoDate, since: IsoDate.nullable(), total: z.number().int(), rows: z.array(RiskRow) });
export type RiskRegister = z.infer<typeof RiskRegister>;

export const risksContract = {
  'risks.list': channel({
    summary: 'The risk register as it stood on a day (today by default), what moved since an earlier day, filtered to open, escalated or due for review',
    writes: false,
    input: z.object({ asOf: IsoDate.optional(), since: IsoDate.optional(), show: RiskListShow.default('open') }).strict(),
    output: RiskRegister,
  }),
  'risks.create': channel({
    summary: 'Add a risk with its first assessment (inherent and residual likelihood × impact)',
    writes: true,
    input: RiskFields.extend({ assessment: AssessmentInput }).strict(),
    output: RiskRow,
  }),
  'risks.update': channel({
    summary: 'Change a risk’s description, owner, controls, treatment, actions or review date',
    writes: true,
    input: z.object({ id: Id, patch: RiskFields.partial().strict() }).strict(),
    output: RiskRow,
  }),
  'risks.assess': channel({
    summary: 'Re-score a risk: a dated assessment (a second one the same day replaces the first); earlier ones stay for the record',
    writes: true,
    input: AssessmentInput.extend({ riskId: Id }).strict(),
    output: RiskRow,
  }),
  'risks.assessments': channel({
    summary: 'A risk’s assessments, latest first',
    writes: false,
    input: z.object({ riskId: Id }).strict(),
    output: z.array(RiskAssessment),
  }),
  'risks.remove': channel({ summary: 'Delete a risk added in error, with its assessments', writes: true, input: z.object({ id: Id }).strict(), output: z.object({ id: Id }) }),
};
