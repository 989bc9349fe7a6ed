// The crosswalk screen's state: the standards with the policies citing them, the accreditors' editions, and the
// actions that change them (add a standard, import an edition, move the citations of a moved standard).
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../../../shared/contract';
import { announceDatabaseChanged } from '../../../app/data-events';
import { call, readableMessage } from '../../../client';
import { toastError, toastSuccess } from '../../../ui';
import { trySave, type SaveResult } from '../../staff/field-errors';

export type StandardWithPolicies = OutputOf<'standards.list'>[number];
export type Edition = OutputOf<'standards.editions'>[number];
export type EditionImport = OutputOf<'standards.importEdition'>;

interface StandardsState {
  standards: StandardWithPolicies[] | null;
  editions: Edition[];
  error: string | null;
  load(): Promise<void>;
  add(input: InputOf<'standards.create'>): Promise<SaveResult<unknown>>;
  importEdition(input: InputOf<'standards.importEdition'>): Promise<SaveResult<EditionImport>>;
  moveCitations(standard: StandardWithPolicies): Promise<void>;
}

export const useStandardsStore = create<StandardsState>((set, get) => ({
  standards: null,
  editions: [],
  error: null,
  async load() {
    try {
      const [standards, editions] = await Promise.all([call('standards.list', {}), call('standards.editions', {})]);
      set({ standards, editions, error: null });
    } catch (error) {
      set({ error: readableMessage(error) });
    }
  },
  async add(input) {
    const result = await trySave(() => call('standards.create', input));
    if (result.ok) {
      toastSuccess('Standard added', `${result.value.body} ${result.value.code}`);
      await get().load();
    }
    return result;
  },
  async importEdition(input) {
    const result = await trySave(() => call('standards.importEdition', input));
    if (result.ok) {
      toastSuccess(`${result.value.edition.body} ${result.value.edition.name} imported`);
      await announceDatabaseChanged();
    }
    return result;
  },
  async moveCitations(standard) {
    if (standard.standing.state === 'current') return;
    try {
      const { policies } = await call('standards.moveCitations', { standardId: standard.id });
      const to = standard.standing.successors.map((s) => `${s.body} ${s.code}`).join(' and ');
      toastSuccess(`${policies} ${policies === 1 ? 'policy cites' : 'policies cite'} ${to} now`, `instead of ${standard.body} ${standard.code}`);
      await announceDatabaseChanged();
    } catch (error) {
      toastError('The citations were not moved', error);
    }
  },
}));

/** In force today and cited by a policy that is active: what a surveyor counts as met. */
export const isMet = (s: StandardWithPolicies) => s.standing.state !== 'stale' && s.policies.some((p) => p.active);
/** Cited by a policy, but moved or retired by an edition already in force (or about to be). */
export const hasStaleCitations = (s: StandardWithPolicies) => s.standing.state !== 'current' && s.policies.length > 0;
