// The director's desk at a glance: what needs attention today across credentials, policies and meetings.
import { z } from 'zod';
import { Empty, IsoDate } from './common';
import { channel } from './define';
import { MeetingRow } from './meetings';

/** How many records are late, and how many fall due within the next `withinDays` days. */
const LateAndSoon = z.object({ overdue: z.number().int(), dueSoon: z.number().int(), withinDays: z.number().int() });

export const Attention = z.object({
  /** The organisation's calendar day the figures were counted on. */
  today: IsoDate,
  credentials: z.object({
    expired: z.number().int(),
    /** Expiring within the last reminder band that is at least 30 days (or the nearest band). */
    expiringSoon: z.number().int(),
    expiringSoonDays: z.number().int(),
    /** Practitioners whose privileges are suspended by a lapsed licence (in a state of practice) or insurance. */
    suspendedPractitioners: z.number().int(),
    /** Practitioners whose controlled-substance prescribing is suspended by a lapsed DEA or state registration. */
    prescribingSuspendedPractitioners: z.number().int(),
    needsVerification: z.number().int(),
  }),
  /** Suspensions recorded and in force (practitioners), and lapses that suspend with no suspension recorded yet. */
  suspensions: z.object({ practitionersSuspended: z.number().int(), unrecordedLapses: z.number().int() }),
  reappointments: LateAndSoon,
  evaluations: LateAndSoon,
  policies: z.object({ reviewOverdue: z.number().int(), reviewDueSoon: z.number().int(), inReview: z.number().int(), drafts: z.number().int() }),
  meetings: z.object({
    /** The next few meetings, soonest first. */
    upcoming: z.array(MeetingRow),
    openActionItems: z.number().int(),
    overdueActionItems: z.number().int(),
  }),
  /** Measures by the status rule, as the scorecard counts them. */
  quality: z.object({ offTrack: z.number().int(), atRisk: z.number().int() }),
  /** Open risks escalated (residual score 15 or more) or due for review today; `attention` counts each risk once. */
  risks: z.object({ escalated: z.number().int(), reviewDue: z.number().int(), attention: z.number().int() }),
  training: z.object({
    /** People with at least one overdue training requirement (the matrix's "People with overdue training"). */
    peopleOverdue: z.number().int(),
    overdueAssignments: z.number().int(),
    /** Physicians short of CME whose reappointment falls due within `cmeWithinDays`. */
    cmeShortfalls: z.number().int(),
    cmeWithinDays: z.number().int(),
  }),
  screening: z.object({
    /** Exclusion list matches waiting to be cleared or confirmed. */
    possibleMatches: z.number().int(),
    /** Matches confirmed: a practitioner on an exclusion list, whom federal programs will not pay for. */
    confirmedExclusions: z.number().int(),
    /** Active practitioners not screened within the last month. */
    screeningOverdue: z.number().int(),
    /** Appointed practitioners whose NPDB query is due within `npdbWithinDays` or late. */
    npdbDue: z.number().int(),
    npdbWithinDays: z.number().int(),
  }),
});
export type Attention = z.infer<typeof Attention>;

export const dashboardContract = {
  'dashboard.attention': channel({
    summary: 'What needs attention today: lapsing credentials, reviews, approvals, evaluations, meetings and action items',
    writes: false,
    input: Empty,
    output: Attention,
  }),
};
