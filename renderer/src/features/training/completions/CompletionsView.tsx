// Completions: the names ticked on a sign-in sheet recorded at once, and an LMS export imported with a row-by-row report.
import { useEffect, useMemo, useState } from 'react';
import type { OutputOf } from '../../../../../shared/contract';
import { announceDatabaseChanged } from '../../../app/data-events';
import { fileToBase64 } from '../../../app/files';
import { call } from '../../../client';
import { Badge, Button, Card, CheckboxField, PageHeader, SelectField, TextField, formatDay, toastError, toastSuccess } from '../../../ui';
import { useTrainingStore } from '../store';
import { organisationToday } from '../../../app/organisation-today';

type StaffRow = OutputOf<'staff.list'>['rows'][number];
type ImportReport = OutputOf<'training.importCompletions'>;

export function CompletionsView() {
  return (
    <>
      <PageHeader title="Completions" description="Record who completed a course: tick the names on a sign-in sheet, or import an export from the learning system." />
      <div className="training-stack">
        <SignInSheet />
        <LmsImport />
      </div>
      <RecentCompletions />
    </>
  );
}

function SignInSheet() {
  const { courses, departments, recordCompletions } = useTrainingStore();
  const [courseId, setCourseId] = useState('');
  const [completedOn, setCompletedOn] = useState(organisationToday());
  const [departmentId, setDepartmentId] = useState('');
  const [search, setSearch] = useState('');
  const [people, setPeople] = useState<StaffRow[]>([]);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [certificate, setCertificate] = useState<{ fileName: string; dataBase64: string } | null>(null);

  useEffect(() => {
    let current = true;
    call('staff.list', { limit: 300, status: 'active', ...(departmentId ? { departmentId } : {}), ...(search.trim() ? { search: search.trim() } : {}) })
      .then((page) => current && setPeople(page.rows))
      .catch((error) => toastError('Staff could not be read', error));
    return () => {
      current = false;
    };
  }, [departmentId, search]);

  const course = courses.find((c) => c.id === (courseId || courses[0]?.id));

  async function record() {
    if (!course) return;
    setSaving(true);
    const result = await recordCompletions({ courseId: course.id, completedOn, staffIds: [...ticked], method: 'sign-in-sheet', ...(certificate ? { certificate } : {}) });
    setSaving(false);
    if (result.ok) {
      setTicked(new Set());
      setCertificate(null);
      setErrors({});
    } else setErrors({ ...result.fieldErrors, form: Object.keys(result.fieldErrors).length ? '' : result.message });
  }

  const toggle = (id: string) => setTicked((s) => {
    const next = new Set(s);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });

  return (
    <Card title="Sign-in sheet">
      <div className="training-form">
        <SelectField label="Course" value={course?.id ?? ''} onChange={(e) => setCourseId(e.target.value)} options={courses.map((c) => ({ value: c.id, label: c.title }))} error={errors.courseId} />
        <div className="training-form__row">
          <TextField label="Completed on" type="date" value={completedOn} onChange={(e) => setCompletedOn(e.target.value)} error={errors.completedOn} />
          <SelectField label="Department" value={departmentId} onChange={(e) => setDepartmentId(e.target.value)} options={[{ value: '', label: 'All departments' }, ...departments.map((d) => ({ value: d.id, label: d.name }))]} />
        </div>
        <label className="training-file">
          <span>Certificate or signed sheet (PDF or image, optional)</span>
          <input type="file" accept="application/pdf,image/png,image/jpeg" onChange={async (e) => {
            const chosen = e.target.files?.[0];
            setCertificate(chosen ? { fileName: chosen.name, dataBase64: await fileToBase64(chosen) } : null);
          }} />
        </label>
        <TextField label="Find a name" value={search} onChange={(e) => setSearch(e.target.value)} />
        <fieldset className="sign-in-sheet" aria-label="Names on the sheet">
          {people.map((p) => (
            <CheckboxField key={p.id} label={`${p.familyName}, ${p.givenName}${p.degree ? `, ${p.degree}` : ''}`} checked={ticked.has(p.id)} onChange={() => toggle(p.id)} />
          ))}
          {people.length === 0 && <p className="table__secondary">No one matches.</p>}
        </fieldset>
        {(errors.form || errors.staffIds || errors.credits) && <p className="training-alert" role="alert">{errors.form || errors.staffIds || errors.credits}</p>}
        <div className="training-form__actions">
          <span className="table__secondary">{ticked.size} ticked</span>
          <Button variant="primary" onClick={() => void record()} busy={saving} disabled={ticked.size === 0 || !course}>Record {ticked.size || ''} {ticked.size === 1 ? 'completion' : 'completions'}</Button>
        </div>
      </div>
    </Card>
  );
}

