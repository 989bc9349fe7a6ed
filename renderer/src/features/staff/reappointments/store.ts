// Reappointments due or overdue, each with its steps and what it lacks; starting one and recording its next step.
import type { InputOf, OutputOf } from '../../../../../shared/contract';
import { call } from '../../../client';
import { createDueListStore } from '../due-lists';
import { trySave } from '../field-errors';

export type ReappointmentFile = OutputOf<'reappointments.list'>['rows'][number];

export const useReappointments = createDueListStore(async (withinDays) => (await call('reappointments.list', { withinDays })).rows, {
  withinDays: 90,
  failure: 'The reappointments could not be read',
});

/** Each save reloads the list, so the row shows its new step and what is still missing. */
export async function startReappointment(input: InputOf<'reappointments.start'>) {
  const result = await trySave(() => call('reappointments.start', input));
  if (result.ok) await useReappointments.getState().load();
  return result;
}

export async function recordReappointmentStep(input: InputOf<'reappointments.recordStep'>) {
  const result = await trySave(() => call('reappointments.recordStep', input));
  if (result.ok) await useReappointments.getState().load();
  return result;
}
