// What the dashboard's tiles say: one pure mapping from the core's figures to words, a tone and where each leads.
import type { BadgeTone } from '../../ui';
import { plural } from '../staff/format';
import { expirationsHash } from '../staff/expirations/filters';
import { libraryHash } from '../policies/policies-view';
import { actionItemsHash } from '../meetings/actions/filters';
import { hashWithQuery } from '../../app/hash-query';
import { risksHash } from '../planning/risks/filters';
import { suspensionsHash } from '../suspensions/SuspensionsView';
import { screeningHash } from '../staff/screening/filters';
import type { Attention } from './store';

export interface AttentionTile {
  key: string;
  title: string;
  figure: number;
  /** The state in words, so the tone is never the only signal. */
  state: string;
  tone: BadgeTone;
  detail: string;
  /** The list behind the figure. */
  href: string;
}

function lateOrSoon(overdue: number, dueSoon: number): Pick<AttentionTile, 'state' | 'tone'> {
  if (overdue > 0) return { state: `${overdue.toLocaleString('en-US')} overdue`, tone: 'danger' };
  if (dueSoon > 0) return { state: 'Due soon', tone: 'warning' };
  return { state: 'All clear', tone: 'success' };
}

/** A tile for things with due dates: the figure is all that is late or due, the words split the two. */
function dueTile(key: string, title: string, overdue: number, dueSoon: number, soon: string, href: string): AttentionTile {
  const n = (count: number) => count.toLocaleString('en-US');
  return { key, title, figure: overdue + dueSoon, ...lateOrSoon(overdue, dueSoon), detail: `${n(overdue)} overdue · ${n(dueSoon)} due ${soon}`, href };
}

