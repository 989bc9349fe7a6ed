// The risk register as the address's filters ask for it, read from the core and read again after a change.
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../../../shared/contract';
import { onDatabaseChanged } from '../../../app/data-events';
import { call, readableMessage } from '../../../client';
import { trySave, type SaveResult } from '../../meetings/field-errors';
import type { RiskFilters } from './filters';

export type RiskRegister = OutputOf<'risks.list'>;
export type RiskRow = RiskRegister['rows'][number];
export type RiskAssessment = OutputOf<'risks.assessments'>[number];

interface RisksState {
  filters: RiskFilters | null;
  register: RiskRegister | null;
  loadError: string | null;
  load(filters: RiskFilters): Promise<void>;
  create(input: InputOf<'risks.create'>): Promise<SaveResult<RiskRow>>;
  update(input: InputOf<'risks.update'>): Promise<SaveResult<RiskRow>>;
  assess(input: InputOf<'risks.assess'>): Promise<SaveResult<RiskRow>>;
  remove(id: string): Promise<SaveResult<unknown>>;
}

export const useRisksStore = create<RisksState>((set, get) => {
  async function changed<T>(action: () => Promise<T>): Promise<SaveResult<T>> {
    const result = await trySave(action);
    const filters = get().filters;
    if (result.ok && filters) await get().load(filters);
    return result;
  }
  return {
    filters: null,
    register: null,
    loadError: null,
    async load(filters) {
      set({ filters });
      try {
        const register = await call('risks.list', { show: filters.show, ...(filters.asOf ? { asOf: filters.asOf } : {}), ...(filters.since ? { since: filters.since } : {}) });
        // A slower answer for filters since replaced must not overwrite the newer one.
        if (get().filters === filters) set({ register, loadError: null });
      } catch (error) {
        set({ loadError: readableMessage(error) });
      }
    },
    create: (input) => changed(() => call('risks.create', input)),
    update: (input) => changed(() => call('risks.update', input)),
    assess: (input) => changed(() => call('risks.assess', input)),
    remove: (id) => changed(() => call('risks.remove', { id })),
  };
});

onDatabaseChanged(() => {
  const { filters, load } = useRisksStore.getState();
  if (filters) void load(filters);
});
