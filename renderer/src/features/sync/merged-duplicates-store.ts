// The duplicates sync merged, as Settings → Sync lists them.
import { create } from 'zustand';
import type { OutputOf } from '../../../../shared/contract';
import { call } from '../../client';
import { toastError } from '../../ui';

export type MergedDuplicate = OutputOf<'sync.duplicates'>[number];

interface MergedDuplicatesState {
  duplicates: MergedDuplicate[] | null;
  load(): Promise<void>;
}

export const useMergedDuplicatesStore = create<MergedDuplicatesState>((set) => ({
  duplicates: null,
  async load() {
    try {
      set({ duplicates: await call('sync.duplicates', { limit: 50 }) });
    } catch (error) {
      toastError('The merged duplicates could not be read', error);
    }
  },
}));
