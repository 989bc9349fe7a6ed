// PDSA cycles: small tests of change on an initiative or a measure, from the question and the prediction to the
// decision (adopt, adapt, abandon); a cycle can follow an earlier one, so a chain shows how an idea was refined.
import { z } from 'zod';
import { pdsaActs, pdsaStates } from '../domain/pdsa';
import { channel } from './define';
import { Empty, Id, IsoDate, NonBlank } from './common';

export const PdsaState = z.enum(pdsaStates);
export const PdsaAct = z.enum(pdsaActs);

const Text = z.string().trim().max(8000, 'Keep this under 8,000 characters').nullable().optional();

export const PdsaCycle = z.object({
  id: Id,
  initiativeId: Id.nullable(),
  measureId: Id.nullable(),
  /** The initiative's title or the measure's name: what the cycle tests a change for. */
  subject: z.string(),
  previousCycleId: Id.nullable(),
  title: z.string(),
  aim: z.string().nullable(),
  changeIdea: z.string().nullable(),
  question: z.string().nullable(),
  prediction: z.string().nullable(),
  plan: z.string().nullable(),
  dataPlan: z.string().nullable(),
  observations: z.string().nullable(),
  study: z.string().nullable(),
  act: PdsaAct.nullable(),
  state: PdsaState,
  ownerStaffId: Id.nullable(),
  ownerName: z.string().nullable(),
  startsOn: IsoDate.nullable(),
  endsOn: IsoDate.nullable(),
  updatedAt: z.string(),
});
export type PdsaCycle = z.infer<typeof PdsaCycle>;

export const PdsaCycleInput = z.object({
  id: Id.optional(),
  initiativeId: Id.nullable().optional(),
  measureId: Id.nullable().optional(),
  previousCycleId: Id.nullable().optional(),
  title: NonBlank('Title', 200),
  aim: Text,
  changeIdea: Text,
  question: Text,
  prediction: Text,
  plan: Text,
  dataPlan: Text,
  observations: Text,
  study: Text,
  act: PdsaAct.nullable().optional(),
  state: PdsaState.optional(),
  ownerStaffId: Id.nullable().optional(),
  startsOn: IsoDate.nullable().optional(),
  endsOn: IsoDate.nullable().optional(),
}).strict().superRefine((value, ctx) => {
  if (!value.initiativeId && !value.measureId) ctx.addIssue({ code: 'custom', path: ['initiativeId'], message: 'Choose the initiative or the measure this cycle tests a change for' });
  if (value.startsOn && value.endsOn && value.endsOn < value.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'The end cannot be before the start' });
});

export const PdsaSubjects = z.object({
  initiatives: z.array(z.object({ id: Id, title: z.string(), goal: z.string() })),
  measures: z.array(z.object({ id: Id, name: z.string() })),
});

export const pdsaContract = {
  'pdsa.list': channel({
    summary: 'PDSA cycles, all or those on one initiative or measure, oldest of each chain first',
    writes: false,
    input: z.object({ initiativeId: Id.optional(), measureId: Id.optional() }).strict(),
    output: z.array(PdsaCycle),
  }),
  'pdsa.subjects': channel({ summary: 'The initiatives and measures a PDSA cycle can test a change for', writes: false, input: Empty, output: PdsaSubjects }),
  'pdsa.save': channel({
    summary: 'Add or change a PDSA cycle; it moves planned → doing → studying → decided, each step needing what comes before it',
    writes: true,
    input: PdsaCycleInput,
    output: PdsaCycle,
  }),
  'pdsa.remove': channel({ summary: 'Delete a PDSA cycle; a cycle that followed it no longer names it', writes: true, input: z.object({ id: Id }).strict(), output: z.object({ id: Id }) }),
};
