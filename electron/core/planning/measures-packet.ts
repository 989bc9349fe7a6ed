// The quality scorecard for a board packet, as it stood on the meeting day: the scorecard page and the charts of what is
// off track (or of the one measure linked), drawn from the same chart definitions the screen draws.
import { controlChartDefinition, movingRangeDefinition } from '../../../shared/charts/measure-charts';
import { analyseMeasure } from '../../../shared/domain/spc/analysis';
import { measureStatusLabels } from '../../../shared/domain/spc/status';
import type { CoreContext } from '../context';
import { chartSvg } from '../print/chart-svg';
import type { KpiScorecardLine, KpiSnapshotRecord } from '../print/packet/packet-data';
import { facts, measuresRepository, valuesAsOf } from './measures-repository';
import { measuresScorecard } from './measures-scorecard';
import type { ScorecardRow } from '../../../shared/contract/measures';

const chartSize = { width: 680, height: 250 };

function line(r: ScorecardRow): KpiScorecardLine {
  return {
    name: r.name, chartName: r.chartName, target: r.target, latest: r.latest, latestPeriod: r.latestPeriod, trend: r.trend,
    signal: r.signal ? { title: r.signal.title, effect: r.signal.effect } : null, status: measureStatusLabels[r.status], statusKey: r.status,
  };
}

export function measuresPacket(ctx: CoreContext) {
  const repo = measuresRepository(ctx);
  const scorecard = measuresScorecard(ctx);

  function chartOf(measureId: string, asOf: string): KpiSnapshotRecord['charts'][number] {
    const m = repo.measure(measureId);
    const analysis = analyseMeasure(facts(m), valuesAsOf(repo.values(measureId), m.frequency, asOf));
    const svgs = [chartSvg(controlChartDefinition(analysis, m, { title: `${m.name}: ${analysis.chartName}` }), chartSize)];
    if (analysis.kind === 'xmr') svgs.push(chartSvg(movingRangeDefinition(analysis, m, { title: 'Moving range' }), { width: chartSize.width, height: 170 }));
    const latestSignals = analysis.signals.filter((s) => s.chart !== 'run').slice(-6);
    return {
      title: m.name,
      subtitle: `${m.goalTitle ? `${m.goalTitle} · ` : ''}${measureStatusLabels[analysis.status]} · ${analysis.points.length} ${m.frequency === 'monthly' ? 'months' : 'periods'} to ${analysis.latest?.period ?? '—'}`,
      svgs,
      signals: latestSignals.map((s) => ({ effect: s.effect, text: `${s.title}. ${s.explanation}` })),
      notes: analysis.phases.flatMap((p) => (p.caveat ? [p.caveat] : [])),
    };
  }

  return {
    /** measureId null: the whole scorecard, with charts for what is off track; else that one measure and its charts. */
    snapshot(measureId: string | null, asOf: string): KpiSnapshotRecord {
      const card = scorecard.scorecard({ asOf });
      const perspectives = card.perspectives
        .map((p) => ({
          name: `${p.name} · ${p.planPeriod}`,
          goals: p.goals
            .map((g) => ({ title: g.title, status: measureStatusLabels[g.status], statusKey: g.status, lines: g.measures.filter((r) => !measureId || r.measureId === measureId).map(line) }))
            .filter((g) => g.lines.length > 0),
        }))
        .filter((p) => p.goals.length > 0);
      const unfiled = card.unfiled.filter((r) => !measureId || r.measureId === measureId);
      if (unfiled.length) perspectives.push({ name: 'Measures under no goal', goals: [{ title: 'No goal', status: '', statusKey: 'not-rated', lines: unfiled.map(line) }] });
      const allRows = [...card.perspectives.flatMap((p) => p.goals.flatMap((g) => g.measures)), ...card.unfiled];
      const charted = measureId ? [measureId] : allRows.filter((r) => r.status === 'off-track').map((r) => r.measureId);
      const title = measureId ? `Quality indicator: ${repo.measure(measureId).name}` : 'Quality and patient safety scorecard';
      return { kind: 'kpi-snapshot', title, scope: measureId ? 'measure' : 'scorecard', asOf, perspectives, charts: charted.map((id) => chartOf(id, asOf)) };
    },
  };
}
