// Reappointments: who is overdue and who falls due soon, under the bylaws' 2- or 3-year cycle.
import { useEffect } from 'react';
import { Card, PageHeader, SelectField } from '../../../ui';
import { DueStanding } from '../DueStanding';
import { formatDay, plural } from '../format';
import { appointmentCategoryLabels } from '../labels';
import { useOrganisationRules } from '../organisation-rules';
import { hashForPractitioner } from '../staff-view';
import { reappointmentWindows, useReappointmentsStore, type ReappointmentRow } from './store';

export function ReappointmentsView() {
  const load = useReappointmentsStore((state) => state.load);
  const withinDays = useReappointmentsStore((state) => state.withinDays);
  const overdue = useReappointmentsStore((state) => state.overdue);
  const dueSoon = useReappointmentsStore((state) => state.dueSoon);
  const loaded = useReappointmentsStore((state) => state.loaded);
  const setWithinDays = useReappointmentsStore((state) => state.setWithinDays);
  const cycleYears = useOrganisationRules((state) => state.cycleYears);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <PageHeader
        title="Reappointments"
        description={<>The bylaws set a <strong data-testid="reappointment-cycle">{cycleYears}-year</strong> reappointment cycle (change it in Settings). A recorded appointment end wins; otherwise the appointment start plus the cycle.</>}
      />
      <div className="staff-view__toolbar">
        <SelectField
          label="Due within"
          value={String(withinDays)}
          options={reappointmentWindows.map((days) => ({ value: String(days), label: `${days} days` }))}
          onChange={(event) => setWithinDays(Number(event.target.value))}
        />
      </div>
      {loaded && (
        <div className="staff-view__groups">
          <ReappointmentGroup title="Overdue" rows={overdue} empty="No reappointment is overdue." />
          <ReappointmentGroup title={`Due in the next ${withinDays} days`} rows={dueSoon} empty={`No reappointment falls due in the next ${withinDays} days.`} />
        </div>
      )}
    </>
  );
}

function ReappointmentGroup({ title, rows, empty }: { title: string; rows: ReappointmentRow[]; empty: string }) {
  return (
    <Card flush title={<>{title} <span className="expirations__count">{plural(rows.length, 'practitioner')}</span></>} aria-label={title}>
      {rows.length === 0 ? (
        <p className="staff-view__empty">{empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-label={title}>
            <thead>
              <tr>
                <th scope="col" style={{ width: '28%' }}>Practitioner</th>
                <th scope="col" style={{ width: '22%' }}>Department</th>
                <th scope="col" style={{ width: '16%' }}>Category</th>
                <th scope="col" style={{ width: '14%' }}>Due</th>
                <th scope="col" style={{ width: '20%' }}>Standing</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.staffId} data-testid="reappointment-row">
                  <td><a className="staff-link" href={hashForPractitioner(row.staffId)}>{row.staffName}</a></td>
                  <td>{row.departmentName}</td>
                  <td>{row.appointmentCategory ? appointmentCategoryLabels[row.appointmentCategory] : '—'}</td>
                  <td className="tabular">{formatDay(row.dueOn)}</td>
                  <td>
                    <DueStanding daysLeft={row.daysLeft} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
