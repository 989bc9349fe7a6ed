// Chart definitions for a measure: the control chart its type calls for, the XmR's moving-range chart and the run
// chart. Plain data (no functions), so the screen and the printed packet draw the same definition.
import type { MeasureAnalysis, MeasureFacts, Signal } from '../domain/spc/analysis';
import type { ChartDefinition } from './echarts';

const colours = {
  value: '#1f4e79', centre: '#5b6770', limit: '#b3261e', target: '#1b7f3b', median: '#5b6770',
  adverse: '#b3261e', favourable: '#1b7f3b', neutral: '#b26a00',
};

interface ChartOptions {
  /** Print has no hover: the title carries what the legend cannot. */
  title?: string;
}

type Series = NonNullable<Extract<ChartDefinition['series'], unknown[]>>[number];

/** The digits a value needs on the axis and in labels: fewer for large values. */
function rounded(y: number): number {
  const digits = Math.abs(y) >= 100 ? 1 : Math.abs(y) >= 1 ? 2 : 4;
  return Number(y.toFixed(digits));
}

/** One line per phase, so limits recalculated at a shift are not joined across it. */
function phaseLines(analysis: MeasureAnalysis, name: string, pick: (p: MeasureAnalysis['points'][number]) => number | null, style: { color: string; type: 'solid' | 'dashed' | 'dotted'; width?: number }, step: boolean): Series[] {
  return analysis.phases.map((_, k) => ({
    type: 'line', name, showSymbol: false, symbol: 'none', silent: true, step: step ? 'middle' : false, z: 1,
    lineStyle: { color: style.color, type: style.type, width: style.width ?? 1.5 }, itemStyle: { color: style.color },
    data: analysis.points.map((p) => (p.phase === k ? valueOrNull(pick(p)) : null)),
  }) as Series);
}

function valueOrNull(v: number | null): number | null {
  return v === null || !Number.isFinite(v) ? null : rounded(v);
}

function signalSeries(analysis: MeasureAnalysis, signals: Signal[], pick: (i: number) => number | null, name = 'Signals'): Series {
  // The worst effect at each point: an adverse signal outranks a favourable one on the same point.
  const rank = { adverse: 3, neutral: 2, favourable: 1 } as const;
  const at = new Map<number, Signal['effect']>();
  for (const s of signals) for (const i of s.indices) if (!at.has(i) || rank[s.effect] > rank[at.get(i)!]) at.set(i, s.effect);
  return {
    type: 'scatter', name, symbolSize: 11, z: 5,
    itemStyle: { color: colours.adverse, borderColor: '#ffffff', borderWidth: 1.5 },
    data: [...at.entries()].sort((a, b) => a[0] - b[0]).map(([i, effect]) => ({ value: [analysis.points[i]!.period, valueOrNull(pick(i))], itemStyle: { color: colours[effect] } })),
  } as Series;
}

function frame(analysis: MeasureAnalysis, series: Series[], opts: ChartOptions, yName: string): ChartDefinition {
  return {
    animation: false,
    title: opts.title ? { text: opts.title, left: 0, top: 0, textStyle: { fontSize: 13, fontWeight: 'bold', color: '#1d2530' } } : undefined,
    grid: { left: 56, right: 18, top: opts.title ? 58 : 36, bottom: 40 },
    legend: { top: opts.title ? 26 : 4, right: 0, itemWidth: 18, itemHeight: 8, textStyle: { fontSize: 11, color: '#33404d' }, data: legendNames(series) },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: analysis.points.map((p) => p.period), axisLabel: { fontSize: 10, color: '#4a5663', hideOverlap: true }, axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value', name: yName, nameTextStyle: { fontSize: 10, color: '#4a5663', align: 'left' }, scale: true, axisLabel: { fontSize: 10, color: '#4a5663' }, splitLine: { lineStyle: { color: '#e6e9ed' } } },
    series,
  };
}

function legendNames(series: Series[]): string[] {
  return [...new Set(series.map((s) => (s as { name?: string }).name).filter((n): n is string => !!n))];
}

function unitName(m: Pick<MeasureFacts, 'type' | 'unit'>): string {
  return m.type === 'proportion' ? '%' : m.unit ?? '';
}

