// NPDB queries due: appointed practitioners never queried (due at appointment) or whose last query is 2 years old.
import type { OutputOf } from '../../../../../shared/contract';
import { call } from '../../../client';
import { Badge, PageHeader } from '../../../ui';
import { createDueListStore, DueLists } from '../due-lists';
import { DueStanding } from '../DueStanding';
import { formatDay } from '../format';
import { hashForPractitioner } from '../staff-view';

type NpdbDueRow = OutputOf<'npdb.due'>[number];

const useNpdbDue = createDueListStore((withinDays) => call('npdb.due', { withinDays }), {
  withinDays: 30,
  failure: 'The NPDB queries due could not be read',
});

export function NpdbDueView() {
  return (
    <>
      <PageHeader
        title="NPDB queries due"
        description="The National Practitioner Data Bank is queried at appointment and at least every 2 years after, even on a 3-year reappointment cycle. Record each query on the practitioner's NPDB & exclusions tab."
      />
      <DueLists store={useNpdbDue} noun="practitioner" what="NPDB query" table={(title, rows) => <NpdbDueTable title={title} rows={rows} />} />
    </>
  );
}

function NpdbDueTable({ title, rows }: { title: string; rows: NpdbDueRow[] }) {
  return (
    <table className="table" aria-label={title}>
      <thead>
        <tr>
          <th scope="col" style={{ width: '26%' }}>Practitioner</th>
          <th scope="col" style={{ width: '20%' }}>Department</th>
          <th scope="col" style={{ width: '18%' }}>Last query</th>
          <th scope="col" style={{ width: '14%' }}>Due</th>
          <th scope="col" style={{ width: '22%' }}>Standing</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.staffId} data-testid="npdb-due-row">
            <td><a className="staff-link" href={hashForPractitioner(row.staffId)}>{row.staffName}</a></td>
            <td>{row.departmentName}</td>
            <td className="tabular">{row.lastQueriedOn ? formatDay(row.lastQueriedOn) : <Badge tone="danger">Never</Badge>}</td>
            <td className="tabular">{formatDay(row.dueOn)}</td>
            <td><DueStanding daysLeft={row.daysLeft} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
