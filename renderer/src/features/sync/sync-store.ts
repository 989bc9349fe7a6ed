// Sync's state on screen: the status the core reports, the shared records' fingerprint, the records waiting, the
// conflicts kept for review, joining a team's folder, and the actions on them.
import { create } from 'zustand';
import type { OutputOf } from '../../../../shared/contract';
import { announceDatabaseChanged } from '../../app/data-events';
import { followJob, newJobId, type JobProgress } from '../../app/jobs';
import { call, readableMessage } from '../../client';
import { toastError, toastSuccess } from '../../ui';

export type SyncStatus = OutputOf<'sync.status'>;
export type SyncConflict = OutputOf<'sync.conflicts'>[number];
export type SharedDigest = OutputOf<'sync.digest'>;
export type WaitingRecords = OutputOf<'sync.waiting'>;
export type RevealedConflict = OutputOf<'sync.revealConflict'>;

interface SyncState {
  status: SyncStatus | null;
  digest: SharedDigest | null;
  waiting: WaitingRecords | null;
  conflicts: SyncConflict[] | null;
  /** Masked conflict values the director chose to see whole (each reveal is logged by the core), by conflict id. */
  revealed: Record<number, RevealedConflict>;
  busy: 'saving' | 'syncing' | 'joining' | null;
  /** The running sync's job and how far it has got: what the card shows beside Cancel. */
  syncJob: { jobId: string; progress: JobProgress | null } | null;
  /** Why the last attempt to join a folder failed, shown beside the form. */
  joinError: string | null;
  loadStatus(): Promise<void>;
  loadDigest(): Promise<void>;
  loadWaiting(): Promise<void>;
  /** A new laptop joins the team's folder; true once its records are here. */
  join(input: { folder: string; passphrase: string; deviceName?: string }): Promise<boolean>;
  configure(input: { folder: string; deviceName: string; passphrase?: string }): Promise<boolean>;
  syncNow(options?: { allowMassDelete?: boolean; allowFutureChanges?: boolean }): Promise<void>;
  /** Stops the running sync at its next safe point: nothing of it is kept. */
  cancelSync(): Promise<void>;
  loadConflicts(includeResolved: boolean): Promise<void>;
  resolve(id: number, choice: 'keep' | 'restore', includeResolved: boolean): Promise<void>;
  reveal(id: number): Promise<void>;
  hide(id?: number): void;
}

export const useSyncStore = create<SyncState>((set, get) => ({
  status: null,
  digest: null,
  waiting: null,
  conflicts: null,
  revealed: {},
  busy: null,
  syncJob: null,
  joinError: null,
  async loadStatus() {
    try {
      set({ status: await call('sync.status', {}) });
    } catch (error) {
      toastError('Sync status could not be read', error);
    }
  },
  async loadDigest() {
    try {
      set({ digest: await call('sync.digest', {}) });
    } catch (error) {
      toastError('The shared records could not be read', error);
    }
  },
  async loadWaiting() {
    try {
      set({ waiting: await call('sync.waiting', {}) });
    } catch (error) {
      toastError('The records waiting could not be read', error);
    }
  },
  async join(input) {
    if (get().busy) return false;
    set({ busy: 'joining', joinError: null });
    try {
      const status = await call('sync.join', input);
      set({ status, busy: null });
      await announceDatabaseChanged();
      toastSuccess("Joined the team's folder", status.lastReport[1] ?? status.lastReport[0]);
      return true;
    } catch (error) {
      set({ busy: null, joinError: readableMessage(error) });
      return false;
    }
  },
  async configure(input) {
    set({ busy: 'saving' });
    try {
      set({ status: await call('sync.configure', input), busy: null });
      toastSuccess('Sync is set up', 'This laptop now syncs through the shared folder.');
      return true;
    } catch (error) {
      set({ busy: null });
      toastError('Sync could not be set up', error);
      return false;
    }
  },
  async syncNow(options = {}) {
    if (get().busy) return;
    const jobId = newJobId();
    set({ busy: 'syncing', syncJob: { jobId, progress: null } });
    const stopFollowing = followJob(jobId, (progress) => get().syncJob?.jobId === jobId && set({ syncJob: { jobId, progress } }));
    try {
      const status = await call('sync.now', { ...options, jobId });
      set({ status });
      if (status.lastStop?.code === 'CANCELLED') toastSuccess('Sync cancelled', 'Nothing it had started was kept.');
      else if (status.lastStop) toastError('Sync stopped', new Error(status.lastStop.message));
      else {
        toastSuccess('Synced', status.lastReport[1] ?? status.lastReport[0]);
        void announceDatabaseChanged();
      }
    } catch (error) {
      toastError('Sync did not finish', error);
    } finally {
      stopFollowing();
      set({ busy: null, syncJob: null });
    }
  },
  async cancelSync() {
    const job = get().syncJob;
    if (!job) return;
    try {
      await call('jobs.cancel', { jobId: job.jobId });
      if (get().syncJob?.jobId === job.jobId) set({ syncJob: { ...job, progress: job.progress && { ...job.progress, cancelling: true } } });
    } catch (error) {
      toastError('The sync could not be cancelled', error);
    }
  },
  async loadConflicts(includeResolved) {
    try {
      set({ conflicts: await call('sync.conflicts', { includeResolved }) });
    } catch (error) {
      toastError('Conflicts could not be read', error);
    }
  },
  async resolve(id, choice, includeResolved) {
    try {
      await call('sync.resolveConflict', { id, choice });
      toastSuccess(choice === 'restore' ? 'Value restored' : 'Current value kept');
      if (choice === 'restore') void announceDatabaseChanged();
      await get().loadConflicts(includeResolved);
      await get().loadStatus();
    } catch (error) {
      toastError('The conflict could not be resolved', error);
    }
  },
  async reveal(id) {
    try {
      const values = await call('sync.revealConflict', { id });
      set({ revealed: { ...get().revealed, [id]: values } });
    } catch (error) {
      toastError('The values could not be shown', error);
    }
  },
  /** Masks one revealed conflict again, or every one (leaving the screen). */
  hide(id) {
    if (id === undefined) return set({ revealed: {} });
    const { [id]: _hidden, ...rest } = get().revealed;
    set({ revealed: rest });
  },
}));
