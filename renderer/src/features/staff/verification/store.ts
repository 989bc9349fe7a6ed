// The verification queue's state: current credentials that need primary-source verification, why, and recording one from the row.
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../../../shared/contract';
import { announceDatabaseChanged, onDatabaseChanged } from '../../../app/data-events';
import { call } from '../../../client';
import { toastError, toastSuccess } from '../../../ui';
import { trySave, type SaveResult } from '../field-errors';

export type QueueRow = OutputOf<'verifications.needed'>['rows'][number];

/** Enough for a long morning's work; the total says when there are more. */
export const queueLimit = 500;

interface VerificationQueueState {
  rows: QueueRow[];
  total: number;
  loaded: boolean;
  load(): Promise<void>;
  record(input: InputOf<'verifications.record'>): Promise<SaveResult<unknown>>;
}

export const useVerificationQueueStore = create<VerificationQueueState>((set, get) => ({
  rows: [],
  total: 0,
  loaded: false,
  async load() {
    try {
      const queue = await call('verifications.needed', { limit: queueLimit });
      set({ rows: queue.rows, total: queue.total, loaded: true });
    } catch (error) {
      toastError('The verification queue could not be read', error);
    }
  },
  async record(input) {
    const result = await trySave(() => call('verifications.record', input));
    if (result.ok) {
      toastSuccess('Verification recorded');
      // The queue reloads with everything else: a verified credential leaves it.
      await announceDatabaseChanged();
      if (!get().loaded) await get().load();
    }
    return result;
  },
}));

onDatabaseChanged(() => useVerificationQueueStore.getState().load());
