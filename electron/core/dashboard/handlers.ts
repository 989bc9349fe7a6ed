// The dashboard's one channel: what needs the director today, counted by the features' own read handlers so each
// figure means exactly what its screen shows (the same "today", the same bands, the same rules).
import type { Attention } from '../../../shared/contract/dashboard';
import { contract, type ChannelName, type InputOf } from '../../../shared/contract';
import type { CoreContext } from '../context';
import type { Handlers, HandlersFor } from '../ipc/handlers';
import { reappointmentNoticeDays } from '../../../shared/domain/reappointment';
import { organisationCalendar } from '../settings/today';

/** The read handlers the dashboard counts with. */
type Reads = Pick<
  Handlers,
  'credentials.expirations' | 'verifications.needed' | 'staff.reappointments' | 'evaluations.due' | 'policies.list' | 'meetings.list'
  | 'actions.list' | 'measures.scorecard' | 'risks.list' | 'training.matrix' | 'training.cmeShortfalls'
  | 'suspensions.current' | 'suspensions.unrecordedLapses'
  | 'screening.matches' | 'screening.overdue' | 'npdb.due'
>;

const upcomingShown = 4;
const dueSoonDays = 30;

export function dashboardHandlers(ctx: CoreContext, reads: Reads): HandlersFor<'dashboard.attention'> {
  const calendar = organisationCalendar(ctx);
  /** Calls a feature's handler with its input parsed as IPC would (defaults filled in). */
  const read = <C extends keyof Reads>(channel: C, input: InputOf<C>) =>
    reads[channel](contract[channel as ChannelName].input.parse(input) as never) as ReturnType<Reads[C]>;

  return {
    'dashboard.attention': async (): Promise<Attention> => {
      const today = calendar.today();
      const now = ctx.now().toISOString();
      const expiringSoonDays = soonBand(calendar.settings().credentialWarningDays);
      const expirations = await read('credentials.expirations', { withinDays: expiringSoonDays, includeExpired: true });
      const expired = expirations.rows.filter((r) => r.status.state === 'expired');
      const reappointments = await read('staff.reappointments', { withinDays: reappointmentNoticeDays });
      const evaluations = await read('evaluations.due', { withinDays: dueSoonDays });
      const meetings = await read('meetings.list', {});
      const { rows: openActions } = await read('actions.list', { status: 'open' });
      const { counts: policies } = await read('policies.list', { limit: 1 });
      const { counts: quality } = await read('measures.scorecard', { status: 'off-track' });
      const { rows: risks } = await read('risks.list', { show: 'attention' });
      const matrix = await read('training.matrix', {});
      const cmeShortfalls = await read('training.cmeShortfalls', { withinDays: reappointmentNoticeDays });
      const confirmed = await read('screening.matches', { status: 'confirmed' });
      return {
        today,
        credentials: {
          expired: expired.length,
          expiringSoon: expirations.rows.length - expired.length,
          expiringSoonDays,
          suspendedPractitioners: new Set(expired.filter((r) => r.status.suspends === 'all-privileges').map((r) => r.staffId)).size,
          prescribingSuspendedPractitioners: new Set(expired.filter((r) => r.status.suspends === 'controlled-substance-prescribing').map((r) => r.staffId)).size,
          needsVerification: (await read('verifications.needed', { limit: 1 })).total,
        },
        suspensions: {
          practitionersSuspended: new Set((await read('suspensions.current', {})).map((s) => s.staffId)).size,
          unrecordedLapses: (await read('suspensions.unrecordedLapses', {})).length,
        },
        reappointments: countLateAndSoon(reappointments.map((r) => r.daysLeft), reappointmentNoticeDays),
        evaluations: countLateAndSoon(evaluations.map((e) => e.daysLeft), dueSoonDays),
        policies: {
          reviewOverdue: policies.overdue,
          reviewDueSoon: policies['review-due'] - policies.overdue,
          inReview: policies['in-review'],
          drafts: policies.drafts,
        },
        meetings: {
          upcoming: meetings.filter((m) => m.startsAt >= now).slice(0, upcomingShown),
          openActionItems: openActions.length,
          overdueActionItems: openActions.filter((a) => a.overdue).length,
        },
        quality: { offTrack: quality['off-track'] ?? 0, atRisk: quality['at-risk'] ?? 0 },
        risks: { escalated: risks.filter((r) => r.escalated).length, reviewDue: risks.filter((r) => r.reviewDue).length, attention: risks.length },
        training: {
          peopleOverdue: matrix.rows.filter((r) => r.cells.includes('O')).length,
          overdueAssignments: matrix.rows.reduce((n, r) => n + r.cells.split('O').length - 1, 0),
          cmeShortfalls: cmeShortfalls.length,
          cmeWithinDays: reappointmentNoticeDays,
        },
        screening: {
          possibleMatches: (await read('screening.matches', { status: 'possible' })).length,
          confirmedExclusions: confirmed.length,
          screeningOverdue: (await read('screening.overdue', {})).length,
          npdbDue: (await read('npdb.due', { withinDays: dueSoonDays })).length,
          npdbWithinDays: dueSoonDays,
        },
      };
    },
  };
}

/** The reminder band a director acts on first: 30 days where it is a band, else the nearest band above it, else the widest. */
function soonBand(warningDays: readonly number[]): number {
  const sorted = [...warningDays].sort((a, b) => a - b);
  return sorted.find((d) => d >= dueSoonDays) ?? sorted[sorted.length - 1] ?? dueSoonDays;
}

function countLateAndSoon(daysLeft: readonly number[], withinDays: number) {
  const overdue = daysLeft.filter((d) => d < 0).length;
  return { overdue, dueSoon: daysLeft.length - overdue, withinDays };
}
