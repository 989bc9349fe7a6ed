// Channel handlers for long work: how far a job has got, and cancelling it.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';

export function jobsHandlers(ctx: CoreContext): HandlersFor<'jobs.progress' | 'jobs.cancel'> {
  return {
    'jobs.progress': ({ jobId }) => ctx.jobs.progress(jobId),
    'jobs.cancel': ({ jobId }) => ({ cancelling: ctx.jobs.cancel(jobId) }),
  };
}
