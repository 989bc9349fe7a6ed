// A practitioner's reappointment carried step by step: the application received, the department chair, the
// Credentials Committee, the MEC and the board. The board's decision closes the cycle and renews the appointment.
import type { ReappointmentFile, ReappointmentProcess, MissingPiece } from '../../../shared/contract/reappointments';
import { addYears, daysBetween } from '../../../shared/domain/calendar-day';
import { displayName } from '../../../shared/domain/names';
import { reappointmentStatus } from '../../../shared/domain/reappointment';
import {
  missingSteps, notStarted, progressOf, stepLabels, stepRefusal, type DecidedStep, type ReappointmentProgress, type StepOutcome,
} from '../../../shared/domain/reappointment-process';
import type { CoreContext } from '../context';
import { credentialsRepository } from '../credentials/repository';
import { rowToFields } from '../db/entity';
import { AppError, notFound } from '../errors';
import { organisationCalendar } from '../settings/today';
import { staffEntity } from '../staff/entities';
import { staffRepository } from '../staff/repository';
import { reappointmentEntity } from './entities';

/** The one step a record names, with the meeting and motion when a committee's motion decided it. */
export interface StepEntry {
  step: DecidedStep;
  on: string;
  outcome: StepOutcome;
  note: string | null;
  meetingId?: string | null;
  motionId?: string | null;
}

type Row = ReturnType<typeof rowToFields> & Record<string, unknown>;

function toProcess(row: Row): ReappointmentProcess {
  const step = (name: DecidedStep) => ({
    on: (row[`${name}On`] as string | null) ?? null,
    outcome: (row[`${name}Outcome`] as StepOutcome | null) ?? null,
    note: (row[`${name}Note`] as string | null) ?? null,
    meetingId: name === 'chair' ? null : ((row[`${name}MeetingId`] as string | null) ?? null),
    motionId: name === 'chair' ? null : ((row[`${name}MotionId`] as string | null) ?? null),
  });
  return {
    id: row.id, staffId: row.staffId as string, dueOn: row.dueOn as string, status: row.status as ReappointmentProcess['status'],
    categoryRequested: (row.categoryRequested as ReappointmentProcess['categoryRequested']) ?? null,
    privilegesRequested: (row.privilegesRequested as string[] | null) ?? [], applicationReceivedOn: row.applicationReceivedOn as string,
    chair: step('chair'), committee: step('committee'), mec: step('mec'), board: step('board'), updatedAt: row.updatedAt as string,
  };
}

