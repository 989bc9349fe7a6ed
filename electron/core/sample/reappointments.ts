// The sample hospital's reappointments in progress: practitioners due or overdue, each carried to a different step —
// application received, department chair, Credentials Committee, MEC — so the slates of the next meetings have rows.
import { addDays, todayIn } from '../../../shared/domain/calendar-day';
import { reappointmentStatus } from '../../../shared/domain/reappointment';
import { reappointmentEntity } from '../reappointments/entities';
import { organisationCalendar } from '../settings/today';
import type { SampleStep } from './hospital';
import { sampleTimeZone } from './hospital-data';

export const reappointmentsStep: SampleStep = (ctx, plan) => {
  const { db, store } = ctx;
  const { random } = plan;
  const today = todayIn(sampleTimeZone, plan.today);
  const cycleYears = organisationCalendar(ctx).settings().reappointmentCycleYears;
  const appointed = db.prepare(`SELECT id, appointment_category AS appointmentCategory, appointment_start AS appointmentStart, appointment_end AS appointmentEnd
    FROM staff WHERE status <> 'inactive' AND appointment_start IS NOT NULL ORDER BY family_name, given_name, id`).all() as { id: string; appointmentCategory: string | null; appointmentStart: string | null; appointmentEnd: string | null }[];
  const privilegesOf = db.prepare("SELECT name FROM privileges WHERE staff_id = ? AND status IN ('granted', 'provisional') ORDER BY is_core DESC, name").pluck();
  // The last two held meetings of a committee kind, most recent first, as days in the sample's time zone.
  const heldMeetings = (kind: string) =>
    (db.prepare(`SELECT m.id, m.starts_at AS startsAt FROM meetings m JOIN committees c ON c.id = m.committee_id
      WHERE c.kind = ? AND m.starts_at < ? ORDER BY m.starts_at DESC LIMIT 2`).all(kind, plan.today.toISOString()) as { id: string; startsAt: string }[])
      .map((m) => ({ id: m.id, day: todayIn(sampleTimeZone, new Date(m.startsAt)) }));
  const [lastCredentials, earlierCredentials] = heldMeetings('credentials');
  const [lastMec] = heldMeetings('medical-executive');
  if (!lastCredentials || !earlierCredentials || !lastMec) return;

  const due = appointed
    .map((a) => ({ ...a, status: reappointmentStatus(a, today, cycleYears) }))
    .filter((a) => a.status.state === 'overdue' || a.status.state === 'due-soon')
    .slice(0, 10);

  due.forEach((a, index) => {
    const stage = index % 5;
    // Stage 4 is left without an application: an overdue file with every step missing.
    if (stage === 4) return;
    const favourable = random.chance(0.8) ? 'favourable' : 'with-conditions';
    const committeeDay = stage === 3 ? earlierCredentials.day : lastCredentials.day;
    const received = stage <= 1 ? addDays(today, -random.int(25, 40)) : addDays(committeeDay, -random.int(30, 45));
    const chairOn = stage === 0 ? null : stage === 1 ? addDays(received, random.int(7, 14)) : addDays(committeeDay, -random.int(5, 14));
    store.insert(reappointmentEntity, {
      staffId: a.id, dueOn: a.status.dueOn, status: 'open', categoryRequested: a.appointmentCategory, privilegesRequested: privilegesOf.all(a.id) as string[],
      applicationReceivedOn: received,
      chairOn, chairOutcome: chairOn ? favourable : null, chairNote: null,
      ...(stage >= 2 ? { committeeOn: committeeDay, committeeOutcome: favourable, committeeMeetingId: stage === 3 ? earlierCredentials.id : lastCredentials.id } : {}),
      ...(stage >= 3 ? { mecOn: lastMec.day, mecOutcome: favourable, mecMeetingId: lastMec.id } : {}),
    }, random.uuid());
  });
};