const statusTone = { ready: 'info', recorded: 'success', refused: 'danger', 'already-recorded': 'neutral' } as const;
const statusWords = { ready: 'Ready', recorded: 'Recorded', refused: 'Refused', 'already-recorded': 'Skipped' } as const;

function LmsImport() {
  const [file, setFile] = useState<{ name: string; data: string } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(commit: boolean, chosen = file) {
    if (!chosen) return;
    setBusy(true);
    try {
      const result = await call('training.importCompletions', { fileName: chosen.name, dataBase64: chosen.data, commit });
      setReport(result);
      if (commit) {
        toastSuccess('Import recorded', `${result.recorded} completions; ${result.refused} rows refused`);
        await announceDatabaseChanged();
      }
    } catch (error) {
      toastError('The file could not be imported', error);
    } finally {
      setBusy(false);
    }
  }

  const ready = useMemo(() => report?.rows.filter((r) => r.status === 'ready').length ?? 0, [report]);

  return (
    <Card title="Import from the learning system">
      <p className="table__secondary">A CSV with the learner's NPI or e-mail, the course title, the completion date and, if given, the credits. Each row is checked first; nothing is recorded until you confirm.</p>
      <label className="training-file">
        <span>CSV file</span>
        <input type="file" accept=".csv,text/csv" onChange={async (e) => {
          const chosen = e.target.files?.[0];
          if (!chosen) return;
          const next = { name: chosen.name, data: await fileToBase64(chosen) };
          setFile(next);
          setReport(null);
          await run(false, next);
        }} />
      </label>
      {report && (
        <>
          <p data-testid="import-summary">{report.committed ? `${report.recorded} recorded` : `${ready} ready to record`}, {report.refused} refused.</p>
          <div className="import-report">
            <table className="table" aria-label="Import report">
              <thead><tr><th scope="col" style={{ width: 56 }}>Line</th><th scope="col">Person</th><th scope="col">Course</th><th scope="col">Result</th></tr></thead>
              <tbody>
                {report.rows.map((r) => (
                  <tr key={r.line} data-testid="import-row">
                    <td className="tabular">{r.line}</td>
                    <td>{r.staffName ?? '—'}</td>
                    <td>{r.courseTitle ?? '—'}{r.completedOn && <div className="table__secondary">{formatDay(r.completedOn)}</div>}</td>
                    <td><Badge tone={statusTone[r.status]}>{statusWords[r.status]}</Badge> <span className="import-report__message">{r.message}</span></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {!report.committed && <Button variant="primary" busy={busy} disabled={ready === 0} onClick={() => void run(true)}>Record {ready} good {ready === 1 ? 'row' : 'rows'}</Button>}
        </>
      )}
    </Card>
  );
}

function RecentCompletions() {
  const courses = useTrainingStore((s) => s.courses);
  const [rows, setRows] = useState<OutputOf<'training.completions'>>([]);
  useEffect(() => {
    call('training.completions', { limit: 50 }).then(setRows).catch((error) => toastError('Completions could not be read', error));
  }, [courses]);
  if (rows.length === 0) return null;
  return (
    <Card title="Latest completions" flush>
      <table className="table" aria-label="Latest completions">
        <thead><tr><th scope="col">Person</th><th scope="col">Course</th><th scope="col">Completed</th><th scope="col">Credits</th><th scope="col">Valid until</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td><a href={`#/staff/${r.staffId}`}>{r.staffName}</a></td>
              <td>{r.courseTitle}</td>
              <td className="tabular">{formatDay(r.completedOn)}</td>
              <td className="tabular">{r.credits}</td>
              <td className="tabular">{r.validUntil ? formatDay(r.validUntil) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