function targetSeries(analysis: MeasureAnalysis, target: number | null): Series[] {
  if (target === null) return [];
  return [{
    type: 'line', name: 'Target', showSymbol: false, symbol: 'none', silent: true, z: 2,
    lineStyle: { color: colours.target, type: 'dashed', width: 1.5 }, itemStyle: { color: colours.target },
    data: analysis.points.map(() => rounded(target)),
  } as Series];
}

function valueSeries(analysis: MeasureAnalysis, pick: (p: MeasureAnalysis['points'][number]) => number | null = (p) => p.y, name = 'Values'): Series {
  return {
    type: 'line', name, symbol: 'circle', symbolSize: 5, z: 3,
    lineStyle: { color: colours.value, width: 1.5 }, itemStyle: { color: colours.value },
    data: analysis.points.map((p) => valueOrNull(pick(p))),
  } as Series;
}

/** The control chart the measure's type calls for: points, centre line and limits per phase, the target, signals. */
export function controlChartDefinition(analysis: MeasureAnalysis, measure: Pick<MeasureFacts, 'type' | 'unit' | 'target'>, opts: ChartOptions = {}): ChartDefinition {
  const varying = analysis.kind === 'p' || analysis.kind === 'u';
  const signals = analysis.signals.filter((s) => s.chart === 'control');
  return frame(analysis, [
    valueSeries(analysis),
    ...phaseLines(analysis, 'Centre line', (p) => p.centre, { color: colours.centre, type: 'solid', width: 1 }, false),
    ...phaseLines(analysis, 'Control limits', (p) => p.upper, { color: colours.limit, type: 'dotted' }, varying),
    ...phaseLines(analysis, 'Control limits', (p) => p.lower, { color: colours.limit, type: 'dotted' }, varying),
    ...targetSeries(analysis, measure.target),
    signalSeries(analysis, signals, (i) => analysis.points[i]!.y),
  ], opts, unitName(measure));
}

/** The XmR's moving-range chart: each range, its centre (MR̄) and upper limit (3.267 · MR̄). */
export function movingRangeDefinition(analysis: MeasureAnalysis, measure: Pick<MeasureFacts, 'type' | 'unit'>, opts: ChartOptions = {}): ChartDefinition {
  return frame(analysis, [
    valueSeries(analysis, (p) => p.movingRange, 'Moving range'),
    ...phaseLines(analysis, 'Centre line', (p) => p.movingRangeCentre, { color: colours.centre, type: 'solid', width: 1 }, false),
    ...phaseLines(analysis, 'Upper limit', (p) => p.movingRangeUpper, { color: colours.limit, type: 'dotted' }, false),
    signalSeries(analysis, analysis.signals.filter((s) => s.chart === 'moving-range'), (i) => analysis.points[i]!.movingRange),
  ], opts, unitName(measure));
}

/** The run chart: points, the median per phase, the target, and the run-chart signals. */
export function runChartDefinition(analysis: MeasureAnalysis, measure: Pick<MeasureFacts, 'type' | 'unit' | 'target'>, opts: ChartOptions = {}): ChartDefinition {
  return frame(analysis, [
    valueSeries(analysis),
    ...phaseLines(analysis, 'Median', (p) => p.median, { color: colours.median, type: 'dashed', width: 1 }, false),
    ...targetSeries(analysis, measure.target),
    signalSeries(analysis, analysis.signals.filter((s) => s.chart === 'run'), (i) => analysis.points[i]!.y),
  ], opts, unitName(measure));
}

/** What a chart shows, in words, for screen readers and tests (the picture itself cannot be read). */
export function chartDescription(kind: string, analysis: MeasureAnalysis, measure: Pick<MeasureFacts, 'target'>, signals: Signal[]): string {
  const phases = analysis.phases.length > 1 ? `, ${analysis.phases.length} phases` : '';
  const target = measure.target === null ? 'no target' : 'a target line';
  return `${kind}: ${analysis.points.length} points, centre line and limits${phases}, ${target}, ${signals.length} signal${signals.length === 1 ? '' : 's'} marked.`;
}
