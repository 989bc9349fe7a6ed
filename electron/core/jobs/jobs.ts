// Long work in flight in one core, by the job id its caller chose: its progress to read and a signal to cancel it.
// The one mechanism for sync, roster import and packet prints (it replaces the packet export's own progress map).
import type { JobProgress } from '../../../shared/contract/jobs';
import { AppError } from '../errors';

export type JobStep = Omit<JobProgress, 'cancelling'>;

/** What a handler doing long work is handed. */
export interface Job {
  /** Aborted once the director cancels; for async work that can pass it on (a fetch, a child process). */
  readonly signal: AbortSignal;
  report(step: string, done: number, total: number): void;
  /**
   * Throws {@link JobCancelled} once the director has cancelled. Call it only where stopping keeps the database whole:
   * inside a transaction (which the throw rolls back) or between units that each commit whole.
   */
  checkpoint(): void;
}

/**
 * How a job's news crosses out of a thread that is busy with synchronous SQLite and cannot run its event loop: the core
 * host (core/host) mirrors progress from `progressed` and delivers cancels that `pollCancels` pulls in synchronously.
 */
export interface JobsOutlet {
  progressed(jobId: string, progress: JobProgress | null): void;
  pollCancels(): void;
}

export class JobCancelled extends AppError {
  constructor(message = 'Cancelled before it finished. Nothing of it was kept.') {
    super('CANCELLED', message);
  }
}

interface RunningJob {
  controller: AbortController;
  step: JobStep;
}

export class Jobs {
  private readonly running = new Map<string, RunningJob>();

  constructor(private readonly outlet?: JobsOutlet) {}

  /** Runs `work` (sync or async) as job `jobId`; without an id the work runs unnamed, so nothing can watch or cancel it. */
  run<T>(jobId: string | undefined, work: (job: Job) => T): T {
    const entry: RunningJob = { controller: new AbortController(), step: { step: 'Starting', done: 0, total: 0 } };
    if (jobId) {
      if (this.running.has(jobId)) throw new AppError('CONFLICT', 'This work is already running; wait for it to finish or cancel it first.');
      this.running.set(jobId, entry);
      this.publish(jobId);
    }
    const job: Job = {
      signal: entry.controller.signal,
      report: (step, done, total) => {
        entry.step = { step, done, total };
        if (jobId) this.publish(jobId);
      },
      checkpoint: () => {
        this.outlet?.pollCancels();
        if (entry.controller.signal.aborted) throw new JobCancelled();
      },
    };
    const end = () => {
      if (!jobId || this.running.get(jobId) !== entry) return;
      this.running.delete(jobId);
      this.outlet?.progressed(jobId, null);
    };
    let result: T;
    try {
      result = work(job);
    } catch (error) {
      end();
      throw error;
    }
    if (result instanceof Promise) return result.finally(end) as T;
    end();
    return result;
  }

  progress(jobId: string): JobProgress | null {
    const entry = this.running.get(jobId);
    return entry ? { ...entry.step, cancelling: entry.controller.signal.aborted } : null;
  }

  /** Asks the job to stop at its next checkpoint; false when no job of that id is running. */
  cancel(jobId: string): boolean {
    const entry = this.running.get(jobId);
    if (!entry) return false;
    entry.controller.abort();
    this.publish(jobId);
    return true;
  }

  private publish(jobId: string): void {
    this.outlet?.progressed(jobId, this.progress(jobId));
  }
}
