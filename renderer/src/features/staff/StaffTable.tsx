// The staff table: one row per person, with sortable name, role, department and hire date columns.
import { format, parseISO } from 'date-fns';
import { Badge, SortableHeader, Table } from '../../ui';
import { staffStatusDisplay } from './staff-status';
import { useStaffStore, type StaffRow, type StaffSort } from './store';

const sortableColumns: readonly { sort: StaffSort; label: string; width: string }[] = [
  { sort: 'name', label: 'Name', width: '24%' },
  { sort: 'role', label: 'Role', width: '18%' },
  { sort: 'department', label: 'Department', width: '18%' },
];

export function StaffTable({ rows }: { rows: readonly StaffRow[] }) {
  const sort = useStaffStore((state) => state.sort);
  const direction = useStaffStore((state) => state.direction);
  const sortBy = useStaffStore((state) => state.sortBy);
  const directionOf = (column: StaffSort) => (sort === column ? direction : null);

  return (
    <Table label="Staff">
      <thead>
        <tr>
          {sortableColumns.map((column) => (
            <SortableHeader key={column.sort} label={column.label} width={column.width} direction={directionOf(column.sort)} onSort={() => sortBy(column.sort)} />
          ))}
          <th scope="col">Specialty</th>
          <SortableHeader label="Hired" width="12%" direction={directionOf('hireDate')} onSort={() => sortBy('hireDate')} />
          <th scope="col" style={{ width: '10%' }}>Status</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <StaffTableRow key={row.id} row={row} />
        ))}
      </tbody>
    </Table>
  );
}

function StaffTableRow({ row }: { row: StaffRow }) {
  const status = staffStatusDisplay[row.status];
  return (
    <tr data-testid="staff-row">
      <td>
        <span className="table__primary">{row.familyName}, {row.givenName}</span>
        {row.degree && <span className="staff__degree">, {row.degree}</span>}
      </td>
      <td>{row.roleName}</td>
      <td>{row.departmentName}</td>
      <td className={row.specialty ? undefined : 'table__secondary'}>{row.specialty ?? '—'}</td>
      <td className="tabular">{row.hireDate ? format(parseISO(row.hireDate), 'd MMM yyyy') : <span className="table__secondary">—</span>}</td>
      <td><Badge tone={status.tone}>{status.label}</Badge></td>
    </tr>
  );
}
