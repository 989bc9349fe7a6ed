// Every limit formula and signal rule of shared/domain/spc against examples worked by hand (the arithmetic is in
// the comments), the status rule at its edges, and period strings per frequency.
import { describe, expect, it } from 'vitest';
import {
  analyseMeasure, astronomicalPoints, controlChart, countRuns, measureStatus, median, periodEndsOn, periodInFuture, periodProblem, runsLimitsFor,
  runsProbability, shiftPeriod, shifts, trends, westernElectric, worstStatus, type ChartPoint, type ControlChart, type MeasureReading,
} from '../../shared/domain/spc';

const ratio = (numerator: number, denominator: number, startsPhase = false): ChartPoint => ({ numerator, denominator, value: null, startsPhase });
const value = (v: number, startsPhase = false): ChartPoint => ({ numerator: null, denominator: null, value: v, startsPhase });
const months = (n: number, from = '2024-01') => Array.from({ length: n }, (_, i) => shiftPeriod(from, 'monthly', i));

describe('p-chart', () => {
  it('p̄ = Σnum/Σden over the baseline, limits p̄ ± 3√(p̄(1−p̄)/nᵢ) for each point’s own n', () => {
    // Hand-worked: 20 months of 100 patients, numerators alternating 10 and 14 → Σnum 240, Σden 2000, p̄ = 0.12.
    // σ(n=100) = √(0.12 × 0.88 / 100) = √0.001056 = 0.0324962; UCL = 0.12 + 0.0974885 = 0.2174885; LCL = 0.0225115.
    // A 21st month of 400 patients: σ = √(0.001056/4) = 0.0162481 → UCL 0.1687443, LCL 0.0712557 (limits narrow with n).
    const series = [...Array.from({ length: 20 }, (_, i) => ratio(i % 2 ? 14 : 10, 100)), ratio(48, 400)];
    const chart = controlChart('p', series);
    expect(chart.phases[0]!.centre).toBeCloseTo(0.12, 10);
    expect(chart.points[0]!.upper).toBeCloseTo(0.2174885, 6);
    expect(chart.points[0]!.lower).toBeCloseTo(0.0225115, 6);
    expect(chart.points[20]!.upper).toBeCloseTo(0.1687443, 6);
    expect(chart.points[20]!.lower).toBeCloseTo(0.0712557, 6);
  });

  it('clips the limits to [0, 1]', () => {
    // p̄ = 2/200 = 0.01 with n = 10: σ = √(0.01 × 0.99 / 10) = 0.0314643; p̄ − 3σ = −0.0843928 → 0; p̄ + 3σ = 0.1043928.
    // p̄ = 0.98 with n = 10: p̄ + 3σ > 1 → 1.
    const low = controlChart('p', Array.from({ length: 20 }, (_, i) => ratio(i < 2 ? 1 : 0, 10)));
    expect(low.points[0]!.lower).toBe(0);
    expect(low.points[0]!.upper).toBeCloseTo(0.1043928, 6);
    const high = controlChart('p', Array.from({ length: 20 }, (_, i) => ratio(i < 4 ? 9 : 10, 10)));
    expect(high.points[0]!.upper).toBe(1);
  });
});

describe('u-chart, c-chart, XmR', () => {
  it('u-chart: ū ± 3√(ū/nᵢ)', () => {
    // 20 months: 6 infections per 1,000 line days each → ū = 120/20000 = 0.006; σ(n=1000) = √(0.006/1000) = 0.0024495;
    // UCL = 0.006 + 0.0073485 = 0.0133485; LCL = max(0, 0.006 − 0.0073485) = 0.
    const chart = controlChart('u', Array.from({ length: 20 }, (_, i) => ratio(i % 2 ? 8 : 4, 1000)));
    expect(chart.phases[0]!.centre).toBeCloseTo(0.006, 10);
    expect(chart.points[0]!.upper).toBeCloseTo(0.0133485, 6);
    expect(chart.points[0]!.lower).toBe(0);
  });

  it('c-chart: c̄ ± 3√c̄', () => {
    // Counts 7,9 alternating → c̄ = 8; σ = √8 = 2.8284271; UCL = 16.4852814; LCL = 8 − 8.4852814 < 0 → 0.
    const chart = controlChart('c', Array.from({ length: 20 }, (_, i) => value(i % 2 ? 9 : 7)));
    expect(chart.phases[0]!.centre).toBe(8);
    expect(chart.points[0]!.upper).toBeCloseTo(16.4852814, 6);
    expect(chart.points[0]!.lower).toBe(0);
  });

  it('XmR: x̄ ± 2.66·MR̄, moving-range limit 3.267·MR̄', () => {
    // x = 10, 12, 11, 13, 12 → x̄ = 58/5 = 11.6; moving ranges 2, 1, 2, 1 → MR̄ = 1.5;
    // UCL = 11.6 + 2.66 × 1.5 = 15.59; LCL = 11.6 − 3.99 = 7.61; MR UCL = 3.267 × 1.5 = 4.9005.
    const chart = controlChart('xmr', [10, 12, 11, 13, 12].map((v) => value(v)));
    expect(chart.phases[0]!.centre).toBeCloseTo(11.6, 10);
    expect(chart.points[0]!.upper).toBeCloseTo(15.59, 10);
    expect(chart.points[0]!.lower).toBeCloseTo(7.61, 10);
    expect(chart.movingRanges.map((m) => m.range)).toEqual([2, 1, 2, 1]);
    expect(chart.movingRanges[0]!.upper).toBeCloseTo(4.9005, 10);
    expect(chart.phases[0]!.caveat).toMatch(/Limits from 5 points \(fewer than 20\): trial limits/);
  });
});

