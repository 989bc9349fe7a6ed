// A practitioner's exclusion screening (last screened, every match and its decision) and NPDB queries (recorded here,
// with the report when there is one; due at appointment and 2 years after the last).
import { useState, type FormEvent } from 'react';
import { npdbKinds, npdbResults } from '../../../../../shared/contract/screening';
import { useDraftForm, type FieldErrors } from '../../../app/draft-form';
import { fileToBase64 } from '../../../app/files';
import { Badge, Button, Card, SelectField, TextField } from '../../../ui';
import { HistoryButton } from '../../history/HistoryButton';
import { formatDay } from '../format';
import { basisLabels, screeningHash } from '../screening/filters';
import { usePractitionerScreening, type PractitionerScreening } from './screening-store';

const npdbKindLabels: Record<(typeof npdbKinds)[number], string> = { initial: 'Initial (appointment)', renewal: 'Renewal', 'continuous-query': 'Continuous Query enrolment' };
const npdbResultLabels: Record<(typeof npdbResults)[number], string> = { 'no-report': 'No report', report: 'Report on file' };
const npdbStateDisplay: Record<PractitionerScreening['npdbState'], { label: string; tone: 'danger' | 'warning' | 'success' | 'neutral' }> = {
  never: { label: 'Never queried', tone: 'danger' },
  overdue: { label: 'Overdue', tone: 'danger' },
  'due-soon': { label: 'Due soon', tone: 'warning' },
  current: { label: 'Current', tone: 'success' },
  'not-appointed': { label: 'No appointment', tone: 'neutral' },
};

