// Long work the director can watch and stop (a sync, a roster import, a packet print): named by a job id the caller
// chooses and passes to the channel that does the work, then read with jobs.progress and stopped with jobs.cancel.
import { z } from 'zod';
import { channel } from './define';
import { Id } from './common';

export const JobProgress = z.object({
  /** What the work is doing now, in words ("Applying changes from other laptops"). */
  step: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  /** Cancel was asked for: the work stops at its next safe point, keeping nothing half-done. */
  cancelling: z.boolean(),
});
export type JobProgress = z.infer<typeof JobProgress>;

export const jobsContract = {
  'jobs.progress': channel({
    summary: 'How far a running job has got: its step, and units done of all; null when no such job is running',
    writes: false,
    input: z.object({ jobId: Id }).strict(),
    output: JobProgress.nullable(),
  }),
  'jobs.cancel': channel({
    summary: 'Stop a running job at its next safe point; false when no such job is running',
    writes: false,
    input: z.object({ jobId: Id }).strict(),
    output: z.object({ cancelling: z.boolean() }),
  }),
};
