// A measure's values read as a quality committee reads them: the control chart its type calls for, the run chart,
// every signal in words and classed by the measure's direction, and its status from one rule.
import { controlChart, westernElectric, type ChartKind, type ControlChart, type WesternElectricRule } from './control-chart';
import { astronomicalPoints, countRuns, median, shifts, trends } from './run-chart';
import { measureStatus, type MeasureStatus } from './status';

export const measureTypes = ['proportion', 'rate', 'count', 'continuous'] as const;
export type MeasureType = (typeof measureTypes)[number];
export type MeasureDirection = 'higher-is-better' | 'lower-is-better';

/** The chart each type of measure calls for (DOMAIN.md: Strategy and quality). */
export const chartKindOf: Record<MeasureType, ChartKind> = { proportion: 'p', rate: 'u', count: 'c', continuous: 'xmr' };
export const chartNames: Record<ChartKind, string> = { p: 'p-chart', u: 'u-chart', c: 'c-chart', xmr: 'XmR chart' };

export interface MeasureFacts {
  type: MeasureType;
  direction: MeasureDirection;
  /** In display units (a percentage for a proportion, per rateMultiplier for a rate). */
  target: number | null;
  rateMultiplier: number | null;
  unit: string | null;
}

export interface MeasureReading {
  period: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  startsPhase: boolean;
  annotation?: string | null;
}

export type SignalEffect = 'adverse' | 'favourable' | 'neutral';
export type SignalRule = WesternElectricRule | 'shift' | 'trend' | 'too-few-runs' | 'too-many-runs' | 'astronomical' | 'moving-range';

export interface Signal {
  chart: 'run' | 'control' | 'moving-range';
  rule: SignalRule;
  /** Points the signal rests on, as indices into the series and as periods. */
  indices: number[];
  periods: string[];
  effect: SignalEffect;
  /** A short name: "Shift below the median". */
  title: string;
  /** What the signal means, in a sentence a director can repeat at committee. */
  explanation: string;
}

export interface ChartedPoint {
  period: string;
  /** The plotted value in display units. */
  y: number;
  centre: number;
  lower: number;
  upper: number;
  /** Run-chart median of this point's phase. */
  median: number;
  phase: number;
  movingRange: number | null;
  movingRangeUpper: number | null;
  movingRangeCentre: number | null;
  annotation: string | null;
}

export interface MeasureAnalysis {
  kind: ChartKind;
  chartName: string;
  /** Multiplier from the statistic to display units: 100 for a proportion shown as %, the rate's multiplier. */
  scale: number;
  points: ChartedPoint[];
  phases: { from: string; to: string; baselineCount: number; centre: number; median: number; caveat: string | null }[];
  signals: Signal[];
  status: MeasureStatus;
  latest: ChartedPoint | null;
}

export function displayScale(m: Pick<MeasureFacts, 'type' | 'rateMultiplier'>): number {
  return m.type === 'proportion' ? 100 : m.type === 'rate' ? m.rateMultiplier ?? 1 : 1;
}

/** A value in display units with its unit: "12.5%", "3.2 per 1,000 patient days". */
export function formatMeasureValue(m: Pick<MeasureFacts, 'type' | 'unit'>, y: number): string {
  const digits = Math.abs(y) >= 100 ? 0 : Math.abs(y) >= 10 ? 1 : 2;
  const n = y.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  if (m.type === 'proportion') return `${n}%`;
  if (m.unit === '%') return `${n}%`;
  return m.unit ? `${n} ${m.unit}` : n;
}

const ruleTitles: Record<SignalRule, string> = {
  'beyond-3-sigma': 'Point beyond a control limit',
  'two-of-three-beyond-2-sigma': '2 of 3 points beyond 2 sigma',
  'four-of-five-beyond-1-sigma': '4 of 5 points beyond 1 sigma',
  'eight-on-one-side': '8 points in a row on one side',
  shift: 'Shift',
  trend: 'Trend',
  'too-few-runs': 'Too few runs',
  'too-many-runs': 'Too many runs',
  astronomical: 'Astronomical point',
  'moving-range': 'Moving range beyond its limit',
};

