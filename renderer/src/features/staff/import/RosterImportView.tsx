// Roster import: choose a CSV, check the column mapping and the sample, import the good rows, then read the report line by line.
import { AlertIcon, Badge, Button, Card, PageHeader, SelectField, UploadIcon } from '../../../ui';
import { requiredRosterFields, rosterFieldLabels, rosterFields, type RosterField } from '../../../../../shared/contract/roster-import';
import { plural } from '../format';
import { hashForStaffView } from '../staff-view';
import { useRosterImportStore, type RosterImportReport, type RosterPreview } from './store';
import './import.css';

export function RosterImportView() {
  const preview = useRosterImportStore((state) => state.preview);
  const report = useRosterImportStore((state) => state.report);
  const problem = useRosterImportStore((state) => state.problem);
  const fileName = useRosterImportStore((state) => state.fileName);

  return (
    <>
      <PageHeader
        title="Import a roster"
        description="Bring the medical staff roster in from a CSV file. Practitioners are matched on NPI, so importing the same file again updates them instead of adding twins."
      />
      <div className="roster-import">
        <FileChooser />
        {problem && (
          <p className="staff-alert" role="alert" data-testid="import-problem">
            <AlertIcon /> {problem}
          </p>
        )}
        {report ? <ImportReport report={report} /> : preview && fileName && <PreviewPanel preview={preview} />}
      </div>
    </>
  );
}

function FileChooser() {
  const fileName = useRosterImportStore((state) => state.fileName);
  const busy = useRosterImportStore((state) => state.busy);
  const chooseFile = useRosterImportStore((state) => state.chooseFile);
  return (
    <Card>
      <div className="roster-import__chooser">
        <label className="button button--primary file-button">
          <UploadIcon /> {fileName ? 'Choose another file' : 'Choose a CSV file'}
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-label="Roster CSV file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void chooseFile(file);
            }}
          />
        </label>
        <p className="staff-view__note">
          {busy === 'reading' ? 'Reading the file…' : fileName ? <>Chosen: <strong>{fileName}</strong></> : 'One row per practitioner with a header row. Needed: given name, family name, NPI, role and department. Dates like 2026-03-31 or 03/31/2026.'}
        </p>
      </div>
    </Card>
  );
}

