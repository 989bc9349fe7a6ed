// FPPE and OPPE evaluations due: those overdue and those due within N days, across the medical staff.
import { create } from 'zustand';
import type { OutputOf } from '../../../../../shared/contract';
import { onDatabaseChanged } from '../../../app/data-events';
import { call } from '../../../client';
import { toastError } from '../../../ui';

export type EvaluationDueRow = OutputOf<'evaluations.due'>[number];
export const evaluationWindows = [30, 60, 90, 180] as const;

interface EvaluationsDueState {
  withinDays: number;
  overdue: EvaluationDueRow[];
  dueSoon: EvaluationDueRow[];
  loaded: boolean;
  load(): Promise<void>;
  setWithinDays(days: number): void;
}

export const useEvaluationsDueStore = create<EvaluationsDueState>((set, get) => ({
  withinDays: 30,
  overdue: [],
  dueSoon: [],
  loaded: false,
  async load() {
    try {
      const rows = await call('evaluations.due', { withinDays: get().withinDays });
      set({ overdue: rows.filter((r) => r.daysLeft < 0), dueSoon: rows.filter((r) => r.daysLeft >= 0), loaded: true });
    } catch (error) {
      toastError('The evaluations due could not be read', error);
    }
  },
  setWithinDays(withinDays) {
    set({ withinDays });
    void get().load();
  },
}));

onDatabaseChanged(() => useEvaluationsDueStore.getState().load());
