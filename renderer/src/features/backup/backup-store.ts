// Backups on screen: the list, "Back up now", a restore and what it said; and whether the app starts in recovery mode.
import { create } from 'zustand';
import type { OutputOf } from '../../../../shared/contract';
import { announceDatabaseChanged } from '../../app/data-events';
import { call, readableMessage } from '../../client';
import { toastError, toastSuccess } from '../../ui';
import { plural } from '../policies/format';

export type BackupList = OutputOf<'backup.list'>;
export type BackupSummary = BackupList['backups'][number];
export type RestoreOutcome = OutputOf<'backup.restore'>;
export type RecoveryStatus = OutputOf<'recovery.status'>;

interface BackupState {
  list: BackupList | null;
  busy: 'backing-up' | 'restoring' | null;
  /** What the last restore said, shown until the director closes it. */
  outcome: RestoreOutcome | null;
  /** Why the last restore was refused, shown in its dialog. */
  restoreError: string | null;
  /** Null until the first call answers: the app is shown only once it is known not to be in recovery mode. */
  recovery: RecoveryStatus | null;
  recoveryError: string | null;
  load(): Promise<void>;
  backUpNow(): Promise<void>;
  /** From Settings (a sound database) or from the recovery screen (a damaged one); true once restored. */
  restore(name: string, from: 'settings' | 'recovery'): Promise<boolean>;
  clearRestore(): void;
  checkRecovery(): Promise<void>;
}

export const useBackupStore = create<BackupState>((set, get) => ({
  list: null,
  busy: null,
  outcome: null,
  restoreError: null,
  recovery: null,
  recoveryError: null,
  async load() {
    try {
      set({ list: await call('backup.list', {}) });
    } catch (error) {
      toastError('The backups could not be read', error);
    }
  },
  async backUpNow() {
    if (get().busy) return;
    set({ busy: 'backing-up' });
    try {
      const made = await call('backup.now', {});
      set({ busy: null });
      toastSuccess('Backed up', `${plural(made.records, 'record')} and ${plural(made.documents, 'document')} are in ${made.name}.`);
      await get().load();
    } catch (error) {
      set({ busy: null });
      toastError('The backup was not made', error);
    }
  },
  async restore(name, from) {
    if (get().busy) return false;
    set({ busy: 'restoring', restoreError: null });
    try {
      const outcome = await call(from === 'settings' ? 'backup.restore' : 'recovery.restore', { name });
      set({ busy: null, outcome });
      if (from === 'recovery') set({ recovery: await call('recovery.status', {}) });
      await Promise.all([get().load(), announceDatabaseChanged()]);
      return true;
    } catch (error) {
      set({ busy: null, restoreError: readableMessage(error) });
      return false;
    }
  },
  clearRestore() {
    set({ outcome: null, restoreError: null });
  },
  async checkRecovery() {
    try {
      set({ recovery: await call('recovery.status', {}), recoveryError: null });
    } catch (error) {
      set({ recoveryError: readableMessage(error) });
    }
  },
}));
