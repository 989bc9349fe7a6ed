// The plan periods and the open period's plan, read from the core and read again after each change.
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../../../shared/contract';
import { onDatabaseChanged } from '../../../app/data-events';
import { call, readableMessage } from '../../../client';
import { trySave, type SaveResult } from '../../meetings/field-errors';
import { organisationToday } from '../../../app/organisation-today';

export type PlanPeriod = OutputOf<'strategy.periods'>[number];
export type Plan = OutputOf<'strategy.plan'>;
export type Perspective = Plan['perspectives'][number];
export type Goal = Perspective['goals'][number];
export type Initiative = Goal['initiatives'][number];
export type RemovalPreview = OutputOf<'strategy.removalPreview'>;
export type PlanRecordRef = InputOf<'strategy.remove'>;

interface StrategyState {
  periods: PlanPeriod[];
  periodId: string | null;
  plan: Plan | null;
  loaded: boolean;
  loadError: string | null;
  load(): Promise<void>;
  choosePeriod(id: string): Promise<void>;
  savePeriod(input: InputOf<'strategy.savePeriod'>): Promise<SaveResult<unknown>>;
  savePerspective(input: InputOf<'strategy.savePerspective'>): Promise<SaveResult<unknown>>;
  saveGoal(input: InputOf<'strategy.saveGoal'>): Promise<SaveResult<unknown>>;
  saveInitiative(input: InputOf<'strategy.saveInitiative'>): Promise<SaveResult<{ id: string }>>;
  saveMilestone(input: InputOf<'strategy.saveMilestone'>): Promise<SaveResult<unknown>>;
  preview(ref: PlanRecordRef): Promise<SaveResult<RemovalPreview>>;
  remove(ref: PlanRecordRef): Promise<SaveResult<RemovalPreview>>;
}

export const useStrategyStore = create<StrategyState>((set, get) => {
  async function readPlan(periodId: string | null) {
    set({ periodId, plan: periodId ? await call('strategy.plan', { planPeriodId: periodId }) : null });
  }
  /** A change, then the plan read again: the tree, the timeline and the budget totals all follow from it. */
  async function changed<T>(action: () => Promise<T>): Promise<SaveResult<T>> {
    const result = await trySave(action);
    if (result.ok) await get().load();
    return result;
  }
  return {
    periods: [],
    periodId: null,
    plan: null,
    loaded: false,
    loadError: null,
    async load() {
      try {
        const periods = await call('strategy.periods', {});
        const today = organisationToday();
        const kept = periods.find((p) => p.id === get().periodId);
        const current = kept ?? periods.find((p) => p.startsOn <= today && p.endsOn >= today) ?? periods[0] ?? null;
        set({ periods });
        await readPlan(current?.id ?? null);
        set({ loaded: true, loadError: null });
      } catch (error) {
        set({ loaded: true, loadError: readableMessage(error) });
      }
    },
    async choosePeriod(id) {
      try {
        await readPlan(id);
      } catch (error) {
        set({ loadError: readableMessage(error) });
      }
    },
    savePeriod: async (input) => {
      const result = await trySave(() => call('strategy.savePeriod', input));
      if (result.ok) {
        set({ periodId: result.value.id });
        await get().load();
      }
      return result;
    },
    savePerspective: (input) => changed(() => call('strategy.savePerspective', input)),
    saveGoal: (input) => changed(() => call('strategy.saveGoal', input)),
    saveInitiative: (input) => changed(() => call('strategy.saveInitiative', input)),
    saveMilestone: (input) => changed(() => call('strategy.saveMilestone', input)),
    preview: (ref) => trySave(() => call('strategy.removalPreview', ref)),
    remove: (ref) => changed(() => call('strategy.remove', ref)),
  };
});

onDatabaseChanged(() => useStrategyStore.getState().load());
