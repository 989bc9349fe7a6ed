// The staff list's state: the query (search, department, status, sort), the rows loaded so far, and paging.
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../../shared/contract';
import { onDatabaseChanged } from '../../app/data-events';
import { call } from '../../client';
import { toastError } from '../../ui';

type StaffQuery = InputOf<'staff.list'>;
export type StaffRow = OutputOf<'staff.list'>['rows'][number];
export type StaffSort = NonNullable<StaffQuery['sort']>;
export type StaffStatus = StaffRow['status'];
export type Department = OutputOf<'departments.list'>[number];

/** One screenful and a bit: enough to scroll, small enough to answer at once. The next issue virtualizes the list. */
export const staffPageSize = 50;
/** Wait for a pause in typing before asking the core, so each keystroke does not start a query. */
export const searchDebounceMs = 250;

interface StaffState {
  searchText: string;
  departmentId: string;
  status: StaffStatus | '';
  sort: StaffSort;
  direction: 'asc' | 'desc';
  rows: StaffRow[];
  total: number;
  departments: Department[];
  /** 'first' while a fresh query runs, 'more' while the next page loads. */
  loading: 'first' | 'more' | null;
  loaded: boolean;
  open(): Promise<void>;
  setSearchText(text: string): void;
  setDepartment(departmentId: string): void;
  setStatus(status: StaffStatus | ''): void;
  sortBy(sort: StaffSort): void;
  loadMore(): Promise<void>;
  reload(): Promise<void>;
}

// A newer query supersedes an older one still in flight: its answer, when it comes, is dropped.
let generation = 0;
let searchTimer: number | undefined;

export const useStaffStore = create<StaffState>((set, get) => {
  function queryFor(offset: number): StaffQuery {
    const { searchText, departmentId, status, sort, direction } = get();
    const search = searchText.trim();
    return {
      ...(search ? { search } : {}),
      ...(departmentId ? { departmentId } : {}),
      ...(status ? { status } : {}),
      sort,
      direction,
      limit: staffPageSize,
      offset,
    };
  }

  async function fetchFirstPage() {
    const mine = ++generation;
    set({ loading: 'first' });
    try {
      const page = await call('staff.list', queryFor(0));
      if (mine === generation) set({ rows: page.rows, total: page.total, loading: null, loaded: true });
    } catch (error) {
      if (mine === generation) set({ loading: null });
      toastError('The staff list could not be read', error);
    }
  }

  async function fetchDepartments() {
    try {
      set({ departments: await call('departments.list', {}) });
    } catch (error) {
      toastError('The departments could not be read', error);
    }
  }

  return {
    searchText: '',
    departmentId: '',
    status: '',
    sort: 'name',
    direction: 'asc',
    rows: [],
    total: 0,
    departments: [],
    loading: null,
    loaded: false,
    async open() {
      await Promise.all([fetchDepartments(), fetchFirstPage()]);
    },
    setSearchText(text) {
      set({ searchText: text });
      window.clearTimeout(searchTimer);
      searchTimer = window.setTimeout(() => void fetchFirstPage(), searchDebounceMs);
    },
    setDepartment(departmentId) {
      set({ departmentId });
      void fetchFirstPage();
    },
    setStatus(status) {
      set({ status });
      void fetchFirstPage();
    },
    sortBy(sort) {
      const { sort: current, direction } = get();
      set({ sort, direction: sort === current && direction === 'asc' ? 'desc' : 'asc' });
      void fetchFirstPage();
    },
    async loadMore() {
      const { rows, total, loading } = get();
      if (loading || rows.length >= total) return;
      const mine = generation;
      set({ loading: 'more' });
      try {
        const page = await call('staff.list', queryFor(rows.length));
        if (mine === generation) set({ rows: [...get().rows, ...page.rows], total: page.total, loading: null });
      } catch (error) {
        if (mine === generation) set({ loading: null });
        toastError('More staff could not be read', error);
      }
    },
    reload: () => get().open(),
  };
});

onDatabaseChanged(() => useStaffStore.getState().reload());
