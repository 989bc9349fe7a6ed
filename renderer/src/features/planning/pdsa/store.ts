// PDSA cycles and what they can be about (initiatives and measures), read from the core and read again after a change.
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../../../shared/contract';
import { onDatabaseChanged } from '../../../app/data-events';
import { call, readableMessage } from '../../../client';
import { trySave, type SaveResult } from '../../meetings/field-errors';

export type PdsaCycle = OutputOf<'pdsa.list'>[number];
export type PdsaSubjects = OutputOf<'pdsa.subjects'>;

interface PdsaState {
  cycles: PdsaCycle[];
  subjects: PdsaSubjects;
  loaded: boolean;
  loadError: string | null;
  load(): Promise<void>;
  save(input: InputOf<'pdsa.save'>): Promise<SaveResult<PdsaCycle>>;
  remove(id: string): Promise<SaveResult<unknown>>;
}

export const usePdsaStore = create<PdsaState>((set, get) => ({
  cycles: [],
  subjects: { initiatives: [], measures: [] },
  loaded: false,
  loadError: null,
  async load() {
    try {
      const [cycles, subjects] = await Promise.all([call('pdsa.list', {}), call('pdsa.subjects', {})]);
      set({ cycles, subjects, loaded: true, loadError: null });
    } catch (error) {
      set({ loaded: true, loadError: readableMessage(error) });
    }
  },
  async save(input) {
    const result = await trySave(() => call('pdsa.save', input));
    if (result.ok) await get().load();
    return result;
  },
  async remove(id) {
    const result = await trySave(() => call('pdsa.remove', { id }));
    if (result.ok) await get().load();
    return result;
  },
}));

onDatabaseChanged(() => usePdsaStore.getState().load());

/** Cycles grouped into chains, each from its first cycle; the core lists them in this order already. */
export function chainsOf(cycles: readonly PdsaCycle[]): PdsaCycle[][] {
  const ids = new Set(cycles.map((c) => c.id));
  const chains: PdsaCycle[][] = [];
  const chainOf = new Map<string, PdsaCycle[]>();
  for (const c of cycles) {
    const chain = c.previousCycleId && ids.has(c.previousCycleId) ? chainOf.get(c.previousCycleId) : undefined;
    if (chain) chain.push(c);
    else chains.push([c]);
    chainOf.set(c.id, chain ?? chains.at(-1)!);
  }
  return chains;
}
