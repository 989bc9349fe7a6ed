// CME per practitioner per licence cycle: the cycle is the state licence's issue to expiry (the licence in force on the
// day, in a state the director has a profile for), the credits are the practitioner's completions inside it.
import type { CmeSummary } from '../../../shared/contract/training';
import { cmeRollup, creditTypes, type CmeCredit, type CreditType } from '../../../shared/domain/cme';
import { addDays } from '../../../shared/domain/calendar-day';
import { displayName } from '../../../shared/domain/names';
import { reappointmentStatus } from '../../../shared/domain/reappointment';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { organisationCalendar } from '../settings/today';
import { trainingCatalogue } from './catalogue';

export function trainingCme(ctx: CoreContext) {
  const { db } = ctx;
  const calendar = organisationCalendar(ctx);
  const catalogue = trainingCatalogue(ctx);
  const person = db.prepare(`SELECT s.id, s.given_name AS givenName, s.family_name AS familyName, s.degree, s.appointment_start AS appointmentStart,
    s.appointment_end AS appointmentEnd, r.kind AS roleKind FROM staff s JOIN roles r ON r.id = s.role_id WHERE s.id = ?`);
  // Licences in force on the day, latest expiry first; the first in a state with a profile is the state of practice.
  const licences = db.prepare(`SELECT upper(jurisdiction) AS state, issued_on AS issuedOn, expires_on AS expiresOn FROM credentials
    WHERE staff_id = ? AND type = 'state-license' AND issued_on IS NOT NULL AND expires_on IS NOT NULL AND issued_on <= ? ORDER BY expires_on DESC`);
  const credits = db.prepare(`SELECT t.completed_on AS completedOn, t.credits, t.credit_type AS creditType, c.topics FROM training_completions t
    JOIN training_courses c ON c.id = t.course_id WHERE t.staff_id = ? AND t.completed_on BETWEEN ? AND ?`);
  // State CME profiles are written for physicians (MD, DO); other licences have their own continuing-education rules.
  const appointedPhysicians = db.prepare(`SELECT s.id FROM staff s JOIN roles r ON r.id = s.role_id AND r.kind = 'physician'
    WHERE s.status <> 'inactive' AND s.appointment_start IS NOT NULL
    AND EXISTS (SELECT 1 FROM credentials c WHERE c.staff_id = s.id AND c.type = 'state-license')`).pluck();

  function summary(staffId: string, asOf = calendar.today()): CmeSummary {
    const p = person.get(staffId) as { id: string; givenName: string; familyName: string; degree: string | null; appointmentStart: string | null; appointmentEnd: string | null; roleKind: string } | undefined;
    if (!p) throw notFound('This staff member');
    const profiles = new Map(catalogue.cmeProfiles().map((x) => [x.state, x]));
    const reappointment = reappointmentStatus(p, asOf, calendar.settings().reappointmentCycleYears);
    const base = {
      staffId, staffName: displayName(p), byCategory: [], total: 0, category1: 0, required: null, topics: [], shortfall: null, short: false,
      reappointmentDue: reappointment.dueOn, cycleStart: null, cycleEnd: null,
    };
    if (p.roleKind !== 'physician') return { ...base, state: null, missing: 'The state CME profiles are for physicians; this role keeps its own continuing education' };
    const held = licences.all(staffId, asOf) as { state: string | null; issuedOn: string; expiresOn: string }[];
    if (held.length === 0) return { ...base, state: null, missing: 'No state licence with issue and expiry dates on file' };
    const licence = held.find((l) => l.state && profiles.has(l.state));
    if (!licence) return { ...base, state: held[0]!.state, missing: `No CME profile for ${held[0]!.state ?? 'the licence state'}: add one under Training → CME` };
    const profile = profiles.get(licence.state!)!;
    const earned = (credits.all(staffId, licence.issuedOn, licence.expiresOn) as { completedOn: string; credits: number; creditType: CreditType; topics: string }[])
      .map((c): CmeCredit => ({ ...c, topics: JSON.parse(c.topics) as string[] }));
    const rollup = cmeRollup(profile, { start: licence.issuedOn, end: licence.expiresOn }, earned);
    return {
      ...base, state: licence.state, missing: null, cycleStart: rollup.cycleStart, cycleEnd: rollup.cycleEnd,
      byCategory: creditTypes.filter((t) => rollup.byCategory[t]).map((t) => ({ creditType: t, credits: rollup.byCategory[t]! })),
      total: rollup.total, category1: rollup.category1, required: { total: profile.totalCredits, category1: profile.category1Minimum },
      topics: rollup.topics, shortfall: rollup.shortfall, short: rollup.short,
    };
  }

  return {
    summary,
    /**
     * Physicians short of CME whose reappointment falls due (or is overdue) within the days given of `asOf`, and whose
     * licence cycle ends within a year (a cycle just begun is short of everything and says nothing yet).
     */
    shortfalls(withinDays: number, asOf = calendar.today()): CmeSummary[] {
      const cycleYears = calendar.settings().reappointmentCycleYears;
      const out: CmeSummary[] = [];
      for (const id of appointedPhysicians.all() as string[]) {
        const p = person.get(id) as { appointmentStart: string | null; appointmentEnd: string | null };
        const due = reappointmentStatus(p, asOf, cycleYears, withinDays);
        if (due.state !== 'due-soon' && due.state !== 'overdue') continue;
        const s = summary(id, asOf);
        // A cycle that renews more than a year out has time to fill: listing it would bury the ones that cannot wait.
        if (s.short && s.cycleEnd && s.cycleEnd <= addDays(asOf, 365)) out.push(s);
      }
      return out.sort((a, b) => (a.reappointmentDue ?? '').localeCompare(b.reappointmentDue ?? '') || a.staffName.localeCompare(b.staffName));
    },
  };
}
