// The policy library's state: the filter chip, the search and department, the rows the core returns and a count per chip.
import { create } from 'zustand';
import type { OutputOf } from '../../../../../shared/contract';
import { onDatabaseChanged } from '../../../app/data-events';
import { setHashQuery } from '../../../app/hash-query';
import type { LibraryFilter } from '../policies-view';
import { call, readableMessage } from '../../../client';

export type PolicyRow = OutputOf<'policies.list'>['rows'][number];

export const libraryFilters: readonly { key: LibraryFilter; label: string }[] = [
  { key: 'all', label: 'All' },
  { key: 'active', label: 'Active' },
  { key: 'drafts', label: 'Drafts' },
  { key: 'in-review', label: 'In review' },
  { key: 'review-due', label: 'Review due' },
  { key: 'overdue', label: 'Overdue' },
  { key: 'retired', label: 'Retired' },
];

/** One page is the whole library for any real hospital; beyond it the screen says how many more there are. */
const pageSize = 500;

interface LibraryState {
  filter: LibraryFilter;
  search: string;
  departmentId: string;
  rows: PolicyRow[];
  total: number;
  counts: Partial<Record<LibraryFilter, number>>;
  loaded: boolean;
  error: string | null;
  /** Chooses a chip by changing the address; applyFilter then follows it (so a tile's link and Back work alike). */
  setFilter(filter: LibraryFilter): void;
  applyFilter(filter: LibraryFilter): void;
  setSearch(search: string): void;
  setDepartment(departmentId: string): void;
  load(): Promise<void>;
}

let requestNumber = 0;

export const useLibraryStore = create<LibraryState>((set, get) => ({
  filter: 'all',
  search: '',
  departmentId: '',
  rows: [],
  total: 0,
  counts: {},
  loaded: false,
  error: null,
  setFilter(filter) {
    setHashQuery({ filter: filter === 'all' ? null : filter });
  },
  applyFilter(filter) {
    if (filter === get().filter) return;
    set({ filter });
    void get().load();
  },
  setSearch(search) {
    set({ search });
  },
  setDepartment(departmentId) {
    set({ departmentId });
    void get().load();
  },
  async load() {
    const request = ++requestNumber;
    const { filter, search, departmentId } = get();
    const scope = { ...(search.trim() ? { search: search.trim() } : {}), ...(departmentId ? { departmentId } : {}) };
    try {
      // One reading of the library gives the page and every chip's count.
      const page = await call('policies.list', { ...scope, filter, limit: pageSize, offset: 0 });
      // A slower answer to an older search must not replace a newer one.
      if (request !== requestNumber) return;
      set({ rows: page.rows, total: page.total, counts: page.counts, loaded: true, error: null });
    } catch (error) {
      if (request === requestNumber) set({ error: readableMessage(error), loaded: true });
    }
  },
}));

onDatabaseChanged(() => useLibraryStore.getState().load());
