// Values pasted from a spreadsheet or read from a CSV file: every row reported by line, written only when all are right.
import { useState } from 'react';
import { fileToBase64 } from '../../../app/files';
import { Button, TextAreaField } from '../../../ui';
import { useMeasuresStore, type ImportReport, type MeasureDetail } from './store';

export function ValuesImport({ detail }: { detail: MeasureDetail }) {
  const m = detail.measure;
  const ratio = m.type === 'proportion' || m.type === 'rate';
  const [text, setText] = useState('');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const importValues = useMeasuresStore((s) => s.importValues);

  async function run(input: { text: string } | { fileName: string; dataBase64: string }) {
    setBusy(true);
    const result = await importValues({ measureId: m.id, commit: true, ...input });
    setBusy(false);
    if (!result.ok) {
      setReport(null);
      setMessage(result.message);
      return;
    }
    setMessage(null);
    setReport(result.value);
    if (result.value.written > 0 && 'text' in input) setText('');
  }

  const columns = ratio ? 'period, numerator, denominator' : 'period, value';
  return (
    <div className="values-import">
      <TextAreaField
        label="Paste from a spreadsheet"
        hint={`Copy the columns ${columns} (and an annotation if you like) from Excel and paste them here, one period per line. A header row is optional.`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={4}
      />
      <div className="form-actions">
        <Button variant="primary" busy={busy} disabled={!text.trim()} onClick={() => void run({ text })}>Add pasted values</Button>
        <label className="button button--secondary file-button">
          Import a CSV file…
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            className="visually-hidden"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) await run({ fileName: file.name, dataBase64: await fileToBase64(file) });
            }}
          />
        </label>
      </div>
      {message && <p className="form-message" role="alert">{message}</p>}
      {report && (
        <div className="import-report" role="status">
          {report.problemCount === 0 ? (
            <p>{report.written} value{report.written === 1 ? '' : 's'} added or corrected.</p>
          ) : (
            <>
              <p className="form-message">Nothing was written: {report.problemCount} problem{report.problemCount === 1 ? '' : 's'} in {report.rows.filter((r) => r.problems.length).length} of {report.rows.length} rows. Correct them and paste or import again.</p>
              <ul className="import-report__rows" aria-label="Rows with problems">
                {report.rows.filter((r) => r.problems.length).map((r) => (
                  <li key={r.line}><strong>Line {r.line}{r.period ? ` (${r.period})` : ''}:</strong> {r.problems.join('; ')}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
