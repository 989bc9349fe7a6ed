// A policy version's place in its lifecycle, derived from what was decided and the calendar — never stored twice:
// draft → in review → approved (pending its effective date) → active → superseded, and retired with the policy.
import { addDays, addMonths, daysBetween } from './calendar-day';

export const policyVersionStates = ['draft', 'in-review', 'approved', 'active', 'superseded', 'retired'] as const;
export type PolicyVersionState = (typeof policyVersionStates)[number];

/** What is stored: a version is a draft, in review, or approved with an effective date. */
export interface StoredVersion {
  id: string;
  number: number;
  stage: 'draft' | 'in-review' | 'approved';
  effectiveOn: string | null;
}

/**
 * The approved version in force on a date: of the approved versions already effective by then, the newest (highest
 * number), unless the policy was retired by then. A newer approved version replaces every older one from its own
 * effective date, so an older version approved for a later date never comes back into force over it.
 */
export function versionInForce<V extends StoredVersion>(versions: readonly V[], date: string, retiredOn: string | null): V | null {
  if (retiredOn && retiredOn <= date) return null;
  let best: V | null = null;
  for (const v of versions) {
    if (v.stage !== 'approved' || !v.effectiveOn || v.effectiveOn > date) continue;
    if (!best || v.number > best.number) best = v;
  }
  return best;
}

/** An approved version that a newer approved version replaces on or before its own effective date is never in force. */
function eclipsed(version: StoredVersion, all: readonly StoredVersion[]): boolean {
  return all.some((o) => o.stage === 'approved' && o.number > version.number && !!o.effectiveOn && !!version.effectiveOn && o.effectiveOn <= version.effectiveOn);
}

export function versionState(version: StoredVersion, all: readonly StoredVersion[], today: string, retiredOn: string | null): PolicyVersionState {
  if (version.stage !== 'approved') return version.stage;
  if (version.effectiveOn && version.effectiveOn > today) {
    if (eclipsed(version, all)) return 'superseded';
    return retiredOn && retiredOn <= version.effectiveOn ? 'retired' : 'approved';
  }
  if (retiredOn && retiredOn <= today) {
    return versionInForce(all, addDaysBefore(retiredOn), null)?.id === version.id ? 'retired' : 'superseded';
  }
  return versionInForce(all, today, null)?.id === version.id ? 'active' : 'superseded';
}

function addDaysBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export interface ReviewStatus {
  state: 'current' | 'due-soon' | 'overdue' | 'not-in-force';
  dueOn: string | null;
  daysLeft: number | null;
}

/**
 * The next review falls one interval after the later of the last review and the active version's effective date
 * (a new version is itself a review). Due soon inside the warning period.
 */
export function reviewStatus(
  policy: { reviewIntervalMonths: number; reviewWarningDays: number; lastReviewedOn: string | null },
  activeEffectiveOn: string | null,
  today: string,
): ReviewStatus {
  if (!activeEffectiveOn) return { state: 'not-in-force', dueOn: null, daysLeft: null };
  const from = policy.lastReviewedOn && policy.lastReviewedOn > activeEffectiveOn ? policy.lastReviewedOn : activeEffectiveOn;
  const dueOn = addMonths(from, policy.reviewIntervalMonths);
  const daysLeft = daysBetween(today, dueOn);
  return { state: daysLeft < 0 ? 'overdue' : daysLeft <= policy.reviewWarningDays ? 'due-soon' : 'current', dueOn, daysLeft };
}

export const policyVersionStateLabels: Record<PolicyVersionState, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved, not yet in force',
  active: 'Active',
  superseded: 'Superseded',
  retired: 'Retired',
};

/**
 * When a person's attestation is due: a number of days after the later of the version taking effect and the person
 * being assigned the policy (someone assigned today is not overdue on a version in force for a year).
 */
export function attestationDueOn(effectiveOn: string, assignedOn: string, dueDays: number): string {
  return addDays(effectiveOn > assignedOn ? effectiveOn : assignedOn, dueDays);
}

/** Where one assigned person stands: staff on leave are not asked to sign; the rest are due, overdue or done. */
export function attestationStatus(
  facts: { staffStatus: string; attestedOn: string | null; dueOn: string | null },
  today: string,
): 'attested' | 'due' | 'overdue' | 'on-leave' {
  if (facts.attestedOn) return 'attested';
  if (facts.staffStatus === 'leave') return 'on-leave';
  return facts.dueOn !== null && facts.dueOn < today ? 'overdue' : 'due';
}
