// The scorecard: perspective → goal → measures, each with its target, latest value, trend, current signal and status
// in words and colour; filtered by status from the address (the dashboard's "off track" tile opens it so).
import { useEffect } from 'react';
import { hashQuery, setHashQuery, useHashQuery } from '../../../app/hash-query';
import { Badge, Button, Card, EmptyState, PageHeader, PlanningIcon, SelectField, Table } from '../../../ui';
import { hashForMeasure } from '../planning-view';
import { Sparkline } from './Sparkline';
import { effectTone, statusLabel, statusTone } from './status-display';
import { useMeasuresStore, type MeasureStatus, type ScorecardRow } from './store';

const statusFilters: readonly MeasureStatus[] = ['off-track', 'at-risk', 'on-track', 'not-rated'];

function readFilter(query: string): MeasureStatus | null {
  const status = new URLSearchParams(query).get('status');
  return (statusFilters as readonly string[]).includes(status ?? '') ? (status as MeasureStatus) : null;
}

export function ScorecardView() {
  const query = useHashQuery();
  const filter = readFilter(query);
  const scorecard = useMeasuresStore((s) => s.scorecard);
  const load = useMeasuresStore((s) => s.loadScorecard);

  useEffect(() => {
    void load(readFilter(hashQuery().toString()));
  }, [query, load]);

  const counts = scorecard?.counts;
  const empty = scorecard && scorecard.perspectives.every((p) => p.goals.every((g) => g.measures.length === 0)) && scorecard.unfiled.length === 0;
  return (
    <section className="planning-page" aria-labelledby="scorecard-title">
      <PageHeader
        title="Scorecard"
        description="Every measure against its target, by perspective and goal: the latest value, its trend, the signal its chart shows and its status. A goal is as well as its worst measure."
        actions={<Button variant="primary" onClick={() => (window.location.hash = hashForMeasure(null))}>New measure</Button>}
      />
      <div className="scorecard-toolbar">
        <SelectField
          label="Show"
          value={filter ?? ''}
          onChange={(e) => setHashQuery({ status: e.target.value || null })}
          options={[{ value: '', label: 'Every measure' }, ...statusFilters.map((s) => ({ value: s, label: `${statusLabel(s)} only` }))]}
        />
        {counts && (
          <p className="scorecard-counts" aria-label="Measures by status">
            {statusFilters.map((s) => (
              <span key={s} className="scorecard-count"><Badge tone={statusTone[s]}>{statusLabel(s)}</Badge> {counts[s] ?? 0}</span>
            ))}
          </p>
        )}
        {filter && <Button variant="ghost" onClick={() => setHashQuery({ status: null })}>Clear filter: {statusLabel(filter)}</Button>}
      </div>
      {!scorecard && <p className="muted">Reading the scorecard…</p>}
      {empty && filter && <p className="empty-note">No measure is {statusLabel(filter).toLowerCase()}.</p>}
      {empty && !filter && (
        <EmptyState icon={<PlanningIcon />} title="No measures yet" description="Add the measures that show whether the plan is working: each with its target, its values month by month, and the run and control charts a quality committee trusts." />
      )}
      {scorecard?.perspectives.map((p) =>
        p.goals.length === 0 ? null : (
          <Card key={p.id} title={<span>{p.name} <span className="muted">· {p.planPeriod}</span></span>} className="scorecard-perspective">
            {p.goals.map((g) => (
              <div key={g.id} className="scorecard-goal">
                <h3 className="scorecard-goal__title">
                  {g.title} <Badge tone={statusTone[g.status]}>{statusLabel(g.status)}</Badge>
                </h3>
                {g.measures.length > 0 ? <ScorecardTable rows={g.measures} label={`Measures of ${g.title}`} /> : <p className="empty-note">No measures under this goal yet.</p>}
              </div>
            ))}
          </Card>
        ),
      )}
      {scorecard && scorecard.unfiled.length > 0 && (
        <Card title="Measures under no goal" className="scorecard-perspective">
          <ScorecardTable rows={scorecard.unfiled} label="Measures under no goal" />
        </Card>
      )}
    </section>
  );
}

function ScorecardTable({ rows, label }: { rows: ScorecardRow[]; label: string }) {
  return (
    <Table label={label}>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">Target</th>
          <th scope="col">Latest</th>
          <th scope="col">Trend</th>
          <th scope="col">Signal</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.measureId} data-testid="scorecard-row">
            <td><a href={hashForMeasure(r.measureId)}>{r.name}</a><div className="muted small">{r.chartName}</div></td>
            <td>{r.target ?? <span className="muted">No target</span>}</td>
            <td>{r.latest ? <>{r.latest} <span className="muted small">{r.latestPeriod}</span></> : <span className="muted">No values</span>}</td>
            <td className={`trend trend--${r.status}`}><Sparkline values={r.trend} label={`Last ${r.trend.length} values of ${r.name}`} /></td>
            <td>{r.signal ? <span title={r.signal.explanation}><Badge tone={effectTone[r.signal.effect]}>{r.signal.title}</Badge></span> : <span className="muted">None</span>}</td>
            <td><Badge tone={statusTone[r.status]}>{statusLabel(r.status)}</Badge></td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
