// When a person's training requirement falls due and where it stands today: one pure rule for the matrix, the lists,
// the packet and the dashboard. Assignments are derived with it at read time, never stored (see README, Training).
import { addDays as addCalendarDays, addMonths, daysBetween as calendarDaysBetween } from './calendar-day';

// The matrix asks these hundreds of thousands of times over a few thousand distinct days: the calendar's own
// arithmetic, remembered per day, keeps a 5,000 × 50 matrix from being spent on Date objects.
const epoch = '1970-01-01';
const dayNumbers = new Map<string, number>();
const daysByNumber = new Map<number, string>();
function dayNumber(iso: string): number {
  let n = dayNumbers.get(iso);
  if (n === undefined) {
    if (dayNumbers.size > 50_000) dayNumbers.clear();
    dayNumbers.set(iso, (n = calendarDaysBetween(epoch, iso)));
  }
  return n;
}
function dayOf(n: number): string {
  let iso = daysByNumber.get(n);
  if (iso === undefined) {
    if (daysByNumber.size > 50_000) daysByNumber.clear();
    daysByNumber.set(n, (iso = addCalendarDays(epoch, n)));
  }
  return iso;
}
const addDays = (iso: string, days: number) => (days === 0 ? iso : dayOf(dayNumber(iso) + days));
const daysBetween = (from: string, to: string) => dayNumber(to) - dayNumber(from);

export const recurrences = ['one-time', 'annual-date', 'rolling-months', 'after-hire', 'after-privilege', 'policy-version'] as const;
export type Recurrence = (typeof recurrences)[number];

/**
 * Not yet due → due soon → overdue, or complete; exempt while a waiver runs; on leave while the person is (shown, not
 * asked, and left out of compliance, as read-and-sign does); not required when no rule names them.
 */
export type AssignmentState = 'not-yet-due' | 'due-soon' | 'overdue' | 'complete' | 'exempt' | 'on-leave' | 'not-required';

/** How far ahead a requirement counts as due soon. */
export const trainingDueSoonDays = 30;

export interface RequirementRule {
  recurrence: Recurrence;
  /** rolling-months: months between completions. */
  intervalMonths: number | null;
  /** annual-date: the month and day it is due every year, as MM-DD (02-29 falls on 02-28 in other years). */
  annualDate: string | null;
  /** one-time, after-hire, after-privilege, policy-version: days allowed from the day it starts to apply. */
  daysAfter: number | null;
  /** Days after the due date before it counts as overdue. */
  graceDays: number;
  /** The day the requirement started; no one is due before it. */
  effectiveFrom: string;
}

export interface PersonFacts {
  hireDate: string | null;
  /** after-privilege: the day the privilege that brought the requirement was granted. */
  privilegeGrantedOn?: string | null;
  /** policy-version: the day the version in force took effect (each new version asks again). */
  policyVersionEffectiveOn?: string | null;
  /** On leave today: what they still owe waits for their return. */
  onLeave?: boolean;
}

export interface CompletionFact {
  completedOn: string;
  validUntil: string | null;
}

export interface Assignment {
  state: AssignmentState;
  /** The day it is (or was) due; null when complete with nothing further due, or exempt. */
  dueOn: string | null;
  lastCompletedOn: string | null;
  /** Complete until this day (the next due date or the certificate's end), when there is one. */
  currentUntil: string | null;
}