export function reappointmentProcesses(ctx: CoreContext) {
  const { db, store } = ctx;
  const calendar = organisationCalendar(ctx);
  const staff = staffRepository(ctx);
  const credentials = credentialsRepository(ctx);
  const byId = db.prepare('SELECT * FROM reappointments WHERE id = ?');
  const openRows = db.prepare("SELECT * FROM reappointments WHERE status = 'open' ORDER BY due_on");
  const openOf = db.prepare("SELECT * FROM reappointments WHERE staff_id = ? AND status = 'open'");
  const staffOf = db.prepare(`SELECT s.id, s.given_name AS givenName, s.family_name AS familyName, s.degree, s.status, s.appointment_category AS appointmentCategory,
      s.appointment_start AS appointmentStart, s.appointment_end AS appointmentEnd, d.name AS departmentName
    FROM staff s JOIN departments d ON d.id = s.department_id WHERE s.id = ?`);
  const heldPrivileges = db.prepare("SELECT name FROM privileges WHERE staff_id = ? AND status IN ('granted', 'provisional') ORDER BY is_core DESC, name COLLATE NOCASE").pluck();
  // The latest FPPE/OPPE with an outcome, on or before a day: read as the evaluations record it, not re-judged here.
  const latestEvaluation = db.prepare(`SELECT kind, outcome, completed_on AS completedOn FROM evaluations
    WHERE staff_id = ? AND completed_on IS NOT NULL AND completed_on <= ? AND outcome <> 'pending' ORDER BY completed_on DESC, id LIMIT 1`);

  type StaffFacts = { id: string; givenName: string; familyName: string; degree: string | null; status: string; appointmentCategory: ReappointmentFile['appointmentCategory']; appointmentStart: string | null; appointmentEnd: string | null; departmentName: string };

  function get(id: string): ReappointmentProcess {
    const row = byId.get(id) as Record<string, unknown> | undefined;
    if (!row) throw notFound('This reappointment');
    return toProcess(rowToFields(reappointmentEntity, row) as Row);
  }

  /** The practitioner's credentials the verification queue still holds: its rules, called, not copied. */
  function unverifiedByStaff(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const row of credentials.needingVerification(Number.MAX_SAFE_INTEGER).rows) counts.set(row.staffId, (counts.get(row.staffId) ?? 0) + 1);
    return counts;
  }

  function evaluationOn(staffId: string, asOf: string): { kind: string; outcome: string; completedOn: string } | undefined {
    return latestEvaluation.get(staffId, asOf) as { kind: string; outcome: string; completedOn: string } | undefined;
  }

  /** Steps with no date yet, credentials still to verify, and no FPPE/OPPE outcome during the appointment. */
  function missingFor(staffId: string, appointmentStart: string | null, progress: ReappointmentProgress, unverified: Map<string, number>, today: string): MissingPiece[] {
    const missing: MissingPiece[] = missingSteps(progress).map((step) => ({ code: 'step', step, text: `${stepLabels[step]}: not yet recorded` }));
    const toVerify = unverified.get(staffId) ?? 0;
    if (toVerify > 0) missing.push({ code: 'verification', step: null, text: `Verification incomplete: ${toVerify} credential${toVerify === 1 ? '' : 's'} in the verification queue` });
    const evaluation = evaluationOn(staffId, today);
    if (!evaluation || (appointmentStart && evaluation.completedOn < appointmentStart)) {
      missing.push({ code: 'evaluation', step: null, text: 'No FPPE/OPPE outcome recorded during this appointment' });
    }
    return missing;
  }

  function start(input: { staffId: string; applicationReceivedOn: string; categoryRequested?: string | null | undefined; privilegesRequested?: string[] | undefined }): ReappointmentProcess {
    return store.transaction(() => {
      const member = staffOf.get(input.staffId) as StaffFacts | undefined;
      if (!member) throw notFound('This staff member');
      const today = calendar.today();
      const status = reappointmentStatus(member, today, calendar.settings().reappointmentCycleYears, Number.MAX_SAFE_INTEGER);
      if (!status.dueOn) throw new AppError('INVALID_INPUT', `${displayName(member)} holds no appointment to renew: record the appointment start first.`);
      if (member.status === 'inactive') throw new AppError('INVALID_INPUT', `${displayName(member)}’s appointment has ended; a new application is an initial appointment, not a reappointment.`);
      if (openOf.get(input.staffId)) throw new AppError('CONFLICT', `${displayName(member)}’s reappointment is already in progress.`);
      if (input.applicationReceivedOn > today) {
        throw new AppError('INVALID_INPUT', `The application cannot be dated ${input.applicationReceivedOn}: that is after today (${today}).`, [{ path: 'applicationReceivedOn', message: `After today (${today})` }]);
      }
      const id = store.insert(reappointmentEntity, {
        staffId: input.staffId, dueOn: status.dueOn, status: 'open', categoryRequested: input.categoryRequested ?? member.appointmentCategory ?? null,
        privilegesRequested: input.privilegesRequested ?? (heldPrivileges.all(input.staffId) as string[]), applicationReceivedOn: input.applicationReceivedOn,
      });
      return get(id);
    });
  }

  /**
   * Records one step, refusing one out of order, dated before the step it follows or after today (the sentence says
   * which). The board's decision closes the cycle; a favourable one renews the appointment from the decision's day
   * for the bylaws' cycle, in the category requested.
   */
  function recordStep(id: string, entry: StepEntry): ReappointmentProcess {
    return store.transaction(() => {
      const current = get(id);
      if (current.status !== 'open') throw new AppError('CONFLICT', `This reappointment is closed (${current.status}); nothing more is recorded on it.`);
      const refusal = stepRefusal(progressOf(current), entry.step, entry.on, calendar.today());
      if (refusal) throw new AppError('INVALID_INPUT', refusal, [{ path: 'on', message: refusal }]);
      const committeeStep = entry.step !== 'chair';
      store.update(reappointmentEntity, id, {
        [`${entry.step}On`]: entry.on, [`${entry.step}Outcome`]: entry.outcome, [`${entry.step}Note`]: entry.note,
        ...(committeeStep ? { [`${entry.step}MeetingId`]: entry.meetingId ?? null, [`${entry.step}MotionId`]: entry.motionId ?? null } : {}),
      });
      if (entry.step === 'board') {
        const approved = entry.outcome !== 'unfavourable';
        store.update(reappointmentEntity, id, { status: approved ? 'approved' : 'denied' });
        if (approved) {
          const cycle = calendar.settings().reappointmentCycleYears;
          store.update(staffEntity, current.staffId, {
            appointmentStart: entry.on, appointmentEnd: addYears(entry.on, cycle), ...(current.categoryRequested ? { appointmentCategory: current.categoryRequested } : {}),
          });
        }
      }
      return get(id);
    });
  }

  /** Everyone due within `withinDays` or overdue, with the reappointment in progress if any, and what each still lacks. */
  function list(withinDays: number): { today: string; rows: ReappointmentFile[] } {
    const today = calendar.today();
    const unverified = unverifiedByStaff();
    const open = new Map((openRows.all() as Record<string, unknown>[]).map((r) => {
      const p = toProcess(rowToFields(reappointmentEntity, r) as Row);
      return [p.staffId, p];
    }));
    const rows: ReappointmentFile[] = [];
    for (const due of staff.reappointments(withinDays)) {
      const process = open.get(due.staffId) ?? null;
      const member = staffOf.get(due.staffId) as StaffFacts;
      const dueOn = process?.dueOn ?? due.dueOn;
      rows.push({
        staffId: due.staffId, staffName: due.staffName, departmentName: due.departmentName, appointmentCategory: due.appointmentCategory, dueOn,
        daysLeft: daysBetween(today, dueOn), state: due.state, process,
        missing: missingFor(due.staffId, member.appointmentStart, process ? progressOf(process) : notStarted, unverified, today),
      });
    }
    return { today, rows: rows.sort((a, b) => a.daysLeft - b.daysLeft || a.staffName.localeCompare(b.staffName)) };
  }

  return { get, start, recordStep, list, evaluationOn, unverifiedByStaff, staffOf: (id: string) => staffOf.get(id) as StaffFacts | undefined };
}