export function attentionTiles(a: Attention): AttentionTile[] {
  const { credentials: c, suspensions: su, reappointments: r, evaluations: e, policies: p, meetings: m, quality: q, risks, training: t, screening: x } = a;
  return [
    {
      key: 'lapsed',
      title: 'Lapsed credentials',
      figure: c.expired,
      ...(c.expired > 0 ? { state: 'Expired', tone: 'danger' as const } : { state: 'None lapsed', tone: 'success' as const }),
      detail: c.suspendedPractitioners + c.prescribingSuspendedPractitioners > 0
        ? `${plural(c.suspendedPractitioners, 'practitioner')} with privileges suspended, ${c.prescribingSuspendedPractitioners.toLocaleString('en-US')} with prescribing suspended`
        : 'No privileges or prescribing suspended',
      href: expirationsHash({ show: 'lapsed' }),
    },
    {
      key: 'suspensions',
      title: 'Lapses to record as suspensions',
      figure: su.unrecordedLapses,
      ...(su.unrecordedLapses > 0 ? { state: 'To record', tone: 'danger' as const } : { state: 'All recorded', tone: 'success' as const }),
      detail: `${plural(su.practitionersSuspended, 'practitioner')} suspended on record`,
      href: suspensionsHash('unrecorded'),
    },
    {
      key: 'expiring',
      title: `Expiring within ${c.expiringSoonDays} days`,
      figure: c.expiringSoon,
      ...(c.expiringSoon > 0 ? { state: 'Renew soon', tone: 'warning' as const } : { state: 'All clear', tone: 'success' as const }),
      detail: 'Licences, registrations, certifications and insurance',
      href: expirationsHash({ show: 'expiring', withinDays: c.expiringSoonDays }),
    },
    {
      key: 'verification',
      title: 'Awaiting verification',
      figure: c.needsVerification,
      ...(c.needsVerification > 0 ? { state: 'To verify', tone: 'warning' as const } : { state: 'All verified', tone: 'success' as const }),
      detail: 'Never verified, renewed past what was verified, a failed check, or due again before reappointment',
      href: '#/staff/verification',
    },
    dueTile('reappointments', 'Reappointments', r.overdue, r.dueSoon, `within ${r.withinDays} days`, '#/staff/reappointments'),
    dueTile('evaluations', 'FPPE, OPPE and privilege end dates', e.overdue, e.dueSoon, `within ${e.withinDays} days`, '#/staff/evaluations'),
    dueTile('reviews', 'Policy reviews', p.reviewOverdue, p.reviewDueSoon, 'soon', libraryHash('review-due')),
    {
      key: 'approvals',
      title: 'Policies in review',
      figure: p.inReview,
      ...(p.inReview > 0 ? { state: 'Awaiting approval', tone: 'info' as const } : { state: 'None waiting', tone: 'success' as const }),
      detail: `${plural(p.drafts, 'draft')} being written`,
      href: libraryHash('in-review'),
    },
    {
      key: 'actions',
      title: 'Open action items',
      figure: m.openActionItems,
      ...lateOrSoon(m.overdueActionItems, m.openActionItems - m.overdueActionItems),
      detail: m.overdueActionItems > 0 ? `${m.overdueActionItems.toLocaleString('en-US')} past their due date` : 'None past its due date',
      href: actionItemsHash({ status: 'open' }),
    },
    {
      key: 'off-track',
      title: 'Measures off track',
      figure: q.offTrack,
      ...(q.offTrack > 0 ? { state: 'Off track', tone: 'danger' as const } : { state: 'None off track', tone: 'success' as const }),
      detail: `Missing the target two periods running with an adverse signal · ${q.atRisk.toLocaleString('en-US')} at risk`,
      href: hashWithQuery('#/planning', { status: 'off-track' }),
    },
    {
      key: 'risks',
      title: 'Risks escalated or due',
      figure: risks.attention,
      ...(risks.escalated > 0
        ? { state: `${risks.escalated.toLocaleString('en-US')} escalated`, tone: 'danger' as const }
        : risks.reviewDue > 0 ? { state: 'Review due', tone: 'warning' as const } : { state: 'All clear', tone: 'success' as const }),
      detail: `${risks.escalated.toLocaleString('en-US')} with a residual score of 15 or more · ${risks.reviewDue.toLocaleString('en-US')} due for review`,
      href: risksHash({ show: 'attention' }),
    },
    {
      key: 'training',
      title: 'Overdue training',
      figure: t.peopleOverdue,
      ...(t.peopleOverdue > 0 ? { state: `${plural(t.peopleOverdue, 'person', 'people')} overdue`, tone: 'danger' as const } : { state: 'All current', tone: 'success' as const }),
      detail: `${plural(t.overdueAssignments, 'requirement')} past due and grace`,
      href: '#/training?show=overdue',
    },
    {
      key: 'cme',
      title: 'CME short before reappointment',
      figure: t.cmeShortfalls,
      ...(t.cmeShortfalls > 0 ? { state: 'Short of CME', tone: 'warning' as const } : { state: 'All on track', tone: 'success' as const }),
      detail: `Physicians whose reappointment falls within ${t.cmeWithinDays} days`,
      href: '#/training/cme',
    },
    {
      key: 'exclusion-matches',
      title: 'Exclusion list matches',
      figure: x.possibleMatches,
      ...(x.possibleMatches > 0 ? { state: 'To clear or confirm', tone: 'warning' as const } : { state: 'None waiting', tone: 'success' as const }),
      detail: 'Listed by NPI, or by name with date of birth',
      href: screeningHash('possible'),
    },
    {
      key: 'excluded',
      title: 'Confirmed exclusions',
      figure: x.confirmedExclusions,
      ...(x.confirmedExclusions > 0 ? { state: 'Excluded', tone: 'danger' as const } : { state: 'None', tone: 'success' as const }),
      detail: 'Federal programs will not pay for their services',
      href: screeningHash('confirmed'),
    },
    {
      key: 'screening-overdue',
      title: 'Exclusion screening overdue',
      figure: x.screeningOverdue,
      ...(x.screeningOverdue > 0 ? { state: 'Not screened this month', tone: 'warning' as const } : { state: 'All screened', tone: 'success' as const }),
      detail: 'Active practitioners, screened monthly against the LEIE',
      href: screeningHash('overdue'),
    },
    {
      key: 'npdb',
      title: 'NPDB queries due',
      figure: x.npdbDue,
      ...(x.npdbDue > 0 ? { state: 'Query due', tone: 'warning' as const } : { state: 'All current', tone: 'success' as const }),
      detail: `At appointment and every 2 years · due within ${x.npdbWithinDays} days or late`,
      href: '#/staff/npdb',
    },
  ];
}
