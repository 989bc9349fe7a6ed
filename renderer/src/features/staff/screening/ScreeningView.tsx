// Exclusion screening: import this month's OIG LEIE file (or another list) to screen the roster, then decide each
// possible match (clear it, or confirm the exclusion) with a note; who has not been screened within the month.
import { useEffect, useState } from 'react';
import { setHashQuery, useHashQuery } from '../../../app/hash-query';
import { AlertIcon, Badge, Button, Card, PageHeader, SelectField, TextField, UploadIcon } from '../../../ui';
import { formatDay, plural } from '../format';
import { hashForPractitioner } from '../staff-view';
import { basisLabels, screeningHash, screeningShows, showFromAddress, type ScreeningShow } from './filters';
import { useScreeningStore, type ExclusionMatch, type ScreeningReport, type ScreeningStanding } from './store';
import './screening.css';

const showLabels: Record<ScreeningShow, string> = {
  possible: 'Possible matches to decide',
  confirmed: 'Confirmed exclusions',
  cleared: 'Cleared matches',
  overdue: 'Not screened this month',
};

export function ScreeningView() {
  const query = useHashQuery();
  const show = showFromAddress();
  const load = useScreeningStore((state) => state.load);
  const loaded = useScreeningStore((state) => state.loaded);
  const matches = useScreeningStore((state) => state.matches);
  const overdue = useScreeningStore((state) => state.overdue);
  const report = useScreeningStore((state) => state.report);
  const screenings = useScreeningStore((state) => state.screenings);

  // The address's filter is the one input: `show` is read from it.
  useEffect(() => {
    void load(show);
  }, [query, show, load]);

  const last = screenings[0];
  return (
    <>
      <PageHeader
        title="Exclusion screening"
        description="Screen the roster against the OIG's List of Excluded Individuals/Entities each month, and against SAM or a state Medicaid list. Matches by NPI, or by name with date of birth, wait here to be cleared or confirmed."
      />
      <div className="screening">
        <ImportCard />
        {report && <ReportCard report={report} />}
        <p className="staff-view__note" data-testid="last-screening">
          {last ? <>Last screening: <strong>{last.listName}</strong>, {formatDay(last.screenedOn)} ({last.fileName}, {plural(last.rowCount, 'listed row')}, {plural(last.staffScreened, 'practitioner')} screened).</> : 'No list has been screened yet.'}
        </p>
        <div className="staff-view__toolbar">
          <SelectField
            label="Show"
            value={show}
            options={screeningShows.map((value) => ({ value, label: showLabels[value] }))}
            onChange={(event) => setHashQuery({ show: event.target.value === 'possible' ? null : event.target.value })}
          />
          {show !== 'possible' && <a className="button button--ghost" href={screeningHash('possible')}>Clear filters</a>}
        </div>
        {loaded && (show === 'overdue' ? <OverdueTable rows={overdue} /> : <MatchTable show={show} rows={matches} />)}
      </div>
    </>
  );
}

function ImportCard() {
  const importList = useScreeningStore((state) => state.importList);
  const importing = useScreeningStore((state) => state.importing);
  const problem = useScreeningStore((state) => state.problem);
  const [listKind, setListKind] = useState<'leie' | 'other'>('leie');
  const [listName, setListName] = useState('');
  return (
    <Card title="Screen the roster" aria-label="Screen the roster">
      <div className="screening__import">
        <SelectField
          label="List"
          value={listKind}
          options={[{ value: 'leie', label: 'OIG LEIE (UPDATED.csv)' }, { value: 'other', label: 'Another list (SAM, state Medicaid)' }]}
          onChange={(event) => setListKind(event.target.value as 'leie' | 'other')}
        />
        {listKind === 'other' && <TextField label="List name" value={listName} onChange={(event) => setListName(event.target.value)} placeholder="Ohio Medicaid" />}
        <label className={`button button--primary file-button${importing ? ' button--busy' : ''}`}>
          <UploadIcon /> {importing ? 'Screening…' : 'Choose the list file'}
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-label="Exclusion list CSV file"
            disabled={importing}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importList(listKind, listName, file);
            }}
          />
        </label>
      </div>
      <p className="staff-view__note">
        The LEIE file is read in its published layout (18 columns, LASTNAME to WVRSTATE). Another list needs last and first name columns; NPI and date of birth are used when present.
        UTF-8 and Windows-1252 files are read; a file saved as UTF-16 is refused. A file with a missing column or an unreadable row is refused whole: nothing is written.
      </p>
      {problem && (
        <p className="staff-alert" role="alert" data-testid="screening-problem">
          <AlertIcon /> {problem}
        </p>
      )}
    </Card>
  );
}

function ReportCard({ report }: { report: ScreeningReport }) {
  const s = report.screening;
  return (
    <Card title="Screening done" aria-label="Screening done">
      <dl className="roster-import__facts" data-testid="screening-report">
        <div><dt>List</dt><dd>{s.listName}</dd></div>
        <div><dt>Listed rows read</dt><dd>{s.rowCount.toLocaleString('en-US')}</dd></div>
        <div><dt>Practitioners screened</dt><dd>{s.staffScreened.toLocaleString('en-US')}</dd></div>
        <div><dt>New possible matches</dt><dd>{report.queued}</dd></div>
        <div><dt>Already decided</dt><dd>{report.alreadyDecided}</dd></div>
        <div><dt>Near misses set aside</dt><dd>{s.nearMisses}</dd></div>
      </dl>
      <p className="staff-view__note">
        A near miss has the same name as a practitioner but another date of birth: a different person, so it is not queued.
        Every active practitioner’s last screening is now {formatDay(s.screenedOn)}.
      </p>
    </Card>
  );
}

