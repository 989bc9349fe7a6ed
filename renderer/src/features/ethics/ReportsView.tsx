// Ethics reports: cases per month, by type and unit, the median time from request to recommendation, recurring
// themes and policy recommendations, for any period (the committee packet prints the twelve months to its meeting).
import { useEffect, useState } from 'react';
import { caseStateLabels, consultTypeLabels } from '../../../../shared/domain/ethics-cases';
import { Card, Table, TextField } from '../../ui';
import { useEthicsStore } from './store';

function CountTable({ label, head, rows }: { label: string; head: string; rows: [string, number][] }) {
  if (rows.length === 0) return <p className="ethics-muted">None in this period.</p>;
  return (
    <Table label={label}>
      <thead><tr><th scope="col">{head}</th><th scope="col" className="ethics-num">Cases</th></tr></thead>
      <tbody>{rows.map(([k, n]) => <tr key={k}><td>{k}</td><td className="ethics-num">{n}</td></tr>)}</tbody>
    </Table>
  );
}

export function ReportsView() {
  const report = useEthicsStore((s) => s.report);
  const { loadReport } = useEthicsStore.getState();
  const year = new Date().getFullYear();
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  useEffect(() => {
    if (from && to) void loadReport(from, to);
  }, [from, to, loadReport]);

  const median = report?.medianHoursToRecommendation;
  return (
    <div className="ethics-reports">
      <div className="ethics-period">
        <TextField label="From" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField label="To" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        {report && (
          <dl className="ethics-facts ethics-facts--inline">
            <div><dt>Consultations</dt><dd>{report.total}</dd></div>
            <div><dt>Median request → recommendation</dt><dd>{median == null ? '—' : median < 48 ? `${median} hours` : `${Math.round((median / 24) * 10) / 10} days`}</dd></div>
          </dl>
        )}
      </div>
      {report && (
        <div className="ethics-grid ethics-grid--three">
          <Card title="By month"><CountTable label="Cases by month" head="Month" rows={report.byMonth.map((m) => [m.month, m.count])} /></Card>
          <Card title="By type"><CountTable label="Cases by type" head="Type" rows={report.byType.map((t) => [consultTypeLabels[t.type], t.count])} /></Card>
          <Card title="By unit"><CountTable label="Cases by unit" head="Unit" rows={report.byUnit.map((u) => [u.unit, u.count])} /></Card>
          <Card title="By CASES step"><CountTable label="Cases by step" head="Step" rows={report.byState.map((s) => [caseStateLabels[s.state], s.count])} /></Card>
          <Card title="Recurring themes"><CountTable label="Recurring themes" head="Theme" rows={report.themes.map((t) => [t.theme, t.count])} /></Card>
          <Card title="Policy recommendations">
            {report.policyRecommendations.length === 0 ? <p className="ethics-muted">None in this period.</p> : (
              <ul className="ethics-policy-recs">{report.policyRecommendations.map((p) => <li key={p.caseNumber}><strong>{p.caseNumber}</strong>: {p.text}</li>)}</ul>
            )}
          </Card>
        </div>
      )}
    </div>
  );
}
