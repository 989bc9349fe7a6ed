// Dates and numbers as the policy screens show them: dates in the user's own locale, as every screen shows them.
import { differenceInSeconds } from 'date-fns';
import { formatInstant } from '../../ui/dates';

export { formatDay, formatInstant } from '../../ui/dates';

/** "just now", "4 s ago", "3 min ago": for the editor's autosave line, which ticks every second. */
export function secondsAgo(isoDateTime: string, now: Date): string {
  const seconds = Math.max(0, differenceInSeconds(now, new Date(isoDateTime)));
  if (seconds < 2) return 'just now';
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ago` : `at ${formatInstant(isoDateTime)}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** Read-and-sign compliance as the director counts it: "12 / 40 (30%)"; nothing assigned reads as a dash. */
export function complianceText({ assigned, attested }: { assigned: number; attested: number }): string {
  if (assigned === 0) return 'Not assigned';
  return `${attested.toLocaleString()} / ${assigned.toLocaleString()} (${Math.floor((attested / assigned) * 100)}%)`;
}
