// Measures as Planning's screens need them: the scorecard, the list, and one measure with its values and chart
// reading. Every change goes to the core through the typed client, then re-reads and tells the other screens.
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../../../shared/contract';
import { announceDatabaseChanged, onDatabaseChanged } from '../../../app/data-events';
import { call, ClientError, readableMessage, type FieldIssue } from '../../../client';
import { toastError, toastSuccess } from '../../../ui';
import { trySave, type SaveResult } from '../../staff/field-errors';

export type Scorecard = OutputOf<'measures.scorecard'>;
export type ScorecardRow = Scorecard['unfiled'][number];
export type MeasureSummary = OutputOf<'measures.list'>[number];
export type MeasureDetail = OutputOf<'measures.get'>;
export type MeasureInput = InputOf<'measures.save'>['measure'];
export type ValueInput = InputOf<'measures.saveValues'>['values'][number];
export type ImportReport = OutputOf<'measures.importValues'>;
export type MeasureStatus = Scorecard['perspectives'][number]['goals'][number]['status'];

interface MeasuresState {
  scorecard: Scorecard | null;
  scorecardFilter: MeasureStatus | null;
  measures: MeasureSummary[];
  detail: MeasureDetail | null;
  /** The committees a measure can report to. */
  committees: { id: string; name: string }[];
  loadCommittees(): Promise<void>;
  loadScorecard(status: MeasureStatus | null): Promise<void>;
  loadMeasures(): Promise<void>;
  loadMeasure(id: string): Promise<void>;
  saveMeasure(id: string | null, measure: MeasureInput): Promise<SaveResult<MeasureDetail>>;
  /** Issues keep their paths ("values.3.numerator"), so each message lands on its row of the grid. */
  saveValues(measureId: string, values: ValueInput[]): Promise<{ ok: true } | { ok: false; issues: readonly FieldIssue[]; message: string }>;
  removeValue(measureId: string, valueId: string): Promise<void>;
  importValues(input: InputOf<'measures.importValues'>): Promise<SaveResult<ImportReport>>;
  removePreview(id: string): Promise<OutputOf<'measures.removePreview'> | null>;
  removeMeasure(id: string): Promise<boolean>;
}

export const useMeasuresStore = create<MeasuresState>((set, get) => ({
  scorecard: null,
  scorecardFilter: null,
  measures: [],
  detail: null,
  committees: [],
  async loadCommittees() {
    try {
      set({ committees: (await call('committees.list', {})).map((c) => ({ id: c.id, name: c.name })) });
    } catch (error) {
      toastError('The committees could not be read', error);
    }
  },
  async loadScorecard(status) {
    set({ scorecardFilter: status });
    try {
      const scorecard = await call('measures.scorecard', status ? { status } : {});
      if (get().scorecardFilter === status) set({ scorecard });
    } catch (error) {
      toastError('The scorecard could not be read', error);
    }
  },
  async loadMeasures() {
    try {
      set({ measures: await call('measures.list', {}) });
    } catch (error) {
      toastError('The measures could not be read', error);
    }
  },
  async loadMeasure(id) {
    try {
      set({ detail: await call('measures.get', { id }) });
    } catch (error) {
      set({ detail: null });
      toastError('This measure could not be read', error);
    }
  },
  async saveMeasure(id, measure) {
    const result = await trySave(() => call('measures.save', id ? { id, measure } : { measure }));
    if (result.ok) {
      set({ detail: result.value });
      toastSuccess(id ? 'Measure saved' : 'Measure added', result.value.measure.name);
      await announceDatabaseChanged();
    }
    return result;
  },
  async saveValues(measureId, values) {
    try {
      const detail = await call('measures.saveValues', { measureId, values });
      set({ detail });
      toastSuccess(values.length === 1 ? 'Value saved' : `${values.length} values saved`, detail.measure.name);
      await announceDatabaseChanged();
      return { ok: true };
    } catch (error) {
      return { ok: false, issues: error instanceof ClientError ? error.issues : [], message: readableMessage(error) };
    }
  },
  async removeValue(measureId, valueId) {
    try {
      await call('measures.removeValue', { id: valueId });
      toastSuccess('Value deleted');
      await announceDatabaseChanged();
    } catch (error) {
      toastError('The value was not deleted', error);
    }
    await get().loadMeasure(measureId);
  },
  async importValues(input) {
    const result = await trySave(() => call('measures.importValues', input));
    if (result.ok && result.value.written > 0) {
      toastSuccess(`${result.value.written} values imported`);
      await announceDatabaseChanged();
      await get().loadMeasure(input.measureId);
    }
    return result;
  },
  async removePreview(id) {
    try {
      return await call('measures.removePreview', { id });
    } catch (error) {
      toastError('This measure could not be read', error);
      return null;
    }
  },
  async removeMeasure(id) {
    try {
      await call('measures.remove', { id });
      toastSuccess('Measure deleted');
      set({ detail: null });
      await announceDatabaseChanged();
      return true;
    } catch (error) {
      toastError('The measure was not deleted', error);
      return false;
    }
  },
}));

onDatabaseChanged(async () => {
  const state = useMeasuresStore.getState();
  await Promise.all([
    state.scorecard ? state.loadScorecard(state.scorecardFilter) : null,
    state.measures.length ? state.loadMeasures() : null,
    state.detail ? state.loadMeasure(state.detail.measure.id) : null,
  ]);
});
