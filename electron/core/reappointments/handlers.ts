// Channel handlers for reappointment as a process and the recommendation slate.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';
import { reappointmentProcesses } from './process';
import { recommendationSlate } from './slate';

type ReappointmentChannels = 'reappointments.list' | 'reappointments.start' | 'reappointments.recordStep' | 'reappointments.slate';

export function reappointmentsHandlers(ctx: CoreContext): HandlersFor<ReappointmentChannels> {
  const processes = reappointmentProcesses(ctx);
  const slates = recommendationSlate(ctx);
  return {
    'reappointments.list': ({ withinDays }) => processes.list(withinDays),
    'reappointments.start': (input) => processes.start(input),
    'reappointments.recordStep': ({ id, step, on, outcome, note }) => processes.recordStep(id, { step, on, outcome, note: note ?? null }),
    'reappointments.slate': ({ meetingId }) => slates.build(meetingId),
  };
}