describe('baseline and phases', () => {
  it('freezes the limits on the first 20 points: later points do not move them', () => {
    // Baseline 20 × 10 with MR 0 except one 10→12→10 wiggle: the 5 later points at 30 do not enter x̄.
    const base = Array.from({ length: 20 }, (_, i) => value(i === 10 ? 12 : 10));
    const chart = controlChart('xmr', [...base, ...Array.from({ length: 5 }, () => value(30))]);
    expect(chart.phases).toHaveLength(1);
    expect(chart.phases[0]!.baselineCount).toBe(20);
    expect(chart.phases[0]!.caveat).toBeNull();
    // x̄ = (19 × 10 + 12) / 20 = 10.1 for every point, the later ones included.
    expect(chart.points[24]!.centre).toBeCloseTo(10.1, 10);
  });

  it('recalculates only from a value that starts a new phase', () => {
    const chart = controlChart('c', [...Array.from({ length: 20 }, () => value(8)), value(3, true), value(5), value(4)]);
    expect(chart.phases.map((p) => [p.from, p.to, p.centre])).toEqual([[0, 19, 8], [20, 22, 4]]);
    // The new phase: c̄ = (3 + 5 + 4)/3 = 4 from 3 points, with the caveat.
    expect(chart.phases[1]!.caveat).toMatch(/3 points/);
    // The moving range does not bridge phases in XmR either.
    const xmr = controlChart('xmr', [value(1), value(2), value(50, true), value(51)]);
    expect(xmr.movingRanges.map((m) => m.index)).toEqual([1, 3]);
  });
});

/** A chart with centre 0 and σ 1 everywhere, limits ±3: the Western Electric rules read z-scores straight off y. */
const zChart = (ys: number[]): ControlChart => ({
  kind: 'xmr', movingRanges: [],
  phases: [{ from: 0, to: ys.length - 1, baselineCount: ys.length, centre: 0, caveat: null }],
  points: ys.map((y) => ({ y, centre: 0, sigma: 1, lower: -3, upper: 3 })),
});

describe('Western Electric rules', () => {
  it('rule 1: one point beyond 3σ', () => {
    expect(westernElectric(zChart([0.5, -0.5, 3.2, 0.1, -0.2]))).toEqual([{ rule: 'beyond-3-sigma', indices: [2], side: 'above' }]);
    // Exactly on the limit is not beyond it.
    expect(westernElectric(zChart([0.5, -0.5, 3, 0.1, -0.2]))).toEqual([]);
  });

  it('rule 2: 2 of 3 beyond 2σ on the same side (not one above and one below)', () => {
    expect(westernElectric(zChart([0.1, -2.5, 0.3, -2.1, 0.2]))).toEqual([{ rule: 'two-of-three-beyond-2-sigma', indices: [1, 3], side: 'below' }]);
    expect(westernElectric(zChart([0.1, -2.5, 0.3, 2.1, -0.2]))).toEqual([]);
  });

  it('rule 3: 4 of 5 beyond 1σ on the same side', () => {
    expect(westernElectric(zChart([-0.2, 1.5, 1.2, 0.4, 1.9, 1.1, -0.3]))).toEqual([{ rule: 'four-of-five-beyond-1-sigma', indices: [1, 2, 4, 5], side: 'above' }]);
    expect(westernElectric(zChart([-0.2, 1.5, 1.2, 0.4, 0.9, 1.1, -0.3]))).toEqual([]);
  });

  it('rule 4: 8 in a row on one side; a point on the centre line breaks it', () => {
    expect(westernElectric(zChart([0.1, ...Array(8).fill(-0.4), 0.3]))).toEqual([{ rule: 'eight-on-one-side', indices: [1, 2, 3, 4, 5, 6, 7, 8], side: 'below' }]);
    expect(westernElectric(zChart([...Array(4).fill(0.4), 0, ...Array(4).fill(0.4)]))).toEqual([]);
  });
});

