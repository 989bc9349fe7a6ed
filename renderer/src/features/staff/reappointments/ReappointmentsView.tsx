// Reappointments: who is overdue and who falls due soon, under the bylaws' 2- or 3-year cycle (a setting), each carried
// step by step — application, department chair, Credentials Committee, MEC, board — with what it still lacks.
import { useState } from 'react';
import { decidedSteps, nextStep, outcomeLabel, progressOf, stepLabels } from '../../../../../shared/domain/reappointment-process';
import { Button, PageHeader } from '../../../ui';
import { HistoryButton } from '../../history/HistoryButton';
import { DueLists } from '../due-lists';
import { DueStanding } from '../DueStanding';
import { formatDay } from '../format';
import { useOrganisationRules } from '../organisation-rules';
import { hashForPractitioner } from '../staff-view';
import { CmeShortfallCell, useCmeShortfalls } from '../../training/cme/cme-shortfall-column';
import { ReappointmentStepDialog } from './ReappointmentStepDialog';
import { useReappointments, type ReappointmentFile } from './store';

export function ReappointmentsView() {
  const cycleYears = useOrganisationRules((state) => state.cycleYears);
  const [recording, setRecording] = useState<ReappointmentFile | null>(null);
  return (
    <>
      <PageHeader
        title="Reappointments"
        description={<>The bylaws set a <strong data-testid="reappointment-cycle">{cycleYears}-year</strong> reappointment cycle (change it in Settings). A recorded appointment end wins; otherwise the appointment start plus the cycle. Each file goes from the application through the department chair, the Credentials Committee and the MEC to the board, whose decision renews the appointment.</>}
      />
      <DueLists store={useReappointments} noun="practitioner" what="reappointment" table={(title, rows) => <ReappointmentTable title={title} rows={rows} onRecord={setRecording} />} />
      {recording && <ReappointmentStepDialog file={recording} onClose={() => setRecording(null)} />}
    </>
  );
}

function ReappointmentTable({ title, rows, onRecord }: { title: string; rows: ReappointmentFile[]; onRecord(file: ReappointmentFile): void }) {
  const cmeShortfalls = useCmeShortfalls();
  return (
    <table className="table" aria-label={title}>
      <thead>
        <tr>
          <th scope="col" style={{ width: '16%' }}>Practitioner</th>
          <th scope="col" style={{ width: '11%' }}>Due</th>
          <th scope="col" style={{ width: '25%' }}>Steps</th>
          <th scope="col" style={{ width: '21%' }}>Still missing</th>
          <th scope="col" style={{ width: '12%' }}>CME this cycle</th>
          <th scope="col" style={{ width: '15%' }}><span className="visually-hidden">Next step</span></th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const next = row.process ? nextStep(progressOf(row.process)) : 'application';
          return (
            <tr key={row.staffId} data-testid="reappointment-row">
              <td><a className="staff-link" href={hashForPractitioner(row.staffId)}>{row.staffName}</a><div className="reappointment__sub">{row.departmentName}</div></td>
              <td className="tabular">{formatDay(row.dueOn)}<div><DueStanding daysLeft={row.daysLeft} /></div></td>
              <td><StepList file={row} /></td>
              <td data-testid="reappointment-missing">
                <MissingList file={row} />
              </td>
              <td data-testid="reappointment-cme">{cmeShortfalls && <CmeShortfallCell summary={cmeShortfalls.get(row.staffId)} />}</td>
              <td>
                {next && <Button onClick={() => onRecord(row)}>Record step</Button>}
                {row.process && <HistoryButton entity="reappointment" id={row.process.id} name={`${row.staffName}’s reappointment`} />}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The steps not yet dated in one line, then the verification and FPPE/OPPE still to come. */
function MissingList({ file }: { file: ReappointmentFile }) {
  const steps = file.missing.flatMap((m) => (m.code === 'step' && m.step ? [stepLabels[m.step]] : []));
  const others = file.missing.filter((m) => m.code !== 'step');
  if (steps.length === 0 && others.length === 0) return <>—</>;
  return (
    <ul className="reappointment__missing">
      {steps.length > 0 && <li>Not yet recorded: {steps.join(', ')}</li>}
      {others.map((m) => <li key={m.code}>{m.text}</li>)}
    </ul>
  );
}

/** Each step reached, with its date and outcome; nothing for a file whose application has not arrived. */
function StepList({ file }: { file: ReappointmentFile }) {
  const p = file.process;
  if (!p) return <span className="reappointment__sub">No application yet · next: {stepLabels.application.toLowerCase()}</span>;
  const next = nextStep(progressOf(p));
  return (
    <>
      <ol className="reappointment__steps" aria-label={`Steps of ${file.staffName}’s reappointment`}>
        <li><span className="reappointment__step">Application</span> {formatDay(p.applicationReceivedOn)}</li>
        {decidedSteps.filter((s) => p[s].on).map((s) => (
          <li key={s}><span className="reappointment__step">{stepLabels[s]}</span> {formatDay(p[s].on!)} · {outcomeLabel(s, p[s].outcome!)}</li>
        ))}
      </ol>
      {next && <span className="reappointment__sub">Next: {stepLabels[next]}</span>}
    </>
  );
}
