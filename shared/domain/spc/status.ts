// The one status rule (DOMAIN.md): on track, at risk, off track — from the latest values against the target and the
// adverse signals that are still current.
import type { MeasureDirection } from './analysis';

export const measureStatuses = ['on-track', 'at-risk', 'off-track', 'not-rated'] as const;
export type MeasureStatus = (typeof measureStatuses)[number];

export const measureStatusLabels: Record<MeasureStatus, string> = {
  'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', 'not-rated': 'Not rated',
};

/** A signal counts for status while it touches one of the latest this-many points: an old special cause is history. */
export const currentSignalWindow = 3;

export function meetsTarget(direction: MeasureDirection, target: number, value: number): boolean {
  return direction === 'higher-is-better' ? value >= target : value <= target;
}

/**
 * On track: the latest value meets the target and no adverse signal is current. At risk: it misses the target, or an
 * adverse signal is current. Off track: the latest 2 or more periods miss the target and an adverse signal is
 * current. Not rated: no target or no values yet (nothing to judge against).
 */
export function measureStatus(input: {
  direction: MeasureDirection;
  target: number | null;
  /** Chronological, display units. */
  values: readonly number[];
  /** Each adverse signal's point indices. */
  adverseSignalIndices: readonly (readonly number[])[];
}): MeasureStatus {
  const { direction, target, values } = input;
  if (target === null || values.length === 0) return 'not-rated';
  const firstCurrent = values.length - currentSignalWindow;
  const adverseNow = input.adverseSignalIndices.some((idx) => idx.some((i) => i >= firstCurrent));
  let missedInARow = 0;
  for (let i = values.length - 1; i >= 0 && !meetsTarget(direction, target, values[i]!); i--) missedInARow++;
  if (missedInARow >= 2 && adverseNow) return 'off-track';
  if (missedInARow >= 1 || adverseNow) return 'at-risk';
  return 'on-track';
}

/** A goal is as well as its worst measure (a rated measure outranks an unrated one). */
export function worstStatus(statuses: readonly MeasureStatus[]): MeasureStatus {
  const order: MeasureStatus[] = ['off-track', 'at-risk', 'on-track', 'not-rated'];
  return order.find((s) => statuses.includes(s)) ?? 'not-rated';
}