describe('run chart rules', () => {
  it('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('a shift is 6+ on one side; points on the median are skipped, neither breaking nor counting', () => {
    // Median 5: above at 1,2,3, on it at 4, above at 5,6,7 → 6 above (the one on the median skipped).
    expect(shifts([4, 6, 7, 6, 5, 8, 6, 7, 3], 5)).toEqual([{ indices: [1, 2, 3, 5, 6, 7], side: 'above' }]);
    // Five above, the median, then below: no shift.
    expect(shifts([6, 6, 6, 6, 6, 5, 4], 5)).toEqual([]);
  });

  it('a trend is 5+ rising or falling; a tie neither breaks nor counts', () => {
    // 1, 2, 3, 3, 4, 5: the repeated 3 is skipped → 1,2,3,4,5 = 5 rising points.
    expect(trends([1, 2, 3, 3, 4, 5])).toEqual([{ indices: [0, 1, 2, 4, 5], side: 'up' }]);
    // 4 falling only.
    expect(trends([9, 8, 7, 6, 7])).toEqual([]);
  });

  it('runs: counted off the median, judged against the Swed–Eisenhart limits', () => {
    // 10 points alternating above/below → 10 runs; the limits for 10 useful points are 3 to 9: too many.
    const alternating = [1, 9, 1, 9, 1, 9, 1, 9, 1, 9];
    expect(countRuns(alternating, 5)).toMatchObject({ useful: 10, runs: 10, verdict: 'too-many' });
    // 5 below then 5 above → 2 runs: too few.
    expect(countRuns([1, 1, 1, 1, 1, 9, 9, 9, 9, 9], 5)).toMatchObject({ runs: 2, verdict: 'too-few' });
    // Fewer than 10 useful points: the table says nothing.
    expect(countRuns([1, 9, 5, 5], 5).verdict).toBe('not-judged');
  });

  it('the runs limits follow the Swed–Eisenhart distribution (published IHI table values where we could check them)', () => {
    // N = 10, n1 = n2 = 5: C(10,5) = 252 orders. P(2 runs) = 2·C(4,0)·C(4,0)/252 = 2/252 = 0.0079;
    // P(3 runs) = [C(4,1)C(4,0) + C(4,0)C(4,1)]/252 = 8/252 = 0.0317. P(R ≤ 2) ≤ 0.025 < P(R ≤ 3) → fewer than 3 is too few.
    expect(runsProbability(5, 5, 2)).toBeCloseTo(2 / 252, 12);
    expect(runsProbability(5, 5, 3)).toBeCloseTo(8 / 252, 12);
    const total = Array.from({ length: 11 }, (_, r) => (r >= 2 ? runsProbability(5, 5, r) : 0)).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 12);
    // Perla, Provost & Murray (2011) Table 1 rows: 10 → 3–9, 30 → 11–21, 40 → 15–27, 60 → 24–38.
    expect(runsLimitsFor(10)).toEqual({ fewestExpected: 3, mostExpected: 9 });
    expect(runsLimitsFor(30)).toEqual({ fewestExpected: 11, mostExpected: 21 });
    expect(runsLimitsFor(40)).toEqual({ fewestExpected: 15, mostExpected: 27 });
    expect(runsLimitsFor(60)).toEqual({ fewestExpected: 24, mostExpected: 38 });
  });

  it('an astronomical point is more than 4 robust standard deviations from the median', () => {
    // Median 10; absolute deviations 0,1,1,0,1,1,40 → MAD 1 → robust σ 1.4826; 4σ = 5.93: only 50 is astronomical.
    expect(astronomicalPoints([10, 11, 9, 10, 11, 9, 50], 10)).toEqual([6]);
    expect(astronomicalPoints([10, 10, 10], 10)).toEqual([]);
  });
});

