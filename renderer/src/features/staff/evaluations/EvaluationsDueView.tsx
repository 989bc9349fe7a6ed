// FPPE and OPPE evaluations that are overdue or fall due soon, each leading to the practitioner's evaluations.
import type { OutputOf } from '../../../../../shared/contract';
import { call } from '../../../client';
import { PageHeader } from '../../../ui';
import { createDueListStore, DueLists } from '../due-lists';
import { DueStanding } from '../DueStanding';
import { formatDay } from '../format';
import { evaluationKindLabels } from '../labels';
import { hashForPractitioner } from '../staff-view';

type EvaluationDueRow = OutputOf<'evaluations.due'>[number];

const useEvaluationsDue = createDueListStore((withinDays) => call('evaluations.due', { withinDays }), {
  withinDays: 30,
  failure: 'The evaluations due could not be read',
});

export function EvaluationsDueView() {
  return (
    <>
      <PageHeader
        title="Evaluations due"
        description="Focused (FPPE) and ongoing (OPPE) professional practice evaluations still open, by due date. Record indicators and the outcome on the practitioner’s FPPE & OPPE tab."
      />
      <DueLists store={useEvaluationsDue} noun="evaluation" what="evaluation" table={(title, rows) => <EvaluationTable title={title} rows={rows} />} />
    </>
  );
}

function EvaluationTable({ title, rows }: { title: string; rows: EvaluationDueRow[] }) {
  return (
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
            <td><DueStanding daysLeft={row.daysLeft} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