function MatchTable({ show, rows }: { show: Exclude<ScreeningShow, 'overdue'>; rows: ExclusionMatch[] }) {
  const title = showLabels[show];
  if (rows.length === 0) {
    return <Card><p className="staff-view__empty">{show === 'possible' ? 'No possible matches wait for a decision.' : show === 'confirmed' ? 'No exclusion has been confirmed.' : 'No match has been cleared.'}</p></Card>;
  }
  return (
    <Card flush title={<>{title} <span className="expirations__count">{plural(rows.length, 'match', 'matches')}</span></>} aria-label={title}>
      <div className="table-wrap">
        <table className="table" aria-label={title}>
          <thead>
            <tr>
              <th scope="col" style={{ width: '20%' }}>Practitioner</th>
              <th scope="col" style={{ width: '22%' }}>Listed as</th>
              <th scope="col" style={{ width: '18%' }}>Why it matched</th>
              <th scope="col" style={{ width: '14%' }}>Excluded</th>
              <th scope="col" style={{ width: '26%' }}>{show === 'possible' ? 'Decision' : 'Decided'}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-testid="exclusion-match-row">
                <td>
                  <a className="staff-link" href={hashForPractitioner(row.staffId)}>{row.staffName}</a>
                  <div className="screening__sub">{row.departmentName}{row.staffNpi ? ` · NPI ${row.staffNpi}` : ''}{row.staffDobMasked ? ` · born ${row.staffDobMasked}` : ''}</div>
                </td>
                <td>
                  <strong>{row.listedName}</strong>
                  <div className="screening__sub">
                    {[row.listedNpi ? `NPI ${row.listedNpi}` : 'No NPI listed', row.listedDob ? `born ${row.listedDob}` : 'no date of birth listed', row.listedSpecialty, row.listedAddress].filter(Boolean).join(' · ')}
                  </div>
                </td>
                <td><Badge tone={row.basis === 'name-only' ? 'info' : 'warning'}>{basisLabels[row.basis]}</Badge></td>
                <td className="tabular">{row.exclDate ? formatDay(row.exclDate) : '—'}{row.exclType && <div className="screening__sub">{row.exclType} · {row.listName}</div>}</td>
                <td>{show === 'possible' ? <DecisionForm match={row} /> : <Decided match={row} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

function Decided({ match }: { match: ExclusionMatch }) {
  return (
    <>
      <Badge tone={match.status === 'confirmed' ? 'danger' : 'success'}>{match.status === 'confirmed' ? 'Excluded' : 'Not this practitioner'}</Badge>
      <div className="screening__sub">{match.decidedOn ? formatDay(match.decidedOn) : ''}{match.decidedBy ? ` · ${match.decidedBy}` : ''}</div>
      {match.note && <div className="screening__note">{match.note}</div>}
    </>
  );
}

function DecisionForm({ match }: { match: ExclusionMatch }) {
  const decide = useScreeningStore((state) => state.decide);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  async function submit(decision: 'cleared' | 'confirmed') {
    if (!note.trim()) {
      setError('Say how it was decided (what was compared, where it was verified)');
      return;
    }
    setBusy(true);
    const problem = await decide(match.id, decision, note);
    setBusy(false);
    setError(problem ?? undefined);
  }
  return (
    <div className="screening__decide">
      <TextField label={`Note on ${match.staffName}`} hideLabel placeholder="How it was decided" value={note} error={error} onChange={(event) => setNote(event.target.value)} />
      <div className="screening__buttons">
        <Button disabled={busy} onClick={() => void submit('cleared')}>Clear</Button>
        <Button variant="primary" disabled={busy} onClick={() => void submit('confirmed')}>Confirm exclusion</Button>
      </div>
    </div>
  );
}

function OverdueTable({ rows }: { rows: ScreeningStanding[] }) {
  const title = showLabels.overdue;
  if (rows.length === 0) return <Card><p className="staff-view__empty">Every active practitioner was screened within the last month.</p></Card>;
  return (
    <Card flush title={<>{title} <span className="expirations__count">{plural(rows.length, 'practitioner')}</span></>} aria-label={title}>
      <div className="table-wrap">
        <table className="table" aria-label={title}>
          <thead>
            <tr>
              <th scope="col" style={{ width: '34%' }}>Practitioner</th>
              <th scope="col" style={{ width: '30%' }}>Department</th>
              <th scope="col" style={{ width: '36%' }}>Last screened</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.staffId} data-testid="screening-overdue-row">
                <td><a className="staff-link" href={hashForPractitioner(row.staffId)}>{row.staffName}</a></td>
                <td>{row.departmentName}</td>
                <td className="tabular">{row.lastScreenedOn ? formatDay(row.lastScreenedOn) : 'Never'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
