// When a practitioner's reappointment falls due: the bylaws' cycle (2 or 3 years) from the last appointment.
import { addYears, daysBetween } from './calendar-day';

/** How far ahead a reappointment counts as due soon: the file is prepared, and credentials verified again, in this time. */
export const reappointmentNoticeDays = 90;

export type ReappointmentState = 'current' | 'due-soon' | 'overdue' | 'not-appointed';

export interface ReappointmentStatus {
  state: ReappointmentState;
  dueOn: string | null;
  daysLeft: number | null;
}

/** The appointment's recorded end wins; else the start plus the cycle. Due soon within `warnDays`. */
export function reappointmentStatus(
  appointment: { appointmentStart: string | null; appointmentEnd: string | null },
  today: string,
  cycleYears: number,
  warnDays = reappointmentNoticeDays,
): ReappointmentStatus {
  const dueOn = appointment.appointmentEnd ?? (appointment.appointmentStart ? addYears(appointment.appointmentStart, cycleYears) : null);
  if (!dueOn) return { state: 'not-appointed', dueOn: null, daysLeft: null };
  const daysLeft = daysBetween(today, dueOn);
  return { state: daysLeft < 0 ? 'overdue' : daysLeft <= warnDays ? 'due-soon' : 'current', dueOn, daysLeft };
}
