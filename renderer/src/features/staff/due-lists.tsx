// Lists of what falls due (reappointments, FPPE/OPPE evaluations): a "due within" choice, then the overdue and the due
// soon, each a card with its table. One store shape and one layout; each view brings its read and its columns.
import { useEffect, type ReactNode } from 'react';
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { onDatabaseChanged } from '../../app/data-events';
import { Card, SelectField, toastError } from '../../ui';
import { plural } from './format';

export const dueWindows = [30, 60, 90, 180] as const;

interface DueListState<Row> {
  withinDays: number;
  overdue: Row[];
  dueSoon: Row[];
  loaded: boolean;
  load(): Promise<void>;
  setWithinDays(days: number): void;
}

export type DueListStore<Row> = UseBoundStore<StoreApi<DueListState<Row>>>;

/** A store over one read of the core: rows with days left, split into overdue and due soon. */
export function createDueListStore<Row extends { daysLeft: number }>(
  read: (withinDays: number) => Promise<Row[]>,
  options: { withinDays: number; failure: string },
): DueListStore<Row> {
  const store = create<DueListState<Row>>((set, get) => ({
    withinDays: options.withinDays,
    overdue: [],
    dueSoon: [],
    loaded: false,
    async load() {
      try {
        const rows = await read(get().withinDays);
        set({ overdue: rows.filter((r) => r.daysLeft < 0), dueSoon: rows.filter((r) => r.daysLeft >= 0), loaded: true });
      } catch (error) {
        toastError(options.failure, error);
      }
    },
    setWithinDays(withinDays) {
      set({ withinDays });
      void get().load();
    },
  }));
  onDatabaseChanged(() => store.getState().load());
  return store;
}

interface DueListsProps<Row> {
  store: DueListStore<Row>;
  /** The thing counted in each card's title ("practitioner", "evaluation"), and what the empty cards say is due. */
  noun: string;
  what: string;
  table(title: string, rows: Row[]): ReactNode;
}

export function DueLists<Row>({ store, noun, what, table }: DueListsProps<Row>) {
  const { withinDays, overdue, dueSoon, loaded, load, setWithinDays } = store();
  useEffect(() => {
    void load();
  }, [load]);

  const group = (title: string, rows: Row[], empty: string) => (
    <Card flush title={<>{title} <span className="expirations__count">{plural(rows.length, noun)}</span></>} aria-label={title}>
      {rows.length === 0 ? <p className="staff-view__empty">{empty}</p> : <div className="table-wrap">{table(title, rows)}</div>}
    </Card>
  );
  return (
    <>
      <div className="staff-view__toolbar">
        <SelectField
          label="Due within"
          value={String(withinDays)}
          options={dueWindows.map((days) => ({ value: String(days), label: `${days} days` }))}
          onChange={(event) => setWithinDays(Number(event.target.value))}
        />
      </div>
      {loaded && (
        <div className="staff-view__groups">
          {group('Overdue', overdue, `No ${what} is overdue.`)}
          {group(`Due in the next ${withinDays} days`, dueSoon, `No ${what} falls due in the next ${withinDays} days.`)}
        </div>
      )}
    </>
  );
}
