// A measure's values as a grid: each period's numerator and denominator (or value), an annotation, the PDSA cycle that
// explains it, and whether it starts a new phase. Problems show on the cell they are about; one bad row saves nothing.
import { useState } from 'react';
import { shiftPeriod } from '../../../../../shared/domain/spc/periods';
import { isRatioType, readNumber, valueProblems } from '../../../../../shared/domain/spc/value-rules';
import { todayIn } from '../../../../../shared/domain/calendar-day';
import { Button } from '../../../ui';
import { useMeasuresStore, type MeasureDetail, type ValueInput } from './store';

interface Row {
  id: string | null;
  period: string;
  numerator: string;
  denominator: string;
  value: string;
  annotation: string;
  pdsaCycleId: string;
  startsPhase: boolean;
}

const str = (n: number | null) => (n === null ? '' : String(n));

function rowsOf(detail: MeasureDetail): Row[] {
  return detail.values.map((v) => ({
    id: v.id, period: v.period, numerator: str(v.numerator), denominator: str(v.denominator), value: str(v.value),
    annotation: v.annotation ?? '', pdsaCycleId: v.pdsaCycleId ?? '', startsPhase: v.startsPhase,
  }));
}

const blank = (period: string): Row => ({ id: null, period, numerator: '', denominator: '', value: '', annotation: '', pdsaCycleId: '', startsPhase: false });

export function ValuesGrid({ detail }: { detail: MeasureDetail }) {
  const m = detail.measure;
  const ratio = isRatioType(m.type);
  const saved = rowsOf(detail);
  const next = saved.length ? shiftPeriod(saved.at(-1)!.period, m.frequency, 1) : '';
  const [rows, setRows] = useState<Row[]>(() => [...saved, blank(next)]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const saveValues = useMeasuresStore((s) => s.saveValues);
  const removeValue = useMeasuresStore((s) => s.removeValue);

  const savedById = new Map(saved.map((r) => [r.id, r]));
  const changed = rows.filter((r) => {
    if (!r.id) return r.numerator || r.denominator || r.value || r.annotation;
    return JSON.stringify(r) !== JSON.stringify(savedById.get(r.id));
  });

  function edit(index: number, patch: Partial<Row>) {
    setRows((current) => current.map((r, i) => (i === index ? { ...r, ...patch } : r)));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([k]) => !k.startsWith(`${index}.`))));
  }

  async function save() {
    const indexOf = changed.map((r) => rows.indexOf(r));
    const found: Record<string, string> = {};
    const values: ValueInput[] = changed.map((r, k) => {
      const read = (field: 'numerator' | 'denominator' | 'value') => {
        const n = readNumber(r[field]);
        if (Number.isNaN(n)) found[`${indexOf[k]}.${field}`] = `“${r[field]}” is not a number`;
        return Number.isNaN(n) ? null : n;
      };
      const v = { period: r.period.trim(), numerator: ratio ? read('numerator') : null, denominator: ratio ? read('denominator') : null, value: ratio ? null : read('value') };
      for (const p of valueProblems(m, v, todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone, new Date()))) found[`${indexOf[k]}.${p.path}`] ??= p.message;
      return { ...v, annotation: r.annotation.trim() || null, pdsaCycleId: r.pdsaCycleId || null, startsPhase: r.startsPhase };
    });
    if (Object.keys(found).length) {
      setErrors(found);
      setMessage('Nothing was saved: correct the values marked below.');
      return;
    }
    setSaving(true);
    const result = await saveValues(m.id, values);
    setSaving(false);
    if (result.ok) {
      setErrors({});
      setMessage(null);
      return;
    }
    const mapped: Record<string, string> = {};
    for (const issue of result.issues) {
      const [, k, field] = /^values\.(\d+)\.(\w+)$/.exec(issue.path) ?? [];
      if (k !== undefined && field) mapped[`${indexOf[Number(k)]}.${field}`] ??= issue.message;
    }
    setErrors(mapped);
    setMessage(result.message);
  }

  const cell = (index: number, field: 'period' | 'numerator' | 'denominator' | 'value', label: string, row: Row) => {
    const error = errors[`${index}.${field}`];
    const id = `value-${index}-${field}`;
    return (
      <td>
        <input
          id={id}
          className="grid-input"
          aria-label={`${label}, row ${index + 1}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          inputMode={field === 'period' ? 'text' : 'decimal'}
          value={row[field]}
          readOnly={field === 'period' && row.id !== null}
          onChange={(e) => edit(index, { [field]: e.target.value })}
        />
        {error && <p id={`${id}-error`} className="grid-error" role="alert">{error}</p>}
      </td>
    );
  };

  return (
    <div className="values-grid">
      <div className="table-wrap">
        <table className="table values-table" aria-label={`Values of ${m.name}`}>
          <thead>
            <tr>
              <th scope="col">Period</th>
              {ratio ? <><th scope="col">Numerator</th><th scope="col">Denominator</th></> : <th scope="col">Value</th>}
              <th scope="col">Annotation</th>
              <th scope="col">PDSA cycle</th>
              <th scope="col">New phase</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.id ?? `new-${index}`}>
                {cell(index, 'period', 'Period', row)}
                {ratio ? <>{cell(index, 'numerator', 'Numerator', row)}{cell(index, 'denominator', 'Denominator', row)}</> : cell(index, 'value', 'Value', row)}
                <td><input className="grid-input grid-input--wide" aria-label={`Annotation, row ${index + 1}`} value={row.annotation} onChange={(e) => edit(index, { annotation: e.target.value })} /></td>
                <td>
                  <select className="grid-input" aria-label={`PDSA cycle, row ${index + 1}`} value={row.pdsaCycleId} onChange={(e) => edit(index, { pdsaCycleId: e.target.value })}>
                    <option value="">None</option>
                    {detail.pdsaCycles.map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}
                  </select>
                  {errors[`${index}.pdsaCycleId`] && <p className="grid-error" role="alert">{errors[`${index}.pdsaCycleId`]}</p>}
                </td>
                <td><input type="checkbox" aria-label={`Starts a new phase, row ${index + 1}`} checked={row.startsPhase} onChange={(e) => edit(index, { startsPhase: e.target.checked })} /></td>
                <td>{row.id && <Button variant="ghost" onClick={() => void removeValue(m.id, row.id!)} aria-label={`Delete the value of ${row.period}`}>Delete</Button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {message && <p className="form-message" role="alert">{message}</p>}
      <div className="form-actions">
        <Button onClick={() => setRows((r) => [...r, blank(r.at(-1)?.period ? shiftPeriod(r.at(-1)!.period, m.frequency, 1) : '')])} disabled={!!rows.at(-1)?.period && !/^\d{4}/.test(rows.at(-1)!.period)}>Add a row</Button>
        <Button variant="primary" busy={saving} disabled={changed.length === 0} onClick={() => void save()}>
          {changed.length > 1 ? `Save ${changed.length} values` : 'Save values'}
        </Button>
      </div>
      <p className="field__hint">A new phase recalculates the limits from that value on: use it only after a sustained shift with a known cause, and say why in the annotation.</p>
    </div>
  );
}
