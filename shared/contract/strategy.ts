// The strategic plan: plan periods (FY2027), perspectives → goals → initiatives (owner, dates, milestones, planned
// budget and spend, status). Measures hang from goals but are the measures contract's; here they are only named.
import { z } from 'zod';
import { channel } from './define';
import { Empty, Id, IsoDate, NonBlank } from './common';

export const initiativeStatuses = ['proposed', 'active', 'on-hold', 'completed', 'cancelled'] as const;
export const InitiativeStatus = z.enum(initiativeStatuses);
export type InitiativeStatus = z.infer<typeof InitiativeStatus>;

const OptionalText = (label: string, max = 4000) => z.string().trim().max(max, `${label} is at most ${max} characters`).nullable().optional();
const Money = (label: string) => z.number({ message: `${label} is a number` }).finite().min(0, `${label} cannot be negative`).max(1e12).nullable().optional();

/** Two dates in order, or either left open; the message sits on the later field. */
function datesInOrder<T extends Record<string, unknown>>(from: keyof T & string, to: keyof T & string, what: string) {
  return (value: T, ctx: z.RefinementCtx) => {
    const a = value[from];
    const b = value[to];
    if (typeof a === 'string' && typeof b === 'string' && b < a) ctx.addIssue({ code: 'custom', path: [to], message: `${what} cannot be before the start` });
  };
}

export const PlanPeriod = z.object({ id: Id, name: z.string(), startsOn: IsoDate, endsOn: IsoDate });
export type PlanPeriod = z.infer<typeof PlanPeriod>;

export const PlanPeriodInput = z.object({ id: Id.optional(), name: NonBlank('Name', 60), startsOn: IsoDate, endsOn: IsoDate }).strict()
  .superRefine(datesInOrder('startsOn', 'endsOn', 'The end of the period'));

export const Milestone = z.object({ id: Id, initiativeId: Id, title: z.string(), dueOn: IsoDate, doneOn: IsoDate.nullable() });
export type Milestone = z.infer<typeof Milestone>;

export const Initiative = z.object({
  id: Id,
  goalId: Id,
  title: z.string(),
  description: z.string().nullable(),
  ownerStaffId: Id.nullable(),
  ownerName: z.string().nullable(),
  startsOn: IsoDate.nullable(),
  dueOn: IsoDate.nullable(),
  status: InitiativeStatus,
  budgetPlanned: z.number().nullable(),
  budgetSpent: z.number().nullable(),
  milestones: z.array(Milestone),
  pdsaCycles: z.number().int(),
});
export type Initiative = z.infer<typeof Initiative>;

export const Goal = z.object({
  id: Id,
  perspectiveId: Id,
  title: z.string(),
  description: z.string().nullable(),
  ownerStaffId: Id.nullable(),
  ownerName: z.string().nullable(),
  position: z.number().int(),
  initiatives: z.array(Initiative),
  /** The measures filed under this goal, by name (their values and charts are the measures screen's). */
  measures: z.array(z.object({ id: Id, name: z.string() })),
});
export type Goal = z.infer<typeof Goal>;

export const Perspective = z.object({ id: Id, planPeriodId: Id, name: z.string(), position: z.number().int(), goals: z.array(Goal) });
export type Perspective = z.infer<typeof Perspective>;

export const Plan = z.object({ period: PlanPeriod, perspectives: z.array(Perspective) });
export type Plan = z.infer<typeof Plan>;

export const PerspectiveInput = z.object({ id: Id.optional(), planPeriodId: Id, name: NonBlank('Name', 80), position: z.number().int().min(0).optional() }).strict();

export const GoalInput = z.object({
  id: Id.optional(),
  perspectiveId: Id,
  title: NonBlank('Title', 200),
  description: OptionalText('The description'),
  ownerStaffId: Id.nullable().optional(),
  position: z.number().int().min(0).optional(),
}).strict();

export const InitiativeInput = z.object({
  id: Id.optional(),
  goalId: Id,
  title: NonBlank('Title', 200),
  description: OptionalText('The description'),
  ownerStaffId: Id.nullable().optional(),
  startsOn: IsoDate.nullable().optional(),
  dueOn: IsoDate.nullable().optional(),
  status: InitiativeStatus.optional(),
  budgetPlanned: Money('The planned budget'),
  budgetSpent: Money('The spend'),
}).strict().superRefine(datesInOrder('startsOn', 'dueOn', 'The due date'));

export const MilestoneInput = z.object({ id: Id.optional(), initiativeId: Id, title: NonBlank('Title', 200), dueOn: IsoDate, doneOn: IsoDate.nullable().optional() }).strict();

export const planRecordKinds = ['perspective', 'goal', 'initiative', 'milestone'] as const;
const PlanRecordRef = z.object({ kind: z.enum(planRecordKinds), id: Id }).strict();

/** What deleting a record takes with it, and what stays behind unfiled: shown before the director confirms. */
export const RemovalPreview = z.object({
  title: z.string(),
  goals: z.array(z.string()),
  initiatives: z.array(z.string()),
  milestones: z.array(z.string()),
  pdsaCycles: z.array(z.string()),
  /** Measures that stay, with their values, no longer filed under a goal or initiative. */
  measuresUnfiled: z.array(z.string()),
});
export type RemovalPreview = z.infer<typeof RemovalPreview>;

export const strategyContract = {
  'strategy.periods': channel({ summary: 'The plan periods, latest first', writes: false, input: Empty, output: z.array(PlanPeriod) }),
  'strategy.savePeriod': channel({ summary: 'Add a plan period (FY2027) or change its name or dates', writes: true, input: PlanPeriodInput, output: PlanPeriod }),
  'strategy.plan': channel({
    summary: 'A plan period’s perspectives, goals, initiatives with their milestones, and the measures filed under each goal',
    writes: false,
    input: z.object({ planPeriodId: Id }).strict(),
    output: Plan,
  }),
  'strategy.savePerspective': channel({ summary: 'Add or rename a perspective of the scorecard', writes: true, input: PerspectiveInput, output: z.object({ id: Id }) }),
  'strategy.saveGoal': channel({ summary: 'Add or change a goal under a perspective', writes: true, input: GoalInput, output: z.object({ id: Id }) }),
  'strategy.saveInitiative': channel({
    summary: 'Add or change an initiative: owner, dates, status, planned budget and spend',
    writes: true,
    input: InitiativeInput,
    output: z.object({ id: Id }),
  }),
  'strategy.saveMilestone': channel({ summary: 'Add a milestone to an initiative, change it, or mark it done', writes: true, input: MilestoneInput, output: z.object({ id: Id }) }),
  'strategy.removalPreview': channel({
    summary: 'What deleting a perspective, goal, initiative or milestone would take with it, and the measures that would stay unfiled',
    writes: false,
    input: PlanRecordRef,
    output: RemovalPreview,
  }),
  'strategy.remove': channel({
    summary: 'Delete a perspective, goal, initiative or milestone with what depends on it; its measures stay, unfiled',
    writes: true,
    input: PlanRecordRef,
    output: RemovalPreview,
  }),
};
