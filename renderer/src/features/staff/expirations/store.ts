// The expirations board's state: the window (N days, expired or not, department), the rows grouped by week, and the exports.
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../../../shared/contract';
import { weekStart } from '../../../../../shared/domain/calendar-day';
import { onDatabaseChanged } from '../../../app/data-events';
import { call } from '../../../client';
import { toastError, toastSuccess } from '../../../ui';
import { saveTextFile } from '../../../app/files';
import { setHashQuery } from '../../../app/hash-query';
import { defaultWindow, filtersFromQuery, queryOf, type ExpirationsFilters, type ExpirationsShow } from './filters';

export type ExpirationRow = OutputOf<'credentials.expirations'>['rows'][number];
type ExpirationsQuery = InputOf<'credentials.expirations'>;

export const windowChoices = [30, 60, 90, 180] as const;

export interface ExpirationGroup {
  /** 'expired', or the Monday (ISO date) that starts the week. */
  key: string;
  kind: 'expired' | 'week';
  weekOf: string | null;
  rows: ExpirationRow[];
}

/** Lapsed credentials first, whatever their date, then one group per ISO week (shared weekStart), soonest first. */
export function groupByWeek(rows: readonly ExpirationRow[]): ExpirationGroup[] {
  const expired: ExpirationRow[] = [];
  const weeks = new Map<string, ExpirationRow[]>();
  for (const row of rows) {
    if (row.status.state === 'expired' || !row.expiresOn) {
      expired.push(row);
      continue;
    }
    const monday = weekStart(row.expiresOn);
    const list = weeks.get(monday) ?? [];
    list.push(row);
    weeks.set(monday, list);
  }
  const groups: ExpirationGroup[] = expired.length ? [{ key: 'expired', kind: 'expired', weekOf: null, rows: expired }] : [];
  for (const monday of [...weeks.keys()].sort()) groups.push({ key: monday, kind: 'week', weekOf: monday, rows: weeks.get(monday)! });
  return groups;
}

interface ExpirationsState {
  withinDays: number;
  show: ExpirationsShow;
  departmentId: string;
  departments: OutputOf<'departments.list'>;
  today: string | null;
  total: number;
  groups: ExpirationGroup[];
  loading: boolean;
  exporting: 'csv' | 'ics' | null;
  load(): Promise<void>;
  /** Takes the filters the address names (a dashboard tile's link, a reload) and reads the board with them. */
  applyQuery(query: URLSearchParams): Promise<void>;
  /** Changes a filter by changing the address; applyQuery then follows it. */
  setFilter(change: Partial<ExpirationsFilters>): void;
  exportAs(format: 'csv' | 'ics'): Promise<void>;
}

let generation = 0;

export const useExpirationsStore = create<ExpirationsState>((set, get) => {
  function query(): ExpirationsQuery {
    const { withinDays, show, departmentId } = get();
    return { withinDays, includeExpired: show !== 'expiring', lapsedOnly: show === 'lapsed', ...(departmentId ? { departmentId } : {}) };
  }

  return {
    withinDays: defaultWindow,
    show: 'all',
    departmentId: '',
    departments: [],
    today: null,
    total: 0,
    groups: [],
    loading: false,
    exporting: null,
    async load() {
      const mine = ++generation;
      set({ loading: true });
      try {
        const [board, departments] = await Promise.all([call('credentials.expirations', query()), call('departments.list', {})]);
        if (mine !== generation) return;
        set({ today: board.today, total: board.rows.length, groups: groupByWeek(board.rows), departments, loading: false });
      } catch (error) {
        if (mine === generation) set({ loading: false });
        toastError('The expirations could not be read', error);
      }
    },
    async applyQuery(query) {
      set(filtersFromQuery(query));
      await get().load();
    },
    setFilter(change) {
      const { show, withinDays, departmentId } = { ...get(), ...change };
      setHashQuery(queryOf({ show, withinDays, departmentId }));
    },
    async exportAs(format) {
      if (get().exporting) return;
      set({ exporting: format });
      try {
        const file = await call('credentials.exportExpirations', { ...query(), format });
        saveTextFile(file);
        toastSuccess(format === 'csv' ? 'Spreadsheet saved' : 'Calendar file saved', `${file.fileName} is in your downloads. Numbers in it are masked.`);
      } catch (error) {
        toastError('The export could not be made', error);
      } finally {
        set({ exporting: null });
      }
    },
  };
});

onDatabaseChanged(() => useExpirationsStore.getState().load());
