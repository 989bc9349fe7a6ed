// What a suspension's dates must say to be kept: one rule for the contract (without today) and the core (with it).
import { addDays } from './calendar-day';

export interface SuspensionProblem {
  path: 'startedOn' | 'noticeSentOn' | 'reinstatedOn';
  message: string;
}

/**
 * Problems with a suspension's dates. Nothing is recorded ahead of the day it happens (a suspension, a notice or a
 * reinstatement is entered on the day, or after): `today` is the organisation's day, left out where it is unknown.
 */
export function suspensionDateProblems(
  s: { startedOn?: string | null; noticeSentOn?: string | null; reinstatedOn?: string | null },
  today?: string,
): SuspensionProblem[] {
  const problems: SuspensionProblem[] = [];
  if (s.startedOn && today && s.startedOn > today) {
    problems.push({ path: 'startedOn', message: `A suspension is recorded once it has started: ${s.startedOn} is after today (${today})` });
  }
  if (s.noticeSentOn && s.startedOn && s.noticeSentOn < s.startedOn) {
    problems.push({ path: 'noticeSentOn', message: `The notice (${s.noticeSentOn}) is dated before the suspension started (${s.startedOn})` });
  }
  if (s.noticeSentOn && today && s.noticeSentOn > today) {
    problems.push({ path: 'noticeSentOn', message: `A notice is recorded once sent: ${s.noticeSentOn} is after today (${today})` });
  }
  if (s.reinstatedOn && s.startedOn && s.reinstatedOn < s.startedOn) {
    problems.push({ path: 'reinstatedOn', message: `Reinstated (${s.reinstatedOn}) before the suspension started (${s.startedOn})` });
  }
  if (s.reinstatedOn && today && s.reinstatedOn > today) {
    problems.push({ path: 'reinstatedOn', message: `A reinstatement is recorded on the day or after: ${s.reinstatedOn} is after today (${today})` });
  }
  return problems;
}

/** A lapse suspends from the day after the credential's expiry date (it is valid through that date). */
export const lapseSuspendedFrom = (expiresOn: string) => addDays(expiresOn, 1);
