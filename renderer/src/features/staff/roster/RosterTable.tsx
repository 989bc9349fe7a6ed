// The roster as a virtualized table: only the rows in view (and a few either side) are in the page, read 200 at a time.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { Badge, SortableHeader } from '../../../ui';
import { formatDay } from '../format';
import { useOrganisationRules } from '../organisation-rules';
import { staffStatusDisplay } from '../staff-status';
import { hashForPractitioner, useStaffViewStore } from '../staff-view';
import { rosterStanding } from './standing';
import { rowAt, useRosterStore, type StaffSort } from './store';

/** Every row is one line of this height, so the scroll height is exact and nothing jumps as pages arrive. */
export const rosterRowHeight = 44;
const columnCount = 7;

const sortableColumns: readonly { sort: StaffSort; label: string; width: string }[] = [
  { sort: 'name', label: 'Name', width: '20%' },
  { sort: 'role', label: 'Role', width: '13%' },
  { sort: 'department', label: 'Department', width: '13%' },
];

export function RosterTable() {
  const total = useRosterStore((state) => state.total);
  const queryVersion = useRosterStore((state) => state.queryVersion);
  const ensureRows = useRosterStore((state) => state.ensureRows);
  const scrollRef = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rosterRowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => {
    ensureRows(first, last);
  }, [first, last, queryVersion, ensureRows]);

  // A new search or sort starts at the top: the old scroll position means nothing in the new order.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [queryVersion]);

  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div className="roster__scroll" ref={scrollRef} data-testid="roster-scroll" tabIndex={-1}>
      <table className="table roster__table" aria-label="Staff" aria-rowcount={total + 1}>
        <RosterHead />
        <tbody>
          {paddingTop > 0 && <SpacerRow height={paddingTop} />}
          {items.map((item) => (
            <RosterRow key={item.index} index={item.index} />
          ))}
          {paddingBottom > 0 && <SpacerRow height={paddingBottom} />}
        </tbody>
      </table>
    </div>
  );
}

function RosterHead() {
  const sort = useRosterStore((state) => state.sort);
  const direction = useRosterStore((state) => state.direction);
  const sortBy = useRosterStore((state) => state.sortBy);
  const directionOf = (column: StaffSort) => (sort === column ? direction : null);
  return (
    <thead>
      <tr aria-rowindex={1}>
        {sortableColumns.map((column) => (
          <SortableHeader key={column.sort} label={column.label} width={column.width} direction={directionOf(column.sort)} onSort={() => sortBy(column.sort)} />
        ))}
        <th scope="col" style={{ width: '12%' }}>Specialty</th>
        <SortableHeader label="Hired" width="11%" direction={directionOf('hireDate')} onSort={() => sortBy('hireDate')} />
        <th scope="col" style={{ width: '19%' }}>Credentials</th>
        <th scope="col" style={{ width: '12%' }}>Status</th>
      </tr>
    </thead>
  );
}

function SpacerRow({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="roster__spacer" style={{ height }}>
      <td colSpan={columnCount} />
    </tr>
  );
}

function RosterRow({ index }: { index: number }) {
  const row = useRosterStore((state) => rowAt(state, index));
  const today = useOrganisationRules((state) => state.today);
  const warningDays = useOrganisationRules((state) => state.warningDays);
  const go = useStaffViewStore((state) => state.go);

  if (!row) {
    return (
      <tr className="roster__row roster__row--loading" aria-rowindex={index + 2} aria-busy="true">
        <td colSpan={columnCount}><span className="roster__placeholder">Loading…</span></td>
      </tr>
    );
  }
  const status = staffStatusDisplay[row.status];
  const standing = rosterStanding(row, today, warningDays);
  return (
    <tr className="roster__row" data-testid="staff-row" aria-rowindex={index + 2} onClick={(event) => {
      // The name is a real link for the keyboard; a click anywhere else on the row opens the same profile.
      if (!(event.target instanceof HTMLAnchorElement)) go({ section: 'practitioner', staffId: row.id });
    }}>
      <td>
        <a className="roster__name" href={hashForPractitioner(row.id)}>{row.familyName}, {row.givenName}</a>
        {row.degree && <span className="staff__degree">, {row.degree}</span>}
      </td>
      <td>{row.roleName}</td>
      <td>{row.departmentName}</td>
      <td className={row.specialty ? undefined : 'table__secondary'}>{row.specialty ?? '—'}</td>
      <td className="tabular">{row.hireDate ? formatDay(row.hireDate) : <span className="table__secondary">—</span>}</td>
      <td>{standing ? (standing.tone === 'neutral' ? <span className="roster__next-expiry tabular">{standing.text}</span> : <Badge tone={standing.tone}>{standing.text}</Badge>) : <span className="table__secondary">No expiry on file</span>}</td>
      <td><Badge tone={status.tone}>{status.label}</Badge></td>
    </tr>
  );
}
