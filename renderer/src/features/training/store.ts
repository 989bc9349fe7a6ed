// Training's state: courses, requirements, the matrix and CME profiles, read through the typed client; every write
// re-reads what it changed and tells the other screens.
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../../shared/contract';
import { announceDatabaseChanged, onDatabaseChanged } from '../../app/data-events';
import { call } from '../../client';
import { toastError, toastSuccess } from '../../ui';
import { trySave, type SaveResult } from '../staff/field-errors';

export type Course = OutputOf<'training.courses'>[number];
export type Requirement = OutputOf<'training.requirements'>[number];
export type Matrix = OutputOf<'training.matrix'>;
export type CmeProfile = OutputOf<'training.cmeProfiles'>[number];
type Named = { id: string; name: string; retiredOn: string | null };

interface TrainingState {
  courses: Course[];
  requirements: Requirement[];
  departments: Named[];
  roles: Named[];
  profiles: CmeProfile[];
  matrix: Matrix | null;
  matrixQuery: { departmentId?: string; roleId?: string };
  loading: boolean;
  /** Requirements carry their counts (a pass over everyone): read only where they are shown. */
  requirementsWanted: boolean;
  load(): Promise<void>;
  loadRequirements(): Promise<void>;
  loadMatrix(query: { departmentId?: string; roleId?: string }): Promise<void>;
  saveCourse(input: InputOf<'training.saveCourse'>): Promise<SaveResult<Course>>;
  saveRequirement(input: InputOf<'training.saveRequirement'>): Promise<SaveResult<Requirement>>;
  saveProfile(input: InputOf<'training.saveCmeProfile'>): Promise<SaveResult<CmeProfile>>;
  recordCompletions(input: InputOf<'training.recordCompletions'>): Promise<SaveResult<{ recorded: number }>>;
}

export const useTrainingStore = create<TrainingState>((set, get) => {
  async function afterWrite(title: string, what?: string) {
    toastSuccess(title, what);
    await announceDatabaseChanged();
  }
  return {
    courses: [],
    requirements: [],
    departments: [],
    roles: [],
    profiles: [],
    matrix: null,
    matrixQuery: {},
    loading: false,
    requirementsWanted: false,
    async load() {
      set({ loading: true });
      try {
        const [courses, departments, roles, profiles] = await Promise.all([
          call('training.courses', {}), call('departments.list', {}), call('roles.list', {}), call('training.cmeProfiles', {}),
        ]);
        set({ courses, departments, roles, profiles });
        if (get().requirementsWanted) await get().loadRequirements();
      } catch (error) {
        toastError('Training could not be read', error);
      } finally {
        set({ loading: false });
      }
    },
    async loadRequirements() {
      set({ requirementsWanted: true });
      try {
        set({ requirements: await call('training.requirements', {}) });
      } catch (error) {
        toastError('The requirements could not be read', error);
      }
    },
    async loadMatrix(query) {
      set({ matrixQuery: query });
      try {
        const matrix = await call('training.matrix', query);
        // A slower earlier answer must not replace the one the filters now ask for.
        if (get().matrixQuery === query) set({ matrix });
      } catch (error) {
        toastError('The compliance matrix could not be read', error);
      }
    },
    async saveCourse(input) {
      const result = await trySave(() => call('training.saveCourse', input));
      if (result.ok) await afterWrite(input.id ? 'Course saved' : 'Course added', result.value.title);
      return result;
    },
    async saveRequirement(input) {
      const result = await trySave(() => call('training.saveRequirement', input));
      if (result.ok) await afterWrite(input.id ? 'Requirement saved' : 'Requirement added', `${result.value.counts.assigned} ${result.value.counts.assigned === 1 ? 'person' : 'people'} assigned`);
      return result;
    },
    async saveProfile(input) {
      const result = await trySave(() => call('training.saveCmeProfile', input));
      if (result.ok) await afterWrite('CME profile saved', result.value.state);
      return result;
    },
    async recordCompletions(input) {
      const result = await trySave(() => call('training.recordCompletions', input));
      if (result.ok) await afterWrite('Completions recorded', `${result.value.recorded} ${result.value.recorded === 1 ? 'person' : 'people'}`);
      return result;
    },
  };
});

onDatabaseChanged(async () => {
  const state = useTrainingStore.getState();
  await state.load();
  if (state.matrix) await state.loadMatrix(state.matrixQuery);
});
