// The dashboard's state: what needs attention today, the record counts, and opening the sample hospital on first run.
import { create } from 'zustand';
import type { OutputOf } from '../../../../shared/contract';
import { announceDatabaseChanged, onDatabaseChanged } from '../../app/data-events';
import { call } from '../../client';
import { toastError, toastSuccess } from '../../ui';

type RecordCounts = OutputOf<'app.stats'>;
export type Attention = OutputOf<'dashboard.attention'>;

interface DashboardState {
  counts: RecordCounts | null;
  attention: Attention | null;
  /** True while the sample hospital is being written: the button says so and cannot be pressed twice. */
  openingSample: boolean;
  load(): Promise<void>;
  openSampleHospital(): Promise<void>;
}

export const useDashboardStore = create<DashboardState>((set, get) => ({
  counts: null,
  attention: null,
  openingSample: false,
  async load() {
    try {
      const [counts, attention] = await Promise.all([call('app.stats', {}), call('dashboard.attention', {})]);
      set({ counts, attention });
    } catch (error) {
      toastError('The dashboard could not be read', error);
    }
  },
  async openSampleHospital() {
    if (get().openingSample) return;
    set({ openingSample: true });
    try {
      const counts = await call('app.seedSample', {});
      await announceDatabaseChanged();
      toastSuccess('The sample hospital is open', `${(counts['staff'] ?? 0).toLocaleString()} fictional staff in ${counts['departments'] ?? 0} departments, ready to explore.`);
    } catch (error) {
      toastError('The sample hospital could not be opened', error);
    } finally {
      set({ openingSample: false });
    }
  },
}));

onDatabaseChanged(() => useDashboardStore.getState().load());
