// The one store that loads a record's history and undoes its newest edit: every History panel reads through it.
import { create } from 'zustand';
import type { OutputOf } from '../../../../shared/contract';
import { announceDatabaseChanged, onDatabaseChanged } from '../../app/data-events';
import { call, readableMessage } from '../../client';
import { toastError, toastSuccess } from '../../ui';

export type RecordChange = OutputOf<'history.forRecord'>[number];

export interface RecordRef {
  entity: string;
  id: string;
}

interface RecordHistory {
  changes: RecordChange[] | null;
  error: string | null;
}

interface HistoryState {
  /** By `entity:id`: the histories of the panels on screen. */
  records: Record<string, RecordHistory>;
  undoing: string | null;
  load(record: RecordRef): Promise<void>;
  /** The panel left the screen: its history is no longer reloaded. */
  forget(record: RecordRef): void;
  /** Undoes one edit; every screen then reloads (data-events), so it shows the restored values. */
  undo(record: RecordRef, txId: string): Promise<boolean>;
}

export const keyOf = ({ entity, id }: RecordRef) => `${entity}:${id}`;

export const useHistoryStore = create<HistoryState>((set, get) => ({
  records: {},
  undoing: null,
  async load(record) {
    const key = keyOf(record);
    try {
      const changes = await call('history.forRecord', { entity: record.entity, id: record.id, limit: 200 });
      set({ records: { ...get().records, [key]: { changes, error: null } } });
    } catch (error) {
      set({ records: { ...get().records, [key]: { changes: get().records[key]?.changes ?? null, error: readableMessage(error) } } });
    }
  },
  forget(record) {
    const { [keyOf(record)]: _gone, ...rest } = get().records;
    set({ records: rest });
  },
  async undo(record, txId) {
    set({ undoing: txId });
    try {
      const { changes } = await call('history.undo', { entity: record.entity, id: record.id, txId });
      toastSuccess('Change undone', `${changes === 1 ? 'One change' : `${changes} changes`} written back; they reach other laptops at the next sync.`);
      await announceDatabaseChanged();
      return true;
    } catch (error) {
      toastError('The change was not undone', error);
      await get().load(record);
      return false;
    } finally {
      set({ undoing: null });
    }
  },
}));

// Any write anywhere can make a new newest edit: the panels on screen read their history again.
onDatabaseChanged(async () => {
  const { records, load } = useHistoryStore.getState();
  await Promise.all(Object.keys(records).map((key) => {
    const at = key.indexOf(':');
    return load({ entity: key.slice(0, at), id: key.slice(at + 1) });
  }));
});
