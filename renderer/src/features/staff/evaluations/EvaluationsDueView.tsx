// What falls due under FPPE/OPPE and privilege terms: open FPPEs, each practitioner's next OPPE (at most 12 months after
// the last), and temporary, disaster and telemedicine privileges ending; each leads to the practitioner.
import type { OutputOf } from '../../../../../shared/contract';
import { call } from '../../../client';
import { PageHeader } from '../../../ui';
import { createDueListStore, DueLists } from '../due-lists';
import { DueStanding } from '../DueStanding';
import { formatDay } from '../format';
import { evaluationKindLabels, privilegeKindShort } from '../labels';
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
 description="Open focused evaluations (FPPE), each practitioner’s next ongoing evaluation (OPPE, at most 12 months after the last; due already if there has been none), and temporary, disaster and telemedicine privileges reaching their end date. Complete an FPPE with its decision on the practitioner’s FPPE & OPPE tab."
      />
      <DueLists store={useEvaluationsDue} noun="item" what="evaluation or privilege end" table={(title, rows) => <EvaluationTable title={title} rows={rows} />} />
    </>
  );
}

function EvaluationTable({ title, rows }: { title: string; rows: EvaluationDueRow[] }) {
  return (
    <table className="table" aria-label={title}>
      <thead>
        <tr>
          <th scope="col" style={{ width: '24%' }}>Practitioner</th>
          <th scope="col" style={{ width: '12%' }}>What</th>
          <th scope="col" style={{ width: '20%' }}>Privilege</th>
          <th scope="col" style={{ width: '12%' }}>Reviewer</th>
          <th scope="col" style={{ width: '12%' }}>Due</th>
          <th scope="col" style={{ width: '20%' }}>Standing</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-testid="evaluation-due-row" data-kind={row.kind}>
            <td>
              <a className="staff-link" href={hashForPractitioner(row.staffId)}>{row.staffName}</a>
              <div className="staff-view__muted">{row.departmentName}</div>
            </td>
            <td>{whatIsDue(row)}</td>
            <td>
              {row.privilegeName ?? 'All privileges'}
              {row.kind === 'oppe' && !row.evaluationId && <div className="staff-view__muted">Not opened yet</div>}
            </td>
            <td>{row.kind === 'privilege-end' ? '—' : (row.reviewer ?? 'Not assigned')}</td>
            <td className="tabular">{formatDay(row.dueOn)}</td>
            <td><DueStanding daysLeft={row.daysLeft} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function whatIsDue(row: EvaluationDueRow) {
  if (row.kind === 'privilege-end') return `${row.privilegeKind ? privilegeKindShort[row.privilegeKind] : 'Privilege'} ${row.daysLeft < 0 ? 'ended' : 'ends'}`;
  return <abbr title={evaluationKindLabels[row.kind]}>{row.kind.toUpperCase()}</abbr>;
}
