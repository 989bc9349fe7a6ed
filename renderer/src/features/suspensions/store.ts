// Suspensions on screen: one practitioner's (their tab), or across the staff (the Suspensions view), with the lapses
// that suspend by the bylaws and have nothing recorded yet.
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../../shared/contract';
import { announceDatabaseChanged, onDatabaseChanged } from '../../app/data-events';
import { call, readableMessage } from '../../client';
import { toastSuccess } from '../../ui';
import { trySave, type SaveResult } from '../staff/field-errors';
import { usePractitionerStore } from '../staff/practitioner/store';

export type Suspension = OutputOf<'suspensions.forStaff'>[number];
export type UnrecordedLapse = OutputOf<'suspensions.unrecordedLapses'>[number];
export type SuspensionInput = InputOf<'suspensions.record'>;

interface SuspensionsState {
  /** Whose suspensions are shown: a practitioner, or null for everyone (in force only). */
  staffId: string | null;
  suspensions: Suspension[];
  lapses: UnrecordedLapse[];
  loaded: boolean;
  loadError: string | null;
  load(staffId: string | null): Promise<void>;
  record(input: SuspensionInput): Promise<SaveResult<Suspension>>;
  recordNotice(input: InputOf<'suspensions.recordNotice'>): Promise<SaveResult<Suspension>>;
  reinstate(input: InputOf<'suspensions.reinstate'>): Promise<SaveResult<Suspension>>;
}

export const useSuspensions = create<SuspensionsState>((set, get) => {
  /** A suspension moves the practitioner's badges, the roster's standing and the dashboard: all re-read. */
  async function afterWrite<T>(result: SaveResult<T>, done: string): Promise<SaveResult<T>> {
    if (!result.ok) return result;
    toastSuccess(done);
    await get().load(get().staffId);
    const practitioner = usePractitionerStore.getState();
    if (practitioner.staffId) await practitioner.refresh();
    await announceDatabaseChanged();
    return result;
  }

  return {
    staffId: null,
    suspensions: [],
    lapses: [],
    loaded: false,
    loadError: null,
    async load(staffId) {
      if (get().staffId !== staffId) set({ staffId, suspensions: [], lapses: [], loaded: false });
      try {
        const scope = staffId ? { staffId } : {};
        const [suspensions, lapses] = await Promise.all([
          staffId ? call('suspensions.forStaff', { staffId }) : call('suspensions.current', {}),
          call('suspensions.unrecordedLapses', scope),
        ]);
        if (get().staffId === staffId) set({ suspensions, lapses, loaded: true, loadError: null });
      } catch (error) {
        if (get().staffId === staffId) set({ loadError: readableMessage(error), loaded: true });
      }
    },
    record: async (input) => afterWrite(await trySave(() => call('suspensions.record', input)), 'Suspension recorded'),
    recordNotice: async (input) => afterWrite(await trySave(() => call('suspensions.recordNotice', input)), 'Notice recorded'),
    reinstate: async (input) => afterWrite(await trySave(() => call('suspensions.reinstate', input)), 'Reinstated'),
  };
});

// An undo in a suspension's History panel (or a sync) changes what is shown: read it again once something is shown.
onDatabaseChanged(async () => {
  const { loaded, staffId, load } = useSuspensions.getState();
  if (loaded) await load(staffId);
});
