// FPPE and OPPE evaluations that are overdue or fall due soon, each leading to the practitioner's evaluations.
import { useEffect } from 'react';
import { Card, PageHeader, SelectField } from '../../../ui';
import { DueStanding } from '../DueStanding';
import { formatDay, plural } from '../format';
import { evaluationKindLabels } from '../labels';
import { hashForPractitioner } from '../staff-view';
import { evaluationWindows, useEvaluationsDueStore, type EvaluationDueRow } from './store';

export function EvaluationsDueView() {
  const load = useEvaluationsDueStore((state) => state.load);
  const withinDays = useEvaluationsDueStore((state) => state.withinDays);
  const overdue = useEvaluationsDueStore((state) => state.overdue);
  const dueSoon = useEvaluationsDueStore((state) => state.dueSoon);
  const loaded = useEvaluationsDueStore((state) => state.loaded);
  const setWithinDays = useEvaluationsDueStore((state) => state.setWithinDays);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <PageHeader
        title="Evaluations due"
        description="Focused (FPPE) and ongoing (OPPE) professional practice evaluations still open, by due date. Record indicators and the outcome on the practitioner’s FPPE & OPPE tab."
      />
      <div className="staff-view__toolbar">
        <SelectField
          label="Due within"
          value={String(withinDays)}
          options={evaluationWindows.map((days) => ({ value: String(days), label: `${days} days` }))}
          onChange={(event) => setWithinDays(Number(event.target.value))}
        />
      </div>
      {loaded && (
        <div className="staff-view__groups">
          <EvaluationGroup title="Overdue" rows={overdue} empty="No evaluation is overdue." />
          <EvaluationGroup title={`Due in the next ${withinDays} days`} rows={dueSoon} empty={`No evaluation falls due in the next ${withinDays} days.`} />
        </div>
      )}
    </>
  );
}

function EvaluationGroup({ title, rows, empty }: { title: string; rows: EvaluationDueRow[]; empty: string }) {
  return (
    <Card flush title={<>{title} <span className="expirations__count">{plural(rows.length, 'evaluation')}</span></>} aria-label={title}>
      {rows.length === 0 ? (
        <p className="staff-view__empty">{empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-label={title}>
            <thead>
              <tr>
                <th scope="col" style={{ width: '24%' }}>Practitioner</th>
                <th scope="col" style={{ width: '8%' }}>Kind</th>
                <th scope="col" style={{ width: '24%' }}>Privilege</th>
                <th scope="col" style={{ width: '12%' }}>Reviewer</th>
                <th scope="col" style={{ width: '12%' }}>Due</th>
                <th scope="col" style={{ width: '20%' }}>Standing</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.evaluationId} data-testid="evaluation-due-row">
                  <td>
                    <a className="staff-link" href={hashForPractitioner(row.staffId)}>{row.staffName}</a>
                    <div className="staff-view__muted">{row.departmentName}</div>
                  </td>
                  <td><abbr title={evaluationKindLabels[row.kind]}>{row.kind.toUpperCase()}</abbr></td>
                  <td>{row.privilegeName ?? 'All privileges'}</td>
                  <td>{row.reviewer ?? 'Not assigned'}</td>
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
