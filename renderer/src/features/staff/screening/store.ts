// Exclusion screening's state: the list file chosen and the import's report, the queue shown (by the address's filter)
// and the practitioners overdue for screening.
import { create } from 'zustand';
import type { OutputOf } from '../../../../../shared/contract';
import { announceDatabaseChanged, onDatabaseChanged } from '../../../app/data-events';
import { fileToBase64 } from '../../../app/files';
import { call, readableMessage } from '../../../client';
import { toastError, toastSuccess } from '../../../ui';

export type ScreeningReport = OutputOf<'screening.import'>;
export type ExclusionMatch = OutputOf<'screening.matches'>[number];
export type ScreeningStanding = OutputOf<'screening.overdue'>[number];
export type ExclusionScreening = OutputOf<'screening.list'>[number];

import type { ScreeningShow } from './filters';

interface ScreeningState {
  show: ScreeningShow;
  matches: ExclusionMatch[];
  overdue: ScreeningStanding[];
  screenings: ExclusionScreening[];
  loaded: boolean;
  report: ScreeningReport | null;
  problem: string | null;
  importing: boolean;
  load(show: ScreeningShow): Promise<void>;
  importList(listKind: 'leie' | 'other', listName: string, file: File): Promise<void>;
  decide(id: string, decision: 'cleared' | 'confirmed', note: string): Promise<string | null>;
}

export const useScreeningStore = create<ScreeningState>((set, get) => ({
  show: 'possible',
  matches: [],
  overdue: [],
  screenings: [],
  loaded: false,
  report: null,
  problem: null,
  importing: false,
  async load(show) {
    set({ show });
    try {
      const [matches, overdue, screenings] = await Promise.all([
        show === 'overdue' ? Promise.resolve([]) : call('screening.matches', { status: show }),
        call('screening.overdue', {}),
        call('screening.list', {}),
      ]);
      if (get().show === show) set({ matches, overdue, screenings, loaded: true });
    } catch (error) {
      toastError('The exclusion screening could not be read', error);
    }
  },
  async importList(listKind, listName, file) {
    set({ importing: true, problem: null, report: null });
    try {
      const dataBase64 = await fileToBase64(file);
      const report = await call('screening.import', { listKind, listName, fileName: file.name, dataBase64 });
      set({ report, importing: false });
      toastSuccess('Roster screened', `${report.queued} new possible ${report.queued === 1 ? 'match' : 'matches'} to decide.`);
      await announceDatabaseChanged();
    } catch (error) {
      set({ problem: readableMessage(error), importing: false });
    }
  },
  async decide(id, decision, note) {
    try {
      await call('screening.decide', { id, decision, note });
      toastSuccess(decision === 'confirmed' ? 'Exclusion confirmed' : 'Match cleared', decision === 'confirmed' ? 'The practitioner is shown as excluded.' : 'It will not be queued again for this listed entry.');
      await announceDatabaseChanged();
      return null;
    } catch (error) {
      return readableMessage(error);
    }
  },
}));

onDatabaseChanged(() => {
  const { loaded, show, load } = useScreeningStore.getState();
  if (loaded) void load(show);
});