export function analyseMeasure(measure: MeasureFacts, readings: readonly MeasureReading[]): MeasureAnalysis {
  const kind = chartKindOf[measure.type];
  const scale = displayScale(measure);
  const chart = controlChart(kind, readings);
  const fmt = (y: number) => formatMeasureValue(measure, y);
  const periods = readings.map((r) => r.period);
  const mrAt = new Map(chart.movingRanges.map((m) => [m.index, m]));

  const medians: number[] = [];
  const phaseMedians = chart.phases.map((ph) => {
    const ys = chart.points.slice(ph.from, ph.to + 1).map((p) => p.y);
    const m = median(ys.slice(0, 20));
    for (let i = ph.from; i <= ph.to; i++) medians[i] = m;
    return m;
  });

  const points: ChartedPoint[] = chart.points.map((p, i) => {
    const mr = mrAt.get(i);
    return {
      period: periods[i]!, y: p.y * scale, centre: p.centre * scale, lower: p.lower * scale, upper: p.upper * scale, median: medians[i]! * scale,
      phase: chart.phases.findIndex((ph) => i >= ph.from && i <= ph.to),
      movingRange: mr ? mr.range * scale : null, movingRangeUpper: mr ? mr.upper * scale : null, movingRangeCentre: mr ? mr.centre * scale : null,
      annotation: readings[i]!.annotation ?? null,
    };
  });

  const signals = [
    ...runChartSignals(chart, points, measure, fmt),
    ...controlSignals(chart, points, measure, fmt),
  ].sort((a, b) => a.indices[0]! - b.indices[0]! || a.chart.localeCompare(b.chart));

  const status = measureStatus({
    direction: measure.direction, target: measure.target, values: points.map((p) => p.y),
    adverseSignalIndices: signals.filter((s) => s.effect === 'adverse').map((s) => s.indices),
  });

  return {
    kind, chartName: chartNames[kind], scale, points, signals, status, latest: points[points.length - 1] ?? null,
    phases: chart.phases.map((ph, k) => ({
      from: periods[ph.from]!, to: periods[ph.to]!, baselineCount: ph.baselineCount, centre: ph.centre * scale, median: phaseMedians[k]! * scale, caveat: ph.caveat,
    })),
  };
}

/** Above/up is good when higher is better; the opposite when lower is better. */
function effectOf(direction: MeasureDirection, side: 'above' | 'below' | 'up' | 'down'): SignalEffect {
  const rising = side === 'above' || side === 'up';
  return rising === (direction === 'higher-is-better') ? 'favourable' : 'adverse';
}

function effectWords(effect: SignalEffect, direction: MeasureDirection): string {
  const better = direction === 'higher-is-better' ? 'higher is better' : 'lower is better';
  if (effect === 'neutral') return 'not better or worse in itself, but not random either';
  return `${effect} (for this measure ${better})`;
}

function span(periods: string[]): string {
  return periods.length === 1 ? periods[0]! : `${periods[0]} to ${periods[periods.length - 1]}`;
}