export function ScreeningTab({ staffId }: { staffId: string }) {
  const screening = usePractitionerScreening((state) => state.screening);
  if (!screening) return <p className="staff-view__note">Reading the screening record…</p>;
  const npdb = npdbStateDisplay[screening.npdbState];
  return (
    <div className="screening-tab">
      <Card title="Exclusion screening" aria-label="Exclusion screening">
        <dl className="screening-tab__facts">
          <div>
            <dt>Last screened</dt>
            <dd data-testid="last-screened">
              {screening.lastScreenedOn ? formatDay(screening.lastScreenedOn) : 'Never'}{' '}
              {screening.screeningOverdue ? <Badge tone="danger">Overdue (monthly)</Badge> : <Badge tone="success">Within the month</Badge>}
            </dd>
          </div>
          <div>
            <dt>NPDB query</dt>
            <dd data-testid="npdb-standing">
              {screening.npdbDueOn ? `Due ${formatDay(screening.npdbDueOn)}` : '—'} <Badge tone={npdb.tone}>{npdb.label}</Badge>
            </dd>
          </div>
        </dl>
        {screening.matches.length === 0 ? (
          <p className="staff-view__empty">No exclusion list has matched this practitioner.</p>
        ) : (
          <div className="table-wrap">
            <table className="table" aria-label="Exclusion list matches">
              <thead>
                <tr>
                  <th scope="col" style={{ width: '26%' }}>Listed as</th>
                  <th scope="col" style={{ width: '20%' }}>Why it matched</th>
                  <th scope="col" style={{ width: '18%' }}>List, screened</th>
                  <th scope="col" style={{ width: '26%' }}>Decision</th>
                  <th scope="col" style={{ width: '10%' }}><span className="visually-hidden">History</span></th>
                </tr>
              </thead>
              <tbody>
                {screening.matches.map((m) => (
                  <tr key={m.id} data-testid="practitioner-match-row">
                    <td><strong>{m.listedName}</strong><div className="screening__sub">{[m.listedNpi && `NPI ${m.listedNpi}`, m.listedDob && `born ${m.listedDob}`, m.exclType].filter(Boolean).join(' · ')}</div></td>
                    <td>{basisLabels[m.basis]}</td>
                    <td>{m.listName}<div className="screening__sub">{formatDay(m.screenedOn)}</div></td>
                    <td>
                      {m.status === 'possible' && <><Badge tone="warning">To decide</Badge> <a href={screeningHash('possible')}>Open the queue</a></>}
                      {m.status === 'confirmed' && <Badge tone="danger">Excluded</Badge>}
                      {m.status === 'cleared' && <Badge tone="success">Not this practitioner</Badge>}
                      {m.note && <div className="screening__note">{m.note}{m.decidedBy ? ` (${m.decidedBy}, ${m.decidedOn ? formatDay(m.decidedOn) : ''})` : ''}</div>}
                    </td>
                    <td><HistoryButton entity="exclusionMatch" id={m.id} name={`the match with ${m.listedName}`} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card title="NPDB queries" aria-label="NPDB queries">
        <p className="staff-view__note">A query at appointment and at least every 2 years after (a Continuous Query enrolment is renewed yearly).</p>
        {screening.npdbQueries.length > 0 && (
          <div className="table-wrap">
            <table className="table" aria-label="NPDB queries made">
              <thead>
                <tr>
                  <th scope="col" style={{ width: '18%' }}>Queried</th>
                  <th scope="col" style={{ width: '24%' }}>Kind</th>
                  <th scope="col" style={{ width: '18%' }}>Result</th>
                  <th scope="col" style={{ width: '30%' }}>Report and note</th>
                  <th scope="col" style={{ width: '10%' }}><span className="visually-hidden">History</span></th>
                </tr>
              </thead>
              <tbody>
                {screening.npdbQueries.map((q) => (
                  <tr key={q.id} data-testid="npdb-query-row">
                    <td className="tabular">{formatDay(q.queriedOn)}</td>
                    <td>{npdbKindLabels[q.kind]}</td>
                    <td><Badge tone={q.result === 'report' ? 'warning' : 'success'}>{npdbResultLabels[q.result]}</Badge></td>
                    <td>{q.reportDocumentName ?? ''}{q.note && <div className="screening__note">{q.note}</div>}</td>
                    <td><HistoryButton entity="npdbQuery" id={q.id} name={`the NPDB query of ${formatDay(q.queriedOn)}`} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {/* Keyed by the queries on file: a recorded query starts the next form blank. */}
        <h3 className="npdb-form__title">Record a query</h3>
        <NpdbForm key={screening.npdbQueries.length} staffId={staffId} />
      </Card>
    </div>
  );
}

interface NpdbDraft {
  queriedOn: string;
  kind: (typeof npdbKinds)[number];
  result: (typeof npdbResults)[number];
  note: string;
}

function NpdbForm({ staffId }: { staffId: string }) {
  const recordNpdb = usePractitionerScreening((state) => state.recordNpdb);
  const screening = usePractitionerScreening((state) => state.screening);
  const { draft, edit, errors, message, saving, submit } = useDraftForm<NpdbDraft>(() => ({
    queriedOn: '', kind: screening?.npdbQueries.length ? 'renewal' : 'initial', result: 'no-report', note: '',
  }));
  const [report, setReport] = useState<File | null>(null);

  async function save(event: FormEvent<HTMLFormElement>) {
    await submit(event, {
      check: (d): FieldErrors => (d.queriedOn ? {} : { queriedOn: 'The day the query was made is required' }),
      save: async (d) => recordNpdb({
        staffId, queriedOn: d.queriedOn, kind: d.kind, result: d.result, note: d.note,
        ...(report ? { report: { fileName: report.name, dataBase64: await fileToBase64(report) } } : {}),
      }),
    });
  }

  return (
    <form className="npdb-form" onSubmit={(event) => void save(event)} noValidate aria-label="Record an NPDB query">
      {message && <p className="staff-alert npdb-form__wide" role="alert">{message}</p>}
      <TextField label="Queried on" type="date" name="queriedOn" value={draft.queriedOn} error={errors.queriedOn} onChange={edit('queriedOn')} />
      <SelectField label="Kind" value={draft.kind} options={npdbKinds.map((k) => ({ value: k, label: npdbKindLabels[k] }))} onChange={edit('kind')} />
      <SelectField label="Result" value={draft.result} options={npdbResults.map((r) => ({ value: r, label: npdbResultLabels[r] }))} onChange={edit('result')} />
      <TextField label="Report (PDF)" type="file" accept="application/pdf" onChange={(event) => setReport(event.target.files?.[0] ?? null)} />
      <TextField className="npdb-form__wide" label="Note" value={draft.note} error={errors.note} onChange={edit('note')} />
      <div className="npdb-form__wide">
        <Button type="submit" variant="primary" busy={saving}>{saving ? 'Recording…' : 'Record the query'}</Button>
      </div>
    </form>
  );
}
