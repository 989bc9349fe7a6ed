// The compliance matrix: people down, requirements across, one coloured cell each. Rows are virtualized, so 5,000
// people × 50 requirements keep only the rows in view in the page; filters live in the address.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { call } from '../../../client';
import { hashQuery, setHashQuery, useHashQuery } from '../../../app/hash-query';
import { saveBase64File, saveFile } from '../../../app/files';
import { Button, EmptyState, PageHeader, SelectField, TrainingIcon, formatDay, toastError } from '../../../ui';
import { cellDisplay } from '../labels';
import { useTrainingStore, type Matrix } from '../store';

export const matrixRowHeight = 32;
const cellWidth = 44;
const nameWidth = 240;

export function MatrixView() {
  const query = useHashQuery();
  const filters = useMemo(() => {
    const q = hashQuery(`?${query}`);
    return { departmentId: q.get('department') ?? undefined, roleId: q.get('role') ?? undefined, show: q.get('show') === 'overdue' ? 'overdue' as const : null };
  }, [query]);
  const { matrix, departments, roles, loadMatrix } = useTrainingStore();

  useEffect(() => {
    void loadMatrix({ ...(filters.departmentId ? { departmentId: filters.departmentId } : {}), ...(filters.roleId ? { roleId: filters.roleId } : {}) });
  }, [filters.departmentId, filters.roleId, loadMatrix]);

  const rows = useMemo(() => (matrix ? (filters.show === 'overdue' ? matrix.rows.filter((r) => r.cells.includes('O')) : matrix.rows) : []), [matrix, filters.show]);
  const [exporting, setExporting] = useState<'csv' | 'pdf' | null>(null);

  async function exportAs(format: 'csv' | 'pdf') {
    setExporting(format);
    try {
      const file = await call('training.exportMatrix', { format, ...(filters.departmentId ? { departmentId: filters.departmentId } : {}), ...(filters.roleId ? { roleId: filters.roleId } : {}) });
      if (format === 'csv') saveFile(new Blob([file.content], { type: file.mediaType }), file.fileName);
      else await saveBase64File(file);
    } catch (error) {
      toastError('The matrix could not be exported', error);
    } finally {
      setExporting(null);
    }
  }

  const setFilter = (key: 'department' | 'role' | 'show', value: string) => {
    const q = hashQuery();
    setHashQuery({ department: q.get('department'), role: q.get('role'), show: q.get('show'), [key]: value || null });
  };

  return (
    <>
      <PageHeader
        title="Compliance matrix"
        description={matrix ? <>Everyone on staff against every requirement, as of {formatDay(matrix.asOf)}. Assignments are worked out from the requirements each time, so a role, department or privilege change shows at once.</> : 'Everyone on staff against every requirement.'}
        actions={<>
          <Button onClick={() => void exportAs('csv')} busy={exporting === 'csv'}>Export CSV</Button>
          <Button onClick={() => void exportAs('pdf')} busy={exporting === 'pdf'}>Export PDF</Button>
        </>}
      />
      <div className="training-filters">
        <SelectField label="Department" value={filters.departmentId ?? ''} onChange={(e) => setFilter('department', e.target.value)}
          options={[{ value: '', label: 'All departments' }, ...departments.filter((d) => !d.retiredOn).map((d) => ({ value: d.id, label: d.name }))]} />
        <SelectField label="Role" value={filters.roleId ?? ''} onChange={(e) => setFilter('role', e.target.value)}
          options={[{ value: '', label: 'All roles' }, ...roles.filter((r) => !r.retiredOn).map((r) => ({ value: r.id, label: r.name }))]} />
        <SelectField label="Show" value={filters.show ?? ''} onChange={(e) => setFilter('show', e.target.value)}
          options={[{ value: '', label: 'Everyone' }, { value: 'overdue', label: 'People with overdue training' }]} />
        <MatrixLegend />
      </div>
      {matrix && <p className="training-count" data-testid="matrix-count">{rows.length} {rows.length === 1 ? 'person' : 'people'} × {matrix.requirements.length} requirements</p>}
      {matrix && matrix.requirements.length === 0 ? (
        <EmptyState icon={<TrainingIcon />} title="No training requirements yet"
          description="Add the courses staff complete under Courses, then a requirement under Requirements: the people it names appear here, each with their standing." />
      ) : matrix ? <MatrixGrid matrix={matrix} rows={rows} /> : <p className="training-empty">Reading the matrix…</p>}
    </>
  );
}

function MatrixLegend() {
  return (
    <ul className="matrix-legend" aria-label="What the cells mean">
      {Object.entries(cellDisplay).map(([code, d]) => (
        <li key={code}><span className={`matrix-cell matrix-cell--${d.tone}`} aria-hidden="true">{code === '-' ? '' : code}</span>{d.label}</li>
      ))}
    </ul>
  );
}

function MatrixGrid({ matrix, rows }: { matrix: Matrix; rows: Matrix['rows'] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => matrixRowHeight, overscan: 10 });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const width = nameWidth + 180 + matrix.requirements.length * cellWidth;

  return (
    <div className="matrix__scroll" ref={scrollRef} data-testid="matrix-scroll" tabIndex={0} aria-label="Compliance matrix, scrollable">
      <table className="matrix" style={{ width }} aria-rowcount={rows.length + 1} aria-label="Training compliance">
        <thead>
          <tr>
            <th scope="col" className="matrix__name" style={{ width: nameWidth }}>Name</th>
            <th scope="col" className="matrix__dept" style={{ width: 180 }}>Department</th>
            {matrix.requirements.map((r) => (
              <th key={r.id} scope="col" className="matrix__req" style={{ width: cellWidth }} title={r.title}><span>{r.title}</span></th>
            ))}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && <tr aria-hidden="true" style={{ height: paddingTop }}><td colSpan={matrix.requirements.length + 2} /></tr>}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr key={row.staffId} data-testid="matrix-row" aria-rowindex={item.index + 2} style={{ height: matrixRowHeight }}>
                <th scope="row" className="matrix__name"><a href={`#/staff/${row.staffId}`}>{row.name}</a></th>
                <td className="matrix__dept">{row.departmentName}</td>
                {[...row.cells].map((code, i) => {
                  const d = cellDisplay[code]!;
                  return (
                    <td key={matrix.requirements[i]!.id} className="matrix__cell" data-requirement={matrix.requirements[i]!.title} data-state={d.label}>
                      <span className={`matrix-cell matrix-cell--${d.tone}`} title={`${row.name} · ${matrix.requirements[i]!.title}: ${d.label}`}>
                        <span className="visually-hidden">{d.label}</span>
                        <span aria-hidden="true">{code === '-' ? '' : code}</span>
                      </span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {paddingBottom > 0 && <tr aria-hidden="true" style={{ height: paddingBottom }}><td colSpan={matrix.requirements.length + 2} /></tr>}
        </tbody>
      </table>
    </div>
  );
}