function runChartSignals(chart: ControlChart, points: ChartedPoint[], m: MeasureFacts, fmt: (y: number) => string): Signal[] {
  const found: Signal[] = [];
  const make = (rule: SignalRule, indices: number[], effect: SignalEffect, title: string, explanation: string): Signal => ({
    chart: 'run', rule, indices, periods: indices.map((i) => points[i]!.period), effect, title, explanation,
  });
  chart.phases.forEach((ph) => {
    const ys = points.slice(ph.from, ph.to + 1).map((p) => p.y);
    const med = points[ph.from]!.median;
    const shift = (i: number) => ph.from + i;
    for (const run of shifts(ys, med)) {
      const idx = run.indices.map(shift);
      const effect = effectOf(m.direction, run.side);
      const ps = idx.map((i) => points[i]!.period);
      found.push(make('shift', idx, effect, `Shift ${run.side} the median`,
        `${idx.length} points in a row ${run.side} the median (${fmt(med)}), ${span(ps)}: a shift, ${effectWords(effect, m.direction)}. Six or more on one side rarely happens by chance.`));
    }
    for (const run of trends(ys)) {
      const idx = run.indices.map(shift);
      const effect = effectOf(m.direction, run.side);
      const ps = idx.map((i) => points[i]!.period);
      found.push(make('trend', idx, effect, `Trend ${run.side === 'up' ? 'upwards' : 'downwards'}`,
        `${idx.length} points each ${run.side === 'up' ? 'higher' : 'lower'} than the one before, ${span(ps)}: a trend, ${effectWords(effect, m.direction)}.`));
    }
    const runs = countRuns(ys, med);
    if (runs.verdict === 'too-few' || runs.verdict === 'too-many') {
      const idx = ys.map((_, i) => shift(i));
      const few = runs.verdict === 'too-few';
      found.push(make(few ? 'too-few-runs' : 'too-many-runs', idx, 'neutral', few ? 'Too few runs' : 'Too many runs',
        `${runs.runs} runs across ${runs.useful} points off the median, ${span(idx.map((i) => points[i]!.period))}; between ${runs.limits!.fewestExpected} and ${runs.limits!.mostExpected} are expected by chance: ` +
        (few ? 'the process stays on one side for long stretches, a sign it has moved.' : 'the points alternate more than chance allows, often two mixed processes or data that are adjusted.')));
    }
    for (const i of astronomicalPoints(ys, med)) {
      const p = points[shift(i)]!;
      const effect = effectOf(m.direction, p.y > med ? 'above' : 'below');
      found.push(make('astronomical', [shift(i)], effect, 'Astronomical point',
        `${p.period}: ${fmt(p.y)} is far from every other point (median ${fmt(med)}), ${effectWords(effect, m.direction)}. Find out what happened that month.`));
    }
  });
  return found;
}

function controlSignals(chart: ControlChart, points: ChartedPoint[], m: MeasureFacts, fmt: (y: number) => string): Signal[] {
  const found: Signal[] = westernElectric(chart).map((b) => {
    const effect = effectOf(m.direction, b.side);
    const ps = b.indices.map((i) => points[i]!.period);
    const first = points[b.indices[0]!]!;
    const sideWord = b.side === 'above' ? 'above' : 'below';
    let explanation: string;
    switch (b.rule) {
      case 'beyond-3-sigma':
        explanation = `${first.period}: ${fmt(first.y)} is ${sideWord} the ${b.side === 'above' ? 'upper' : 'lower'} control limit (${fmt(b.side === 'above' ? first.upper : first.lower)}): a special cause, ${effectWords(effect, m.direction)}. Look for what was different then.`;
        break;
      case 'two-of-three-beyond-2-sigma':
        explanation = `${span(ps)}: 2 of 3 points in a row more than 2 sigma ${sideWord} the centre line (${fmt(first.centre)}): an early sign of a special cause, ${effectWords(effect, m.direction)}.`;
        break;
      case 'four-of-five-beyond-1-sigma':
        explanation = `${span(ps)}: 4 of 5 points in a row more than 1 sigma ${sideWord} the centre line (${fmt(first.centre)}): the process has likely moved, ${effectWords(effect, m.direction)}.`;
        break;
      case 'eight-on-one-side':
        explanation = `${span(ps)}: ${b.indices.length} points in a row ${sideWord} the centre line (${fmt(first.centre)}): a sustained shift, ${effectWords(effect, m.direction)}. If it has an explanation (a change that was tested), start a new phase there.`;
        break;
    }
    const title = `${ruleTitles[b.rule]} (${sideWord})`;
    return { chart: 'control' as const, rule: b.rule as SignalRule, indices: b.indices, periods: ps, effect, title, explanation };
  });
  for (const mr of chart.movingRanges) {
    if (mr.range > mr.upper && mr.upper > 0) {
      const p = points[mr.index]!;
      const before = points[mr.index - 1]!;
      const effect = effectOf(m.direction, p.y > before.y ? 'up' : 'down');
      found.push({
        chart: 'moving-range', rule: 'moving-range', indices: [mr.index], periods: [p.period], effect, title: ruleTitles['moving-range'],
        explanation: `${p.period}: the jump from ${fmt(before.y)} to ${fmt(p.y)} (a range of ${fmt(p.movingRange!)}) is beyond the moving-range limit: an unusually large change from one period to the next, ${effectWords(effect, m.direction)}.`,
      });
    }
  }
  return found;
}
