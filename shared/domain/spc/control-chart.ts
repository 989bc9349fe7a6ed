// Control-chart limits (Montgomery; Provost & Murray): p, u, c and XmR with its moving-range chart, computed per
// phase on a frozen baseline, and the Western Electric rules on each phase.

export type ChartKind = 'p' | 'u' | 'c' | 'xmr';

/** One plotted point as the chart needs it: the observed count/measurement and, for p and u, its area of opportunity. */
export interface ChartPoint {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  startsPhase: boolean;
}

/** The smallest baseline that gives limits we call settled; fewer points give trial limits, said so. */
export const baselinePoints = 20;

/** XmR constants: 2.66 = 3 / d2 with d2 = 1.128 for ranges of two; 3.267 = D4 for n = 2. */
export const xmrLimitFactor = 2.66;
export const movingRangeFactor = 3.267;

export interface PointLimits {
  /** Plotted statistic: p = num/den, u = num/den, c = count, x = measurement (unscaled). */
  y: number;
  centre: number;
  /** One sigma at this point (p and u vary with the point's denominator). */
  sigma: number;
  lower: number;
  upper: number;
}

export interface Phase {
  /** Index of the first and last point of the phase in the series. */
  from: number;
  to: number;
  /** Points the centre and limits were computed from (the first ≤ 20 of the phase). */
  baselineCount: number;
  centre: number;
  /** Set when the baseline is under 20 points: the limits are trial limits. */
  caveat: string | null;
}

export interface MovingRange {
  /** Index of the later point of the pair; the first point of a phase has none. */
  index: number;
  range: number;
  upper: number;
  centre: number;
}

export interface ControlChart {
  kind: ChartKind;
  points: PointLimits[];
  phases: Phase[];
  /** XmR only. */
  movingRanges: MovingRange[];
}

/** The statistic a point plots for its chart kind. */
export function plotted(kind: ChartKind, p: ChartPoint): number {
  if (kind === 'p' || kind === 'u') return p.numerator! / p.denominator!;
  return p.value ?? p.numerator!;
}

/** Splits a series into phases: a new one starts at every point marked as starting one (an annotated sustained shift). */
export function phaseBounds(points: readonly { startsPhase: boolean }[]): { from: number; to: number }[] {
  const starts = points.flatMap((p, i) => (i === 0 || p.startsPhase ? [i] : []));
  return starts.map((from, k) => ({ from, to: (starts[k + 1] ?? points.length) - 1 }));
}

function caveatFor(count: number): string | null {
  return count < baselinePoints
    ? `Limits from ${count} point${count === 1 ? '' : 's'} (fewer than ${baselinePoints}): trial limits, recalculated as values arrive until ${baselinePoints} exist; read them with caution.`
    : null;
}

export function controlChart(kind: ChartKind, series: readonly ChartPoint[]): ControlChart {
  const points: PointLimits[] = [];
  const phases: Phase[] = [];
  const movingRanges: MovingRange[] = [];
  for (const { from, to } of phaseBounds(series)) {
    const phase = series.slice(from, to + 1);
    const baseline = phase.slice(0, baselinePoints);
    const ys = phase.map((p) => plotted(kind, p));
    let centre: number;
    let sigmaAt: (p: ChartPoint) => number;
    if (kind === 'p' || kind === 'u') {
      // p̄ = Σnum / Σden over the baseline (not the mean of the proportions: large months weigh more).
      const num = baseline.reduce((s, p) => s + p.numerator!, 0);
      const den = baseline.reduce((s, p) => s + p.denominator!, 0);
      centre = num / den;
      sigmaAt = kind === 'p' ? (p) => Math.sqrt((centre * (1 - centre)) / p.denominator!) : (p) => Math.sqrt(centre / p.denominator!);
    } else if (kind === 'c') {
      centre = baseline.reduce((s, p) => s + plotted(kind, p), 0) / baseline.length;
      sigmaAt = () => Math.sqrt(centre);
    } else {
      const xs = ys.slice(0, baseline.length);
      centre = xs.reduce((s, x) => s + x, 0) / xs.length;
      const ranges = xs.slice(1).map((x, i) => Math.abs(x - xs[i]!));
      const mrBar = ranges.length ? ranges.reduce((s, r) => s + r, 0) / ranges.length : 0;
      sigmaAt = () => (xmrLimitFactor * mrBar) / 3;
      ys.slice(1).forEach((y, i) => movingRanges.push({ index: from + i + 1, range: Math.abs(y - ys[i]!), upper: movingRangeFactor * mrBar, centre: mrBar }));
    }
    phase.forEach((p, i) => {
      const sigma = sigmaAt(p);
      let lower = centre - 3 * sigma;
      let upper = centre + 3 * sigma;
      // A proportion lives in [0, 1]; rates and counts cannot fall below 0.
      if (kind === 'p') upper = Math.min(upper, 1);
      if (kind !== 'xmr') lower = Math.max(lower, 0);
      points.push({ y: ys[i]!, centre, sigma, lower, upper });
    });
    phases.push({ from, to, baselineCount: baseline.length, centre, caveat: caveatFor(baseline.length) });
  }
  return { kind, points, phases, movingRanges };
}

