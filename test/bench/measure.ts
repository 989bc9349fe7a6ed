// Timing for the bench: the median of repeated runs after a warm-up, so one slow garbage collection does not decide a figure.
import { performance } from 'node:perf_hooks';

export interface Figure {
  value: number;
  unit: string;
  floor: number;
  ratio: number;
}

export async function medianMs(run: () => unknown, { iterations = 20, warmup = 3 } = {}): Promise<number> {
  for (let i = 0; i < warmup; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

export async function onceMs(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** A time beside its floor: ratio is ours ÷ floor (1 = no overhead). */
export function figure(value: number, floor: number, unit = 'ms'): Figure {
  return { value: round(value), unit, floor: round(floor), ratio: round(value / floor) };
}

/** A throughput beside its floor: ratio is floor ÷ ours, so it reads like a time ratio (1 = no overhead). */
export function throughput(rowsPerSecond: number, floorRowsPerSecond: number): Figure {
  return { value: Math.round(rowsPerSecond), unit: 'rows/s', floor: Math.round(floorRowsPerSecond), ratio: round(floorRowsPerSecond / rowsPerSecond) };
}

/** The p50 and p95 of repeated runs after a warm-up: for figures where the slow tail matters as much as the middle. */
export async function percentilesMs(run: (i: number) => unknown, { iterations = 60, warmup = 5 } = {}): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < warmup; i++) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.ceil(p * samples.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95) };
}
