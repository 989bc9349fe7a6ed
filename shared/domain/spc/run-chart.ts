// Run-chart rules (IHI; Perla, Provost & Murray 2011): shift, trend, too few or too many runs, astronomical point.
// Pure arithmetic on the plotted values; each finding names the points it rests on.

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A stretch of points: indices into the series it was found in. */
export interface PointRun {
  indices: number[];
  side: 'above' | 'below' | 'up' | 'down';
}

/**
 * Shifts: 6 or more consecutive points on one side of the median. A point on the median neither breaks a shift nor
 * counts towards it (it is skipped), as the IHI rule says.
 */
export function shifts(values: readonly number[], centre: number, length = 6): PointRun[] {
  const found: PointRun[] = [];
  let current: PointRun | null = null;
  const close = () => {
    if (current && current.indices.length >= length) found.push(current);
    current = null;
  };
  values.forEach((v, i) => {
    if (v === centre) return;
    const side = v > centre ? 'above' : 'below';
    if (current?.side !== side) {
      close();
      current = { indices: [], side };
    }
    current!.indices.push(i);
  });
  close();
  return found;
}

/**
 * Trends: 5 or more consecutive points each higher (or each lower) than the one before. A point equal to the one
 * before is a tie: it neither extends nor breaks the trend and is not counted.
 */
export function trends(values: readonly number[], length = 5): PointRun[] {
  // Collapse ties: keep the first of equal neighbours, so a flat step is skipped rather than counted.
  const kept: number[] = [];
  values.forEach((v, i) => {
    if (kept.length === 0 || values[kept[kept.length - 1]!] !== v) kept.push(i);
  });
  const found: PointRun[] = [];
  let start = 0;
  let side: 'up' | 'down' | null = null;
  const close = (end: number) => {
    if (side && end - start + 1 >= length) found.push({ indices: kept.slice(start, end + 1), side });
  };
  for (let k = 1; k < kept.length; k++) {
    const step: 'up' | 'down' = values[kept[k]!]! > values[kept[k - 1]!]! ? 'up' : 'down';
    if (step !== side) {
      close(k - 1);
      start = k - 1;
      side = step;
    }
  }
  close(kept.length - 1);
  return found;
}

function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/**
 * Swed & Eisenhart (1943): the probability of exactly r runs when n1 points lie above the median and n2 below, in
 * random order. Even r = 2k: 2·C(n1−1, k−1)·C(n2−1, k−1); odd r = 2k+1: C(n1−1, k)·C(n2−1, k−1) + C(n1−1, k−1)·C(n2−1, k);
 * each over C(n1+n2, n1).
 */
export function runsProbability(n1: number, n2: number, r: number): number {
  const k = Math.floor(r / 2);
  const ways = r % 2 === 0 ? 2 * choose(n1 - 1, k - 1) * choose(n2 - 1, k - 1) : choose(n1 - 1, k) * choose(n2 - 1, k - 1) + choose(n1 - 1, k - 1) * choose(n2 - 1, k);
  return ways / choose(n1 + n2, n1);
}

/**
 * The limits for the number of runs the IHI run-chart table gives (Perla, Provost & Murray 2011, Table 1, built on
 * Swed & Eisenhart): for N useful observations (points not on the median), split as evenly as the median splits
 * them, fewer runs than `fewestExpected` or more than `mostExpected` happens by chance less than 2.5% of the time on
 * each side (5% in all). Computed from the exact distribution rather than copied, for N from 10 to 60 as the table.
 */
export function runsLimitsFor(useful: number): { fewestExpected: number; mostExpected: number } | null {
  if (useful < 10 || useful > 60) return null;
  const n1 = Math.floor(useful / 2);
  const n2 = useful - n1;
  let fewest = 2;
  for (let below = 0; below + runsProbability(n1, n2, fewest) <= 0.025; fewest++) below += runsProbability(n1, n2, fewest);
  let most = useful;
  for (let above = 0; above + runsProbability(n1, n2, most) <= 0.025; most--) above += runsProbability(n1, n2, most);
  return { fewestExpected: fewest, mostExpected: most };
}

export interface RunsCount {
  /** Points not on the median. */
  useful: number;
  runs: number;
  /** The table's limits for this many useful observations; null below 10 or above 60 (the table says nothing). */
  limits: { fewestExpected: number; mostExpected: number } | null;
  verdict: 'too-few' | 'too-many' | 'expected' | 'not-judged';
}

/** Counts runs: stretches of points on one side of the median; points on the median are left out. */
export function countRuns(values: readonly number[], centre: number): RunsCount {
  const sides = values.filter((v) => v !== centre).map((v) => v > centre);
  const runs = sides.reduce((n, side, i) => (i === 0 || side !== sides[i - 1] ? n + 1 : n), 0);
  const limits = runsLimitsFor(sides.length);
  if (!limits) return { useful: sides.length, runs, limits: null, verdict: 'not-judged' };
  return { useful: sides.length, runs, limits, verdict: runs < limits.fewestExpected ? 'too-few' : runs > limits.mostExpected ? 'too-many' : 'expected' };
}

/**
 * An astronomical point: one so far from the rest that anyone would call it unusual. Run charts leave this to
 * judgement; we make the judgement repeatable: more than 4 × the median absolute deviation × 1.4826 (4 robust
 * standard deviations) from the median, and only when the data vary at all.
 */
export function astronomicalPoints(values: readonly number[], centre: number): number[] {
  const spread = median(values.map((v) => Math.abs(v - centre))) * 1.4826;
  if (!(spread > 0)) return [];
  return values.flatMap((v, i) => (Math.abs(v - centre) > 4 * spread ? [i] : []));
}
