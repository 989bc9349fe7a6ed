// Reappointments: who is overdue and who falls due soon, under the bylaws' 2- or 3-year cycle (a setting).
import type { OutputOf } from '../../../../../shared/contract';
import { call } from '../../../client';
import { PageHeader } from '../../../ui';
import { createDueListStore, DueLists } from '../due-lists';
import { DueStanding } from '../DueStanding';
import { formatDay } from '../format';
import { appointmentCategoryLabels } from '../labels';
import { useOrganisationRules } from '../organisation-rules';
import { hashForPractitioner } from '../staff-view';
import { CmeShortfallCell, useCmeShortfalls } from '../../training/cme/cme-shortfall-column';

type ReappointmentRow = OutputOf<'staff.reappointments'>[number];

const useReappointments = createDueListStore((withinDays) => call('staff.reappointments', { withinDays }), {
  withinDays: 90,
  failure: 'The reappointments could not be read',
});

export function ReappointmentsView() {
  const cycleYears = useOrganisationRules((state) => state.cycleYears);
  return (
    <>
      <PageHeader
        title="Reappointments"
        description={<>The bylaws set a <strong data-testid="reappointment-cycle">{cycleYears}-year</strong> reappointment cycle (change it in Settings). A recorded appointment end wins; otherwise the appointment start plus the cycle.</>}
      />
      <DueLists store={useReappointments} noun="practitioner" what="reappointment" table={(title, rows) => <ReappointmentTable title={title} rows={rows} />} />
    </>
  );
}

function ReappointmentTable({ title, rows }: { title: string; rows: ReappointmentRow[] }) {
  const cmeShortfalls = useCmeShortfalls();
  return (
    <table className="table" aria-label={title}>
      <thead>
        <tr>
          <th scope="col" style={{ width: '22%' }}>Practitioner</th>
          <th scope="col" style={{ width: '16%' }}>Department</th>
          <th scope="col" style={{ width: '12%' }}>Category</th>
          <th scope="col" style={{ width: '12%' }}>Due</th>
          <th scope="col" style={{ width: '16%' }}>Standing</th>
          <th scope="col" style={{ width: '22%' }}>CME this licence cycle</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.staffId} data-testid="reappointment-row">
            <td><a className="staff-link" href={hashForPractitioner(row.staffId)}>{row.staffName}</a></td>
            <td>{row.departmentName}</td>
            <td>{row.appointmentCategory ? appointmentCategoryLabels[row.appointmentCategory] : '—'}</td>
            <td className="tabular">{formatDay(row.dueOn)}</td>
            <td><DueStanding daysLeft={row.daysLeft} /></td>
            <td data-testid="reappointment-cme">{cmeShortfalls && <CmeShortfallCell summary={cmeShortfalls.get(row.staffId)} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
