// The roster's state: the query (search, department, status, sort), the total, and a sparse cache of pages read as the list scrolls.
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../../../shared/contract';
import { onDatabaseChanged } from '../../../app/data-events';
import { call } from '../../../client';
import { toastError } from '../../../ui';

type StaffQuery = InputOf<'staff.list'>;
export type StaffRow = OutputOf<'staff.list'>['rows'][number];
export type StaffSort = NonNullable<StaffQuery['sort']>;
export type StaffStatus = StaffRow['status'];
export type Department = OutputOf<'departments.list'>[number];

/** Rows per request: a few screens' worth, so scrolling rarely waits and 10,000 people are 50 requests at most. */
export const rosterPageSize = 200;
/** Wait for a pause in typing before asking the core, so each keystroke does not start a query. */
export const searchDebounceMs = 250;

interface RosterState {
  searchText: string;
  departmentId: string;
  status: StaffStatus | '';
  sort: StaffSort;
  direction: 'asc' | 'desc';
  total: number;
  /** Pages by index (page n holds rows n*pageSize …): only the pages scrolled near are ever read. */
  pages: Record<number, StaffRow[]>;
  /** Bumped when a new query's first page lands: the list scrolls to the top and asks again for what it shows. */
  queryVersion: number;
  departments: Department[];
  querying: boolean;
  loaded: boolean;
  open(): Promise<void>;
  setSearchText(text: string): void;
  setDepartment(departmentId: string): void;
  setStatus(status: StaffStatus | ''): void;
  sortBy(sort: StaffSort): void;
  /** Reads the pages holding rows first…last that are not cached or on their way. */
  ensureRows(first: number, last: number): void;
  reload(): Promise<void>;
}

// A newer query supersedes an older one still in flight: its answers, when they come, are dropped.
let generation = 0;
const pagesInFlight = new Set<number>();
let searchTimer: number | undefined;

export const useRosterStore = create<RosterState>((set, get) => {
  function queryFor(page: number): StaffQuery {
    const { searchText, departmentId, status, sort, direction } = get();
    const search = searchText.trim();
    return {
      ...(search ? { search } : {}),
      ...(departmentId ? { departmentId } : {}),
      ...(status ? { status } : {}),
      sort,
      direction,
      limit: rosterPageSize,
      offset: page * rosterPageSize,
    };
  }

  async function runQuery() {
    const mine = ++generation;
    pagesInFlight.clear();
    set({ querying: true });
    try {
      const first = await call('staff.list', queryFor(0));
      if (mine !== generation) return;
      set({ pages: { 0: first.rows }, total: first.total, querying: false, loaded: true, queryVersion: get().queryVersion + 1 });
    } catch (error) {
      if (mine === generation) set({ querying: false });
      toastError('The staff list could not be read', error);
    }
  }

  async function fetchPage(page: number) {
    const mine = generation;
    pagesInFlight.add(page);
    try {
      const answer = await call('staff.list', queryFor(page));
      if (mine !== generation) return;
      set({ pages: { ...get().pages, [page]: answer.rows }, total: answer.total });
    } catch (error) {
      if (mine === generation) toastError('More staff could not be read', error);
    } finally {
      if (mine === generation) pagesInFlight.delete(page);
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
    total: 0,
    pages: {},
    queryVersion: 0,
    departments: [],
    querying: false,
    loaded: false,
    async open() {
      await Promise.all([fetchDepartments(), runQuery()]);
    },
    setSearchText(text) {
      set({ searchText: text });
      window.clearTimeout(searchTimer);
      searchTimer = window.setTimeout(() => void runQuery(), searchDebounceMs);
    },
    setDepartment(departmentId) {
      set({ departmentId });
      void runQuery();
    },
    setStatus(status) {
      set({ status });
      void runQuery();
    },
    sortBy(sort) {
      const { sort: current, direction } = get();
      set({ sort, direction: sort === current && direction === 'asc' ? 'desc' : 'asc' });
      void runQuery();
    },
    ensureRows(first, last) {
      const { pages, total, loaded } = get();
      if (!loaded || total === 0) return;
      const lastPage = Math.floor(Math.min(last, total - 1) / rosterPageSize);
      for (let page = Math.floor(Math.max(first, 0) / rosterPageSize); page <= lastPage; page++) {
        if (!pages[page] && !pagesInFlight.has(page)) void fetchPage(page);
      }
    },
    reload: () => get().open(),
  };
});

/** One row by its index in the whole list, or undefined while its page is on its way. */
export function rowAt(state: RosterState, index: number): StaffRow | undefined {
  return state.pages[Math.floor(index / rosterPageSize)]?.[index % rosterPageSize];
}

onDatabaseChanged(() => useRosterStore.getState().reload());
