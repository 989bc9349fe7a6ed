// Dates as every screen shows them, in the user's own locale: calendar days (ISO, no zone) parsed by date-fns as local
// days so they never shift by a time zone; instants shown on this computer's clock.
import { parseISO } from 'date-fns';

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const fullDayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'full' });
const instantFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "Mar 12, 2027" (en-US), "12 Mar 2027" (en-GB): a calendar day such as an expiry or a due date. */
export function formatDay(isoDate: string | null | undefined): string {
  return isoDate ? dayFormat.format(parseISO(isoDate)) : '—';
}

/** The day an instant fell on, on this computer's calendar: "approved on Dec 2, 2026". */
export function formatDayOf(isoDateTime: string): string {
  return dayFormat.format(new Date(isoDateTime));
}

/** "Wednesday, December 2, 2026": the day a screen is about. */
export function formatFullDay(isoDate: string): string {
  return fullDayFormat.format(parseISO(isoDate));
}

/** An instant, such as when something was saved or decided, on this computer's clock. */
export function formatInstant(isoDateTime: string | null | undefined): string {
  return isoDateTime ? instantFormat.format(new Date(isoDateTime)) : '—';
}
