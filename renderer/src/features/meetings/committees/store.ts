// The committees and their members, read once and kept current after each change; the list and the schedule dialog share it.
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../../../shared/contract';
import { onDatabaseChanged } from '../../../app/data-events';
import { call, readableMessage } from '../../../client';
import { trySave, type SaveResult } from '../field-errors';

export type Committee = OutputOf<'committees.list'>[number];
export type CommitteeMember = Committee['members'][number];

interface CommitteesState {
  committees: Committee[];
  loaded: boolean;
  loadError: string | null;
  load(): Promise<void>;
  create(input: InputOf<'committees.create'>): Promise<SaveResult<Committee>>;
  addMember(input: InputOf<'committees.addMember'>): Promise<SaveResult<Committee>>;
  updateMember(input: InputOf<'committees.updateMember'>): Promise<SaveResult<Committee>>;
  setRules(input: InputOf<'committees.setRules'>): Promise<SaveResult<Committee>>;
}

export const useCommitteesStore = create<CommitteesState>((set, get) => {
  /** The core answers a change with the whole committee; it replaces the one held here. */
  function replace(committee: Committee) {
    const others = get().committees.filter((c) => c.id !== committee.id);
    set({ committees: [...others, committee].sort((a, b) => a.name.localeCompare(b.name)) });
  }
  async function saved(action: () => Promise<Committee>) {
    const result = await trySave(action);
    if (result.ok) replace(result.value);
    return result;
  }
  return {
    committees: [],
    loaded: false,
    loadError: null,
    async load() {
      try {
        set({ committees: await call('committees.list', {}), loaded: true, loadError: null });
      } catch (error) {
        set({ loaded: true, loadError: readableMessage(error) });
      }
    },
    create: (input) => saved(() => call('committees.create', input)),
    addMember: (input) => saved(() => call('committees.addMember', input)),
    updateMember: (input) => saved(() => call('committees.updateMember', input)),
    setRules: (input) => saved(() => call('committees.setRules', input)),
  };
});

onDatabaseChanged(() => useCommitteesStore.getState().load());
