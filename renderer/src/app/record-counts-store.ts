// A store of how many departments, roles and staff the database holds: the records a screen without its own yet will build on.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { OutputOf } from '../../../shared/contract';
import { call } from '../client';
import { onDatabaseChanged } from './data-events';

export type RecordCounts = OutputOf<'app.stats'>;

export interface RecordCountsState {
  counts: RecordCounts | null;
  load(): Promise<void>;
}

export type RecordCountsStore = UseBoundStore<StoreApi<RecordCountsState>>;

export function createRecordCountsStore(): RecordCountsStore {
  const store = create<RecordCountsState>((set) => ({
    counts: null,
    async load() {
      try {
        set({ counts: await call('app.stats', {}) });
      } catch {
        // The counts only add a sentence to an empty state; without them the screen still says what it is for.
        set({ counts: null });
      }
    },
  }));
  onDatabaseChanged(() => store.getState().load());
  return store;
}
