// The app lock as the shell sees it: the core's lock status, and the calls that lock, unlock and configure it.
// The core decides; this store only mirrors it (asked on start, every 15 seconds, and after each lock call).
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../../shared/contract';
import { announceDatabaseChanged } from '../../app/data-events';
import type { SaveOutcome } from '../../app/draft-form';
import { call } from '../../client';
import { toastError } from '../../ui';
import { trySave } from '../staff/field-errors';

export type LockStatus = OutputOf<'lock.status'>;

interface LockState {
  status: LockStatus | null;
  load(): Promise<void>;
  lockNow(): Promise<void>;
  unlock(passphrase: string): Promise<SaveOutcome>;
  /** After Electron's main process confirmed the director with the operating system (Touch ID). */
  unlockedByOs(): Promise<void>;
  configure(input: InputOf<'lock.configure'>): Promise<SaveOutcome>;
}

export const useLockStore = create<LockState>((set, get) => ({
  status: null,
  async load() {
    try {
      const status = await call('lock.status', {});
      const wasLocked = get().status?.locked;
      set({ status });
      // Locked elsewhere (the core's idle timer) and opened again: what the screens hold may be stale.
      if (wasLocked && !status.locked) await announceDatabaseChanged();
    } catch {
      // The next poll asks again. Until one answers, the shell is drawn: the core refuses everything while locked anyway.
      if (!get().status) set({ status: { locked: false, hasPassphrase: false, idleMinutes: 0 } });
    }
  },
  async lockNow() {
    try {
      set({ status: await call('lock.now', {}) });
    } catch (error) {
      toastError('Chartroom could not be locked', error);
    }
  },
  async unlock(passphrase) {
    const result = await trySave(() => call('lock.unlock', { passphrase }));
    if (!result.ok) return result;
    set({ status: result.value });
    // Screens that failed to load while locked (the header's organisation) read again.
    await announceDatabaseChanged();
    return { ok: true };
  },
  async unlockedByOs() {
    await get().load();
    await announceDatabaseChanged();
  },
  async configure(input) {
    const result = await trySave(() => call('lock.configure', input));
    if (!result.ok) return result;
    set({ status: result.value });
    return { ok: true };
  },
}));
