// The action items list's state: the filters the address names, the rows the core returns, and status changes.
import { create } from 'zustand';
import type { OutputOf } from '../../../../../shared/contract';
import { onDatabaseChanged } from '../../../app/data-events';
import { setHashQuery } from '../../../app/hash-query';
import { call, readableMessage } from '../../../client';
import { toastError } from '../../../ui';
import { actionFiltersFromQuery, actionQueryOf, defaultActionFilters, type ActionFilters } from './filters';

export type ActionListRow = OutputOf<'actions.list'>['rows'][number];

interface ActionItemsState {
  filters: ActionFilters;
  rows: ActionListRow[];
  owners: string[];
  loaded: boolean;
  error: string | null;
  load(): Promise<void>;
  /** Takes the filters the address names (a dashboard tile's link, a reload, Back) and reads the list with them. */
  applyQuery(query: URLSearchParams): Promise<void>;
  /** Changes a filter by changing the address; applyQuery then follows it. */
  setFilter(change: Partial<ActionFilters>): void;
  setStatus(id: string, status: ActionListRow['status']): Promise<void>;
}

let requestNumber = 0;

export const useActionItemsStore = create<ActionItemsState>((set, get) => ({
  filters: defaultActionFilters,
  rows: [],
  owners: [],
  loaded: false,
  error: null,
  async load() {
    const request = ++requestNumber;
    const { status, owner, committeeId, sort } = get().filters;
    try {
      const list = await call('actions.list', { status, sort, ...(owner ? { owner } : {}), ...(committeeId ? { committeeId } : {}) });
      if (request !== requestNumber) return;
      set({ rows: list.rows, owners: list.owners, loaded: true, error: null });
    } catch (error) {
      if (request === requestNumber) set({ loaded: true, error: readableMessage(error) });
    }
  },
  async applyQuery(query) {
    set({ filters: actionFiltersFromQuery(query) });
    await get().load();
  },
  setFilter(change) {
    setHashQuery(actionQueryOf({ ...get().filters, ...change }));
  },
  async setStatus(id, status) {
    try {
      await call('actions.update', { id, patch: { status } });
    } catch (error) {
      toastError('The action item could not be changed', error);
    }
    await get().load();
  },
}));

onDatabaseChanged(() => useActionItemsStore.getState().load());
