// What the shell shows about the open database: its file, the versions, the organisation's name, and whether it is still empty.
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../shared/contract';
import { call, readableMessage } from '../client';
import { onDatabaseChanged } from './data-events';

type AppInfo = OutputOf<'app.info'>;

interface AppState {
  info: AppInfo | null;
  /** Set when app.info itself failed: the shell then says so instead of showing blanks. */
  loadError: string | null;
  load(): Promise<void>;
  /** Says who uses this laptop: every change from now on is recorded in their name. */
  setDirector(director: InputOf<'app.setDirector'>): Promise<void>;
}

export const useAppStore = create<AppState>((set) => ({
  info: null,
  loadError: null,
  async load() {
    try {
      set({ info: await call('app.info', {}), loadError: null });
    } catch (error) {
      set({ loadError: readableMessage(error) });
    }
  },
  async setDirector(director) {
    set({ info: await call('app.setDirector', director) });
  },
}));

onDatabaseChanged(() => useAppStore.getState().load());
