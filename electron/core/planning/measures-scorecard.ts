// The scorecard: every measure's target, latest value, trend, current signal and status, grouped perspective → goal,
// goals rated by their worst measure. As of a date for a packet (periods ended before it), else everything stored.
import type { Measure, Scorecard, ScorecardRow } from '../../../shared/contract/measures';
import { analyseMeasure, formatMeasureValue, type MeasureReading, type Signal } from '../../../shared/domain/spc/analysis';
import { currentSignalWindow, worstStatus, type MeasureStatus } from '../../../shared/domain/spc/status';
import type { CoreContext } from '../context';
import { organisationCalendar } from '../settings/today';
import { facts, measuresRepository, valuesAsOf } from './measures-repository';

/** The signal a scorecard row shows: a current adverse one first, then a current favourable one. */
function currentSignal(signals: Signal[], pointCount: number): Signal | null {
  const current = signals.filter((s) => s.indices.some((i) => i >= pointCount - currentSignalWindow));
  const latestFirst = (a: Signal, b: Signal) => Math.max(...b.indices) - Math.max(...a.indices);
  return current.filter((s) => s.effect === 'adverse').sort(latestFirst)[0] ?? current.filter((s) => s.effect === 'favourable').sort(latestFirst)[0] ?? null;
}

export function scorecardRow(m: Measure, readings: MeasureReading[]): ScorecardRow {
  const analysis = analyseMeasure(facts(m), readings);
  const signal = currentSignal(analysis.signals, analysis.points.length);
  const latest = analysis.latest;
  return {
    measureId: m.id, name: m.name, type: m.type, chartName: analysis.chartName, direction: m.direction,
    target: m.target === null ? null : `${m.direction === 'higher-is-better' ? '≥' : '≤'} ${formatMeasureValue(m, m.target)}`,
    latestPeriod: latest?.period ?? null, latest: latest ? formatMeasureValue(m, latest.y) : null,
    trend: analysis.points.slice(-12).map((p) => p.y),
    signal: signal ? { title: signal.title, effect: signal.effect, explanation: signal.explanation } : null,
    status: analysis.status,
  };
}

export function measuresScorecard(ctx: CoreContext) {
  const { db } = ctx;
  const calendar = organisationCalendar(ctx);
  const repo = measuresRepository(ctx);
  const perspectives = db.prepare(`SELECT p.id, p.name, pp.name AS planPeriod FROM perspectives p JOIN plan_periods pp ON pp.id = p.plan_period_id
    ORDER BY pp.starts_on DESC, p.position, p.name`);
  const goals = db.prepare('SELECT id, title, perspective_id AS perspectiveId FROM goals ORDER BY position, title');
  // One pass over every value, in measure and period order: the scorecard reads years of values for hundreds of measures.
  const allValues = db.prepare(`SELECT measure_id AS measureId, period, numerator, denominator, value, starts_phase AS startsPhase
    FROM measure_values ORDER BY measure_id, period`);

  return {
    scorecard(input: { asOf?: string | undefined; status?: MeasureStatus | undefined }): Scorecard {
      const byMeasure = new Map<string, MeasureReading[]>();
      for (const v of allValues.iterate() as Iterable<Omit<MeasureReading, 'startsPhase'> & { measureId: string; startsPhase: number }>) {
        let list = byMeasure.get(v.measureId);
        if (!list) byMeasure.set(v.measureId, (list = []));
        list.push({ period: v.period, numerator: v.numerator, denominator: v.denominator, value: v.value, startsPhase: v.startsPhase === 1 });
      }
      const rowsByGoal = new Map<string | null, ScorecardRow[]>();
      const counts: Record<MeasureStatus, number> = { 'on-track': 0, 'at-risk': 0, 'off-track': 0, 'not-rated': 0 };
      const goalStatuses = new Map<string, MeasureStatus[]>();
      const goalRows = goals.all() as { id: string; title: string; perspectiveId: string }[];
      const knownGoals = new Set(goalRows.map((g) => g.id));
      for (const m of repo.list()) {
        const row = scorecardRow(m, valuesAsOf(byMeasure.get(m.id) ?? [], m.frequency, input.asOf));
        counts[row.status]++;
        const goal = m.goalId && knownGoals.has(m.goalId) ? m.goalId : null;
        if (goal) goalStatuses.set(goal, [...(goalStatuses.get(goal) ?? []), row.status]);
        if (input.status && row.status !== input.status) continue;
        rowsByGoal.set(goal, [...(rowsByGoal.get(goal) ?? []), row]);
      }
      const result: Scorecard['perspectives'] = [];
      for (const p of perspectives.all() as { id: string; name: string; planPeriod: string }[]) {
        const its = goalRows
          .filter((g) => g.perspectiveId === p.id)
          .map((g) => ({ id: g.id, title: g.title, status: worstStatus(goalStatuses.get(g.id) ?? []), measures: rowsByGoal.get(g.id) ?? [] }))
          .filter((g) => !input.status || g.measures.length > 0);
        if (its.length > 0 || !input.status) result.push({ ...p, goals: its });
      }
      return { asOf: input.asOf ?? calendar.today(), perspectives: result, unfiled: rowsByGoal.get(null) ?? [], counts };
    },
  };
}
