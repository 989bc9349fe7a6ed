// Long work the core does for a screen (a sync, a packet print): a job id names it, and its progress is read from the
// core a few times a second while the call that does the work is awaited. jobs.cancel stops it at a safe point.
import type { OutputOf } from '../../../shared/contract';
import { call } from '../client';

export type JobProgress = NonNullable<OutputOf<'jobs.progress'>>;

const progressEveryMs = 250;

/** A job id from the browser's random source (no secure-context APIs needed): letters and digits, as ids are. */
export function newJobId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Reads the job's progress until the returned function is called; a missed reading is simply followed by the next. */
export function followJob(jobId: string, onProgress: (progress: JobProgress) => void): () => void {
  const timer = setInterval(() => {
    call('jobs.progress', { jobId }).then((progress) => progress && onProgress(progress), () => undefined);
  }, progressEveryMs);
  return () => clearInterval(timer);
}