/** The occurrence of an MM-DD in a year, on the month's last day when the year lacks it (29 February). */
export function annualDateIn(year: number, monthDay: string): string {
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDayOf(year, month))).padStart(2, '0')}`;
}

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first occurrence of the annual date on or after a day. */
export function nextAnnualDate(monthDay: string, onOrAfter: string): string {
  const year = Number(onOrAfter.slice(0, 4));
  const thisYear = annualDateIn(year, monthDay);
  return thisYear >= onOrAfter ? thisYear : annualDateIn(year + 1, monthDay);
}

const later = (a: string, b: string | null | undefined) => (b && b > a ? b : a);

/**
 * Where one requirement stands for one person on `today`. `completions` are the person's completions of the
 * requirement's course, in any order; `waiverEndsOn` the end of a waiver granted on or before today, if any.
 */
export function assignmentFor(
  rule: RequirementRule,
  person: PersonFacts,
  completions: readonly CompletionFact[],
  today: string,
  waiverEndsOn: string | null = null,
  dueSoonDays = trainingDueSoonDays,
): Assignment {
  const standing = standingFor(rule, person, completions, today, waiverEndsOn, dueSoonDays);
  const owed = standing.state === 'not-yet-due' || standing.state === 'due-soon' || standing.state === 'overdue';
  return person.onLeave && owed ? { ...standing, state: 'on-leave' } : standing;
}

function standingFor(
  rule: RequirementRule,
  person: PersonFacts,
  completions: readonly CompletionFact[],
  today: string,
  waiverEndsOn: string | null,
  dueSoonDays: number,
): Assignment {
  const last = latest(completions);
  const lastCompletedOn = last?.completedOn ?? null;
  if (waiverEndsOn && waiverEndsOn >= today) return { state: 'exempt', dueOn: null, lastCompletedOn, currentUntil: waiverEndsOn };
  // The day it starts to apply to this person: not before the requirement, nor before they joined.
  const appliesFrom = later(rule.effectiveFrom, person.hireDate);
  const stand = (dueOn: string, satisfiedBy: CompletionFact | null, nextDue: string | null): Assignment => {
    if (satisfiedBy) {
      const expires = satisfiedBy.validUntil;
      const until = [nextDue, expires].filter((d): d is string => !!d).sort()[0] ?? null;
      if (!until || until > today) return { state: 'complete', dueOn: until, lastCompletedOn, currentUntil: until };
      return judge(until, lastCompletedOn, rule.graceDays, today, dueSoonDays);
    }
    return judge(dueOn, lastCompletedOn, rule.graceDays, today, dueSoonDays);
  };

  switch (rule.recurrence) {
    case 'one-time':
      return stand(addDays(appliesFrom, rule.daysAfter ?? 0), last, null);
    case 'after-hire':
      return stand(addDays(person.hireDate ?? appliesFrom, rule.daysAfter ?? 0), last, null);
    case 'after-privilege': {
      const from = later(rule.effectiveFrom, person.privilegeGrantedOn ?? appliesFrom);
      return stand(addDays(from, rule.daysAfter ?? 0), last, null);
    }
    case 'policy-version': {
      // Each new version asks again: only a completion on or after the version took effect counts.
      const from = later(appliesFrom, person.policyVersionEffectiveOn);
      const since = latest(completions.filter((c) => c.completedOn >= (person.policyVersionEffectiveOn ?? '')));
      return stand(addDays(from, rule.daysAfter ?? 30), since, null);
    }
    case 'rolling-months': {
      const months = rule.intervalMonths ?? 12;
      if (last) return stand(addMonths(last.completedOn, months), last, addMonths(last.completedOn, months));
      return stand(addDays(appliesFrom, rule.daysAfter ?? 0), null, null);
    }
    case 'annual-date': {
      const monthDay = rule.annualDate ?? '01-01';
      // Each year's training is done in the twelve months that end on the date; a late one still counts for the year missed.
      const nextDue = nextAnnualDate(monthDay, today);
      const previousDue = annualDateIn(Number(nextDue.slice(0, 4)) - 1, monthDay);
      const previousApplies = appliesFrom < previousDue && previousDue < today;
      const previousStart = annualDateIn(Number(previousDue.slice(0, 4)) - 1, monthDay);
      if (previousApplies && !(last && last.completedOn > previousStart)) return judge(previousDue, lastCompletedOn, rule.graceDays, today, dueSoonDays);
      const thisYear = last && last.completedOn > previousDue ? last : null;
      if (thisYear) return stand(nextDue, thisYear, nextDue);
      // Done for the year that ended: current until the next date comes close.
      if (previousApplies) {
        return daysBetween(today, nextDue) > dueSoonDays
          ? { state: 'complete', dueOn: nextDue, lastCompletedOn, currentUntil: nextDue }
          : judge(nextDue, lastCompletedOn, rule.graceDays, today, dueSoonDays);
      }
      return judge(later(nextDue, addDays(appliesFrom, rule.daysAfter ?? 0)), lastCompletedOn, rule.graceDays, today, dueSoonDays);
    }
  }
}

function judge(dueOn: string, lastCompletedOn: string | null, graceDays: number, today: string, dueSoonDays: number): Assignment {
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft + graceDays < 0) return { state: 'overdue', dueOn, lastCompletedOn, currentUntil: null };
  if (daysLeft <= dueSoonDays) return { state: 'due-soon', dueOn, lastCompletedOn, currentUntil: null };
  return { state: 'not-yet-due', dueOn, lastCompletedOn, currentUntil: null };
}

function latest(completions: readonly CompletionFact[]): CompletionFact | null {
  let best: CompletionFact | null = null;
  for (const c of completions) if (!best || c.completedOn > best.completedOn) best = c;
  return best;
}

/** The day a completion stops counting, from the course's validity. */
export function validUntilFor(completedOn: string, validityMonths: number | null): string | null {
  return validityMonths ? addMonths(completedOn, validityMonths) : null;
}

/** CME is claimed in quarter credits: 0.25, 0.5, 1.75… */
export function isQuarterStep(credits: number): boolean {
  return Number.isFinite(credits) && credits >= 0 && Math.abs(credits * 4 - Math.round(credits * 4)) < 1e-9;
}