describe('status rule', () => {
  const status = (values: number[], adverse: number[][] = [], target: number | null = 90) =>
    measureStatus({ direction: 'higher-is-better', target, values, adverseSignalIndices: adverse });
  it('on track: meets the target (equal counts) with no current adverse signal', () => {
    expect(status([80, 95, 90])).toBe('on-track');
    // An adverse signal older than the last 3 points no longer counts.
    expect(status([80, 95, 91, 92, 93], [[0]])).toBe('on-track');
  });
  it('at risk: misses the target once, or an adverse signal is current', () => {
    expect(status([95, 95, 89])).toBe('at-risk');
    expect(status([95, 95, 91], [[2]])).toBe('at-risk');
    // Two misses without a signal are still only at risk.
    expect(status([95, 89, 89])).toBe('at-risk');
  });
  it('off track: 2+ latest periods miss with a current adverse signal', () => {
    expect(status([95, 89, 89], [[1, 2]])).toBe('off-track');
  });
  it('lower is better reverses the comparison; no target is not rated', () => {
    expect(measureStatus({ direction: 'lower-is-better', target: 5, values: [4, 5], adverseSignalIndices: [] })).toBe('on-track');
    expect(measureStatus({ direction: 'lower-is-better', target: 5, values: [6], adverseSignalIndices: [] })).toBe('at-risk');
    expect(status([95], [], null)).toBe('not-rated');
  });
  it('a goal takes its worst measure', () => {
    expect(worstStatus(['on-track', 'not-rated', 'at-risk'])).toBe('at-risk');
    expect(worstStatus([])).toBe('not-rated');
  });
});

describe('analyseMeasure', () => {
  it('classes signals by direction and explains them in words', () => {
    // A falls rate (lower is better): 20 steady months then a month far above the upper limit.
    const periods = months(21);
    const readings: MeasureReading[] = periods.map((period, i) => ({ period, numerator: i === 20 ? 30 : i % 2 ? 4 : 6, denominator: 1000, value: null, startsPhase: false }));
    const analysis = analyseMeasure({ type: 'rate', direction: 'lower-is-better', target: 5, rateMultiplier: 1000, unit: 'per 1,000 patient days' }, readings);
    expect(analysis.chartName).toBe('u-chart');
    // ū = 100/20000 = 0.005 → 5 per 1,000; σ = √(0.005/1000) = 0.002236 → UCL 0.011708 → 11.71 per 1,000.
    expect(analysis.points[20]!.upper).toBeCloseTo(11.708, 3);
    const beyond = analysis.signals.find((s) => s.rule === 'beyond-3-sigma')!;
    expect(beyond).toMatchObject({ periods: ['2025-09'], effect: 'adverse' });
    expect(beyond.explanation).toBe('2025-09: 30 per 1,000 patient days is above the upper control limit (11.7 per 1,000 patient days): a special cause, adverse (for this measure lower is better). Look for what was different then.');
    // Latest misses the target once with a current adverse signal: at risk, not yet off track.
    expect(analysis.status).toBe('at-risk');
  });

  it('a proportion is shown as a percentage', () => {
    const readings = months(3).map((period) => ({ period, numerator: 45, denominator: 50, value: null, startsPhase: false }));
    const analysis = analyseMeasure({ type: 'proportion', direction: 'higher-is-better', target: 95, rateMultiplier: null, unit: null }, readings);
    expect(analysis.latest!.y).toBeCloseTo(90, 10);
    expect(analysis.status).toBe('at-risk');
  });
});

describe('periods', () => {
  it('validates per frequency', () => {
    expect(periodProblem('2026-03', 'monthly')).toBeNull();
    expect(periodProblem('2026-13', 'monthly')).toMatch(/not a month: write it like 2026-03/);
    expect(periodProblem('2026-Q4', 'quarterly')).toBeNull();
    expect(periodProblem('2026-03', 'quarterly')).toMatch(/not a quarter/);
    expect(periodProblem('2026', 'annual')).toBeNull();
    expect(periodProblem('FY26', 'annual')).toMatch(/not a year/);
  });
  it('knows where a period ends and whether it has begun', () => {
    expect(periodEndsOn('2024-02', 'monthly')).toBe('2024-02-29');
    expect(periodEndsOn('2026-Q3', 'quarterly')).toBe('2026-09-30');
    expect(periodEndsOn('2026', 'annual')).toBe('2026-12-31');
    expect(periodInFuture('2026-12', 'monthly', '2026-12-03')).toBe(false);
    expect(periodInFuture('2027-01', 'monthly', '2026-12-03')).toBe(true);
    expect(shiftPeriod('2026-11', 'monthly', 3)).toBe('2027-02');
    expect(shiftPeriod('2026-Q1', 'quarterly', -1)).toBe('2025-Q4');
  });
});
