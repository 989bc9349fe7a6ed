// The meetings list: soonest upcoming first, then the most recent, optionally for one committee.
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../../../shared/contract';
import { onDatabaseChanged } from '../../../app/data-events';
import { call, readableMessage } from '../../../client';
import { trySave, type SaveResult } from '../field-errors';

export type MeetingRow = OutputOf<'meetings.list'>[number];
export type Meeting = OutputOf<'meetings.get'>;

interface MeetingsListState {
  committeeId: string | null;
  rows: MeetingRow[];
  loaded: boolean;
  loadError: string | null;
  /** Read once the list is loaded, so "upcoming" and "past" split at the same moment the core ordered them. */
  loadedAt: string;
  load(): Promise<void>;
  filterBy(committeeId: string | null): Promise<void>;
  schedule(input: InputOf<'meetings.create'>): Promise<SaveResult<Meeting>>;
}

export const useMeetingsListStore = create<MeetingsListState>((set, get) => ({
  committeeId: null,
  rows: [],
  loaded: false,
  loadError: null,
  loadedAt: new Date().toISOString(),
  async load() {
    const committeeId = get().committeeId;
    try {
      const rows = await call('meetings.list', committeeId ? { committeeId } : {});
      // A later filter may have been chosen while this one was reading; only the latest answer is shown.
      if (get().committeeId === committeeId) set({ rows, loaded: true, loadError: null, loadedAt: new Date().toISOString() });
    } catch (error) {
      set({ loaded: true, loadError: readableMessage(error) });
    }
  },
  async filterBy(committeeId) {
    set({ committeeId });
    await get().load();
  },
  async schedule(input) {
    const result = await trySave(() => call('meetings.create', input));
    if (result.ok) await get().load();
    return result;
  },
}));

onDatabaseChanged(() => useMeetingsListStore.getState().load());
