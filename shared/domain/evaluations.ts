// The FPPE/OPPE and privilege-kind rules a surveyor checks (Joint Commission MS.08.01.01/03, 42 CFR 482.22): one
// pure set used by the core when it writes and by the screens when they explain.
import { addDays, addMonths } from './calendar-day';

export const privilegeKinds = ['regular', 'temporary', 'disaster', 'telemedicine'] as const;
export type PrivilegeKind = (typeof privilegeKinds)[number];

export const fppeDecisions = ['confirm', 'extend', 'limit'] as const;
export type FppeDecision = (typeof fppeDecisions)[number];

/** Temporary privileges meet an urgent patient-care need or a pending application; the bylaws cap them at 120 days. */
export const temporaryPrivilegeMaxDays = 120;

/**
 * The FPPE a grant opens: 90 days of cases (long enough for most proctoring plans of 5–10 cases), then 30 days for
 * the department chair to review them and decide. Extending opens another period of the same length.
 */
export const fppePeriodDays = 90;
export const fppeReviewDays = 30;

/** OPPE at most 12 months apart (the Joint Commission's outer limit; many bylaws say 6–8 months). */
export const oppeIntervalMonths = 12;

/** Statuses under which a privilege is exercised, and so watched by FPPE, OPPE and the end-date lists. */
export const privilegeInForce = (status: string): boolean => status === 'granted' || status === 'provisional';

/**
 * Which grants open an FPPE. Regular and telemedicine privileges are new practice here and need one. Temporary and
 * disaster privileges are bounded by their end date instead (the due lists watch it); if the practitioner is then
 * granted the privilege for good, that grant opens its own FPPE.
 */
export const grantOpensFppe = (kind: PrivilegeKind): boolean => kind === 'regular' || kind === 'telemedicine';

/** Kinds whose end date is part of the grant and goes on the due lists. */
export const kindEndsOnItsOwn = (kind: PrivilegeKind): boolean => kind !== 'regular';

export interface FppePeriod {
  periodStart: string;
  periodEnd: string;
  dueOn: string;
}

/** The FPPE period that starts on a day: a grant's date, or the day an extension was decided. */
export function fppePeriodFrom(start: string, days = fppePeriodDays): FppePeriod {
  const periodEnd = addDays(start, days);
  return { periodStart: start, periodEnd, dueOn: addDays(periodEnd, fppeReviewDays) };
}

export interface PrivilegeTerms {
  kind: PrivilegeKind;
  grantedOn: string | null;
  expiresOn: string | null;
}

export interface TermsProblem {
  path: 'grantedOn' | 'expiresOn';
  message: string;
}

/** What is wrong with a privilege's kind and dates, as a sentence (no full stop) a director can act on; null when nothing is. */
export function privilegeTermsProblem({ kind, grantedOn, expiresOn }: PrivilegeTerms): TermsProblem | null {
  if (grantedOn && expiresOn && expiresOn < grantedOn) return { path: 'expiresOn', message: 'The privilege ends before it is granted' };
  if (kind === 'temporary') {
    if (!grantedOn) return { path: 'grantedOn', message: 'A temporary privilege needs the day it starts' };
    if (!expiresOn) return { path: 'expiresOn', message: `A temporary privilege needs its end date, at most ${temporaryPrivilegeMaxDays} days after it starts` };
    if (expiresOn > addDays(grantedOn, temporaryPrivilegeMaxDays)) {
      return { path: 'expiresOn', message: `Temporary privileges last at most ${temporaryPrivilegeMaxDays} days: end it on ${addDays(grantedOn, temporaryPrivilegeMaxDays)} or earlier` };
    }
  }
  // Disaster privileges last while the emergency plan is active; the expected end is asked for so the list can
  // prompt the decision to continue or end them (a later end date extends them).
  if (kind === 'disaster' && !expiresOn) return { path: 'expiresOn', message: 'A disaster privilege needs the day it is expected to end; change it if the disaster goes on' };
  return null;
}

/**
 * When a practitioner's next OPPE is due. Counted from the day the last OPPE was completed — the day its decision
 * was made — because that is the date a surveyor compares (a period's data may have closed months before). With no
 * OPPE completed, counted from the first grant of a privilege still in force, or the appointment start; a practitioner
 * for whom neither is known is due today. An OPPE already opened with an earlier due date keeps it.
 */
export function oppeDueOn(input: { lastCompletedOn: string | null; firstGrantedOn: string | null; appointmentStart: string | null; openDueOn: string | null; today: string }): string {
  const anchor = input.lastCompletedOn ?? input.firstGrantedOn ?? input.appointmentStart;
  const byRule = anchor ? addMonths(anchor, oppeIntervalMonths) : input.today;
  return input.openDueOn && input.openDueOn < byRule ? input.openDueOn : byRule;
}
