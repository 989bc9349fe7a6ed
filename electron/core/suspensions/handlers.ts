// Channel handlers for suspensions.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';
import { suspensionsRepository } from './repository';

type SuspensionChannels =
  | 'suspensions.forStaff' | 'suspensions.current' | 'suspensions.unrecordedLapses' | 'suspensions.record' | 'suspensions.recordNotice' | 'suspensions.reinstate';

export function suspensionsHandlers(ctx: CoreContext): HandlersFor<SuspensionChannels> {
  const repo = suspensionsRepository(ctx);
  return {
    'suspensions.forStaff': ({ staffId }) => repo.forStaff(staffId),
    'suspensions.current': ({ staffId }) => repo.current(staffId),
    'suspensions.unrecordedLapses': ({ staffId }) => repo.unrecordedLapses(staffId),
    'suspensions.record': (fields) => repo.record(fields),
    'suspensions.recordNotice': ({ id, noticeSentOn }) => repo.recordNotice(id, noticeSentOn),
    'suspensions.reinstate': ({ id, reinstatedOn, note }) => repo.reinstate(id, reinstatedOn, note ?? null),
  };
}
