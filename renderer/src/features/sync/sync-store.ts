// Sync's state on screen: the status the core reports, the conflicts kept for review, and the actions on them.
import { create } from 'zustand';
import type { OutputOf } from '../../../../shared/contract';
import { announceDatabaseChanged } from '../../app/data-events';
import { call } from '../../client';
import { toastError, toastSuccess } from '../../ui';

export type SyncStatus = OutputOf<'sync.status'>;
export type SyncConflict = OutputOf<'sync.conflicts'>[number];

interface SyncState {
  status: SyncStatus | null;
  conflicts: SyncConflict[] | null;
  busy: 'saving' | 'syncing' | null;
  loadStatus(): Promise<void>;
  configure(input: { folder: string; deviceName: string; passphrase?: string }): Promise<boolean>;
  syncNow(options?: { allowMassDelete?: boolean; allowFutureChanges?: boolean }): Promise<void>;
  loadConflicts(includeResolved: boolean): Promise<void>;
  resolve(id: number, choice: 'keep' | 'restore', includeResolved: boolean): Promise<void>;
}

export const useSyncStore = create<SyncState>((set, get) => ({
  status: null,
  conflicts: null,
  busy: null,
  async loadStatus() {
    try {
      set({ status: await call('sync.status', {}) });
    } catch (error) {
      toastError('Sync status could not be read', error);
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
    set({ busy: 'syncing' });
    try {
      const status = await call('sync.now', options);
      set({ status, busy: null });
      if (status.lastStop) toastError('Sync stopped', new Error(status.lastStop.message));
      else {
        toastSuccess('Synced', status.lastReport[1] ?? status.lastReport[0]);
        void announceDatabaseChanged();
      }
    } catch (error) {
      set({ busy: null });
      toastError('Sync did not finish', error);
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
}));