export type WesternElectricRule = 'beyond-3-sigma' | 'two-of-three-beyond-2-sigma' | 'four-of-five-beyond-1-sigma' | 'eight-on-one-side';

export interface RuleBreak {
  rule: WesternElectricRule;
  indices: number[];
  side: 'above' | 'below';
}

/**
 * The Western Electric rules, each within one phase (a new phase's limits are a new question): 1 point beyond the
 * limits; 2 of 3 consecutive points beyond 2σ on one side; 4 of 5 beyond 1σ on one side; 8 in a row on one side of
 * the centre line. A point exactly on the centre line breaks an 8-in-a-row. Overlapping windows are merged into one
 * finding, so a long stretch is one signal, not many.
 */
export function westernElectric(chart: ControlChart): RuleBreak[] {
  const found: RuleBreak[] = [];
  for (const phase of chart.phases) {
    const pts = chart.points.slice(phase.from, phase.to + 1);
    const at = (i: number) => phase.from + i;
    const z = pts.map((p) => (p.sigma > 0 ? (p.y - p.centre) / p.sigma : 0));
    for (const side of ['above', 'below'] as const) {
      const sign = side === 'above' ? 1 : -1;
      // Rule 1: beyond the (clipped) limits.
      pts.forEach((p, i) => {
        if (side === 'above' ? p.y > p.upper : p.y < p.lower) found.push({ rule: 'beyond-3-sigma', indices: [at(i)], side });
      });
      windowRule(z.map((v) => sign * v > 2), 3, 2).forEach((idx) => found.push({ rule: 'two-of-three-beyond-2-sigma', indices: idx.map(at), side }));
      windowRule(z.map((v) => sign * v > 1), 5, 4).forEach((idx) => found.push({ rule: 'four-of-five-beyond-1-sigma', indices: idx.map(at), side }));
      windowRule(z.map((v) => sign * v > 0), 8, 8).forEach((idx) => found.push({ rule: 'eight-on-one-side', indices: idx.map(at), side }));
    }
  }
  return found;
}

/** Windows of `size` consecutive points with at least `needed` flagged; overlapping hits merge. Returns the flagged points. */
function windowRule(flags: readonly boolean[], size: number, needed: number): number[][] {
  const groups: number[][] = [];
  let current: Set<number> | null = null;
  let lastEnd = -1;
  for (let start = 0; start + size <= flags.length; start++) {
    const inWindow = [...Array(size).keys()].map((k) => start + k).filter((i) => flags[i]);
    if (inWindow.length < needed) continue;
    if (!current || start > lastEnd) {
      current = new Set();
      groups.push([]);
    }
    inWindow.forEach((i) => current!.add(i));
    groups[groups.length - 1] = [...current].sort((a, b) => a - b);
    lastEnd = start + size - 1;
  }
  return groups;
}
