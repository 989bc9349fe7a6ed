// The recommendation slate a Credentials Committee, MEC or board meeting acts on: one row per applicant whose file
// reached it, as it stood on the meeting's day; and the motion on it, which records each applicant's step.
import type { Slate, SlateRow } from '../../../shared/contract/reappointments';
import { appointmentCategoryLabels } from '../../../shared/domain/appointment-categories';
import { displayName } from '../../../shared/domain/names';
import {
  outcomeLabel, previousStep, slateStepOf, stepLabels, type DecidedStep, type StepOutcome,
} from '../../../shared/domain/reappointment-process';
import type { CoreContext } from '../context';
import { rowToFields } from '../db/entity';
import { AppError, notFound } from '../errors';
import { decisionDateOf } from '../meetings/motion-authority';
import { reappointmentEntity } from './entities';
import { reappointmentProcesses } from './process';

const evaluationOutcomeNames: Record<string, string> = { satisfactory: 'satisfactory', 'needs-improvement': 'needs improvement', extended: 'extended', 'privileges-revised': 'privileges revised' };

// Column names per step, from a fixed list: never from input.
const columns = { chair: 'chair_on', committee: 'committee_on', mec: 'mec_on', board: 'board_on' } as const;

export function recommendationSlate(ctx: CoreContext) {
  const { db } = ctx;
  const processes = reappointmentProcesses(ctx);
  const meetingOf = db.prepare(`SELECT m.id, m.starts_at AS startsAt, m.time_zone AS timeZone, c.kind AS committeeKind, c.name AS committeeName
    FROM meetings m JOIN committees c ON c.id = m.committee_id WHERE m.id = ?`);
  const onSlate = Object.fromEntries(
    (['committee', 'mec', 'board'] as const).map((step) => {
      const before = columns[previousStep(step) as DecidedStep];
      // On the slate: the step before was taken by the meeting's day, and this one not before it (taken at this meeting
      // or later, or not yet), in a cycle the board had not already closed by then.
      return [step, db.prepare(`SELECT r.* FROM reappointments r JOIN staff s ON s.id = r.staff_id
        WHERE r.status <> 'withdrawn' AND r.${before} IS NOT NULL AND r.${before} <= @asOf
          AND (r.${columns[step]} IS NULL OR r.${columns[step]} >= @asOf) AND (r.board_on IS NULL OR r.board_on >= @asOf)
        ORDER BY s.family_name COLLATE NOCASE, s.given_name COLLATE NOCASE`)];
    }),
  );

  type MeetingFacts = { id: string; startsAt: string; timeZone: string; committeeKind: string; committeeName: string };

  function meetingFacts(meetingId: string): MeetingFacts & { step: 'committee' | 'mec' | 'board'; asOf: string } {
    const m = meetingOf.get(meetingId) as MeetingFacts | undefined;
    if (!m) throw notFound('This meeting');
    const step = slateStepOf(m.committeeKind);
    if (!step) throw new AppError('INVALID_INPUT', 'The recommendation slate goes on the agenda of the Credentials Committee, the MEC or the board.', [{ path: 'link', message: 'Link it on a credentials, MEC or board agenda' }]);
    return { ...m, step, asOf: decisionDateOf(m).day };
  }

  function build(meetingId: string): Slate {
    const m = meetingFacts(meetingId);
    const before = previousStep(m.step) as DecidedStep;
    const unverified = processes.unverifiedByStaff();
    const rows: SlateRow[] = (onSlate[m.step]!.all({ asOf: m.asOf }) as Record<string, unknown>[]).map((raw) => {
      const p = rowToFields(reappointmentEntity, raw) as Record<string, unknown> & { id: string };
      const member = processes.staffOf(p.staffId as string)!;
      const evaluation = processes.evaluationOn(member.id, m.asOf);
      const recommended = p[`${before}Outcome`] as StepOutcome | null;
      const decided = p[`${m.step}On`] === m.asOf ? (p[`${m.step}Outcome`] as StepOutcome | null) : null;
      return {
        reappointmentId: p.id, staffId: member.id, practitioner: displayName(member), department: member.departmentName,
        category: appointmentCategoryLabels[p.categoryRequested as keyof typeof appointmentCategoryLabels] ?? '—', privileges: (p.privilegesRequested as string[] | null) ?? [],
        evaluation: evaluation ? `${evaluation.kind.toUpperCase()} ${evaluationOutcomeNames[evaluation.outcome] ?? evaluation.outcome}, ${evaluation.completedOn}` : 'None recorded',
        verificationComplete: !unverified.has(member.id),
        recommendation: recommended ? `${stepLabels[before]}: ${outcomeLabel(before, recommended)}` : `${stepLabels[before]}: no outcome`,
        recommendationOutcome: recommended, decision: decided ? outcomeLabel(m.step, decided) : null,
      };
    });
    return { meetingId: m.id, asOf: m.asOf, step: m.step, committeeName: m.committeeName, rows };
  }

  /**
   * A carried motion on the slate records this meeting's step for every applicant on it not yet decided: the
   * recommendation brought to it, or the exception the motion names, dated by the meeting's day, not the day typed.
   */
  function decide(meetingId: string, motionId: string, exceptions: { reappointmentId: string; outcome: StepOutcome; note?: string | undefined }[]): void {
    const slate = build(meetingId);
    const pending = slate.rows.filter((r) => r.decision === null);
    const byId = new Map(exceptions.map((x) => [x.reappointmentId, x]));
    for (const id of byId.keys()) {
      if (!pending.some((r) => r.reappointmentId === id)) throw new AppError('INVALID_INPUT', 'An exception names an applicant who is not on this meeting’s slate (or already decided).');
    }
    for (const row of pending) {
      const exception = byId.get(row.reappointmentId);
      const outcome = exception?.outcome ?? row.recommendationOutcome;
      if (!outcome) throw new AppError('INVALID_INPUT', `${row.practitioner} comes with no recommendation: name the outcome for them in the motion.`);
      processes.recordStep(row.reappointmentId, { step: slate.step, on: slate.asOf, outcome, note: exception?.note ?? null, meetingId, motionId });
    }
  }

  return { build, decide, meetingFacts };
}
