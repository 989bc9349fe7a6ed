// One practitioner's exclusion screening and NPDB queries, and the date of birth revealed on purpose (forgotten on leaving).
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../../../shared/contract';
import { announceDatabaseChanged, onDatabaseChanged } from '../../../app/data-events';
import { call } from '../../../client';
import { toastError, toastSuccess } from '../../../ui';
import { trySave, type SaveResult } from '../field-errors';

export type PractitionerScreening = OutputOf<'screening.forStaff'>;
export type NpdbQuery = OutputOf<'npdb.record'>;
export type NpdbQueryInput = InputOf<'npdb.record'>;

interface PractitionerScreeningState {
  staffId: string | null;
  screening: PractitionerScreening | null;
  /** The date of birth in full, once revealed on purpose; undefined while masked. */
  dateOfBirth: string | null | undefined;
  open(staffId: string): Promise<void>;
  revealDateOfBirth(): Promise<void>;
  hideDateOfBirth(): void;
  recordNpdb(input: NpdbQueryInput): Promise<SaveResult<NpdbQuery>>;
}

export const usePractitionerScreening = create<PractitionerScreeningState>((set, get) => ({
  staffId: null,
  screening: null,
  dateOfBirth: undefined,
  async open(staffId) {
    if (get().staffId !== staffId) set({ staffId, screening: null, dateOfBirth: undefined });
    try {
      const screening = await call('screening.forStaff', { staffId });
      if (get().staffId === staffId) set({ screening });
    } catch (error) {
      toastError('The screening record could not be read', error);
    }
  },
  async revealDateOfBirth() {
    const { staffId } = get();
    if (!staffId) return;
    try {
      const { dateOfBirth } = await call('staff.revealDateOfBirth', { id: staffId });
      set({ dateOfBirth });
    } catch (error) {
      toastError('The date of birth could not be shown', error);
    }
  },
  hideDateOfBirth() {
    set({ dateOfBirth: undefined });
  },
  async recordNpdb(input) {
    const result = await trySave(() => call('npdb.record', input));
    if (result.ok) {
      toastSuccess('NPDB query recorded', input.result === 'report' ? 'The report is kept with the query.' : 'No report on file.');
      await announceDatabaseChanged();
    }
    return result;
  },
}));

onDatabaseChanged(() => {
  const { staffId, open } = usePractitionerScreening.getState();
  if (staffId) void open(staffId);
});