function PreviewPanel({ preview }: { preview: RosterPreview }) {
  const busy = useRosterImportStore((state) => state.busy);
  const problem = useRosterImportStore((state) => state.problem);
  const commit = useRosterImportStore((state) => state.commit);
  const bad = preview.problems.length;
  return (
    <>
      <Card title="What this file will do" aria-label="Preview">
        <dl className="roster-import__facts">
          <div><dt>Encoding</dt><dd>{preview.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252 (Excel on Windows)'}</dd></div>
          <div><dt>Separator</dt><dd>{preview.delimiter === ',' ? 'Comma' : preview.delimiter === ';' ? 'Semicolon' : preview.delimiter === '\t' ? 'Tab' : preview.delimiter}</dd></div>
          <div><dt>Rows</dt><dd>{preview.rowCount.toLocaleString('en-US')}</dd></div>
          <div><dt>Columns found</dt><dd>{preview.headers.length}</dd></div>
        </dl>
        <p className="roster-import__counts" data-testid="import-counts">
          Will create <strong>{preview.willCreate}</strong>, update <strong>{preview.willUpdate}</strong>;{' '}
          {bad === 0 ? 'no rows have problems.' : <><strong>{bad}</strong> {bad === 1 ? 'row has problems' : 'rows have problems'} and will be left out.</>}
        </p>
        <div className="roster-import__actions">
          <Button variant="primary" busy={busy === 'importing'} disabled={preview.validCount === 0 || !!problem || busy === 'reading'} onClick={() => void commit()}>
            {busy === 'importing' ? 'Importing…' : `Import ${plural(preview.validCount, 'good row')}`}
          </Button>
          <span className="staff-view__note">The good rows are written together, in one step; nothing is written if the import stops.</span>
        </div>
      </Card>
      <MappingTable preview={preview} />
      <SampleTable preview={preview} />
      {bad > 0 && <ProblemList title="Rows with problems" problems={preview.problems} />}
    </>
  );
}

function MappingTable({ preview }: { preview: RosterPreview }) {
  const mapping = useRosterImportStore((state) => state.mapping);
  const remap = useRosterImportStore((state) => state.remap);
  const busy = useRosterImportStore((state) => state.busy);
  const firstRow = preview.sample[0]?.values ?? {};
  const options = [{ value: '', label: 'Not imported' }, ...preview.headers.map((h) => ({ value: h, label: h }))];
  return (
    <Card flush title="Column mapping" aria-label="Column mapping">
      <p className="staff-view__note roster-import__intro">Each roster field is read from the column chosen here. Chartroom guessed from the headers; change any that are wrong.</p>
      <div className="table-wrap">
        <table className="table" aria-label="Column mapping">
          <thead>
            <tr>
              <th scope="col" style={{ width: '30%' }}>Roster field</th>
              <th scope="col" style={{ width: '36%' }}>Read from column</th>
              <th scope="col" style={{ width: '34%' }}>First row’s value</th>
            </tr>
          </thead>
          <tbody>
            {rosterFields.map((field) => (
              <tr key={field}>
                <td>
                  {rosterFieldLabels[field]}
                  {requiredRosterFields.includes(field) && <span className="roster-import__required"> (needed)</span>}
                </td>
                <td>
                  <SelectField
                    label={`Column for ${rosterFieldLabels[field]}`}
                    hideLabel
                    value={mapping[field] ?? ''}
                    options={options}
                    disabled={busy !== null}
                    onChange={(event) => void remap(field, event.target.value)}
                  />
                </td>
                <td className={firstRow[field] ? undefined : 'table__secondary'}>{firstRow[field] ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

/** The columns that show a row is read right, with their share of the table's width. */
const sampleColumns: readonly { field: RosterField; width: string }[] = [
  { field: 'familyName', width: '11%' },
  { field: 'givenName', width: '9%' },
  { field: 'degree', width: '7%' },
  { field: 'npi', width: '12%' },
  { field: 'role', width: '12%' },
  { field: 'department', width: '12%' },
  { field: 'licenseExpires', width: '11%' },
];

function SampleTable({ preview }: { preview: RosterPreview }) {
  return (
    <Card flush title={`The first ${plural(preview.sample.length, 'row')} as they will be read`} aria-label="Sample rows">
      <div className="table-wrap">
        <table className="table roster-import__sample" aria-label="Sample rows">
          <thead>
            <tr>
              <th scope="col" style={{ width: '6%' }}>Line</th>
              {sampleColumns.map(({ field, width }) => (
                <th key={field} scope="col" style={{ width }}>{rosterFieldLabels[field]}</th>
              ))}
              <th scope="col" style={{ width: '20%' }}>Problems</th>
            </tr>
          </thead>
          <tbody>
            {preview.sample.map((row) => (
              <tr key={row.line} data-testid="sample-row" className={row.problems.length ? 'roster-import__bad' : undefined}>
                <td className="tabular">{row.line}</td>
                {sampleColumns.map(({ field }) => (
                  <td key={field}>{row.values[field] ?? <span className="table__secondary">—</span>}</td>
                ))}
                <td>{row.problems.length === 0 ? <Badge tone="success">Ready</Badge> : row.problems.map((p) => <div key={p} className="roster-import__problem">{p}</div>)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

function ProblemList({ title, problems }: { title: string; problems: RosterPreview['problems'] }) {
  return (
    <Card flush title={<>{title} <span className="expirations__count">{plural(problems.length, 'row')}</span></>} aria-label={title}>
      <div className="table-wrap">
        <table className="table" aria-label={title}>
          <thead>
            <tr>
              <th scope="col" style={{ width: '12%' }}>Line</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p) => (
              <tr key={`${p.line}-${p.reason}`} data-testid="problem-row">
                <td className="tabular">Line {p.line}</td>
                <td>{p.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

function ImportReport({ report }: { report: RosterImportReport }) {
  const startOver = useRosterImportStore((state) => state.startOver);
  return (
    <>
      <Card title="Import finished" aria-label="Import report">
        <dl className="roster-import__report" data-testid="import-report">
          <div><dt>Added</dt><dd data-testid="report-created">{report.created}</dd></div>
          <div><dt>Updated</dt><dd data-testid="report-updated">{report.updated}</dd></div>
          <div><dt>Unchanged</dt><dd data-testid="report-unchanged">{report.unchanged}</dd></div>
          <div><dt>Credentials written</dt><dd data-testid="report-credentials">{report.credentialsWritten}</dd></div>
          <div><dt>Rows left out</dt><dd data-testid="report-problems">{report.problems.length}</dd></div>
        </dl>
        <div className="roster-import__actions">
          <a className="button button--primary" href={hashForStaffView({ section: 'roster' })}>See the roster</a>
          <a className="button button--secondary" href={hashForStaffView({ section: 'expirations' })}>See what expires</a>
          <Button variant="ghost" onClick={startOver}>Import another file</Button>
        </div>
      </Card>
      {report.problems.length > 0 && <ProblemList title="Rows not imported" problems={report.problems} />}
    </>
  );
}
