// Reappointments' state: practitioners overdue or due within N days, under the bylaws' cycle (a setting).
import { create } from 'zustand';
import type { OutputOf } from '../../../../../shared/contract';
import { onDatabaseChanged } from '../../../app/data-events';
import { call } from '../../../client';
import { toastError } from '../../../ui';

export type ReappointmentRow = OutputOf<'staff.reappointments'>[number];
export const reappointmentWindows = [30, 60, 90, 180] as const;

interface ReappointmentsState {
  withinDays: number;
  overdue: ReappointmentRow[];
  dueSoon: ReappointmentRow[];
  loaded: boolean;
  load(): Promise<void>;
  setWithinDays(days: number): void;
}

export const useReappointmentsStore = create<ReappointmentsState>((set, get) => ({
  withinDays: 90,
  overdue: [],
  dueSoon: [],
  loaded: false,
  async load() {
    try {
      const rows = await call('staff.reappointments', { withinDays: get().withinDays });
      set({ overdue: rows.filter((r) => r.state === 'overdue'), dueSoon: rows.filter((r) => r.state === 'due-soon'), loaded: true });
    } catch (error) {
      toastError('The reappointments could not be read', error);
    }
  },
  setWithinDays(withinDays) {
    set({ withinDays });
    void get().load();
  },
}));

onDatabaseChanged(() => useReappointmentsStore.getState().load());
