// A year of committee work in the sample hospital: committees with members, monthly and quarterly meetings with
// attendance, minutes, motions and action items, and the next meetings scheduled with full agendas.
import { addDays } from '../../../shared/domain/calendar-day';
import {
  actionItemEntity, agendaItemEntity, attendanceEntity, committeeEntity, committeeMemberEntity, meetingEntity, motionEntity, voteEntity,
} from '../meetings/entities';
import type { SampleStaff, SampleStep } from './hospital';
import { sampleTimeZone } from './hospital-data';

interface CommitteePlan {
  name: string;
  kind: string;
  everyMonths: number;
  /** Hour of the day (Pacific) the meeting starts. */
  hour: number;
  voting: number;
  topics: { title: string; kind: 'information' | 'discussion' | 'decision'; minutes: string; executive?: boolean; link?: 'credential-report' | 'kpi-snapshot' | 'recommendation-slate' }[];
  actions: string[];
}

const plans: readonly CommitteePlan[] = [
  {
    name: 'Medical Executive Committee', kind: 'medical-executive', everyMonths: 1, hour: 7, voting: 7,
    topics: [
      { title: 'Credentials Committee report', kind: 'decision', minutes: 'The chair presented the appointments and reappointments recommended by the Credentials Committee. Discussion followed on one provisional appointment.', executive: true, link: 'recommendation-slate' },
      { title: 'Quality and patient safety dashboard', kind: 'information', minutes: 'Hand hygiene compliance rose to 92%. Sepsis bundle compliance remains below target at 71%; the emergency department will report its improvement plan.', link: 'kpi-snapshot' },
      { title: 'Policy approvals', kind: 'decision', minutes: 'The committee reviewed the revised policies circulated with the packet.' },
      { title: 'Medical staff bylaws review', kind: 'discussion', minutes: 'Members discussed moving reappointment to a three-year cycle as current accreditation standards allow. The bylaws committee will draft language.' },
    ],
    actions: ['Draft bylaws language for a three-year reappointment cycle', 'Report the sepsis improvement plan', 'Circulate the revised peer review policy', 'Confirm proctors for new cardiology privileges'],
  },
  {
    name: 'Credentials Committee', kind: 'credentials', everyMonths: 1, hour: 12, voting: 5,
    topics: [
      { title: 'Initial appointments', kind: 'decision', minutes: 'Files for new applicants were reviewed; all primary-source verifications were complete.', executive: true, link: 'credential-report' },
      { title: 'Reappointments', kind: 'decision', minutes: 'Reappointment files were reviewed with OPPE data for each practitioner.', executive: true, link: 'recommendation-slate' },
      { title: 'Expiring credentials', kind: 'information', minutes: 'The medical staff office reported licences and DEA registrations expiring in the next 90 days and the reminders sent.' },
    ],
    actions: ['Follow up on two outstanding malpractice certificates', 'Request updated board certification for a returning physician', 'Send FPPE assignments to department chairs'],
  },
  {
    name: 'Quality & Patient Safety Committee', kind: 'quality', everyMonths: 1, hour: 14, voting: 6,
    topics: [
      { title: 'Serious safety events', kind: 'discussion', minutes: 'Two events were reviewed; root cause analyses are under way.', executive: true },
      { title: 'Falls prevention data', kind: 'information', minutes: 'Falls with injury fell to 0.4 per 1,000 patient days.' },
      { title: 'PDSA cycle: sepsis screening at triage', kind: 'discussion', minutes: 'The second cycle tested a revised screening prompt; time to antibiotics improved by 14 minutes.' },
    ],
    actions: ['Complete the root cause analysis for the medication event', 'Share the falls data with nursing leadership', 'Plan the third sepsis PDSA cycle'],
  },
  {
    name: 'Pharmacy & Therapeutics Committee', kind: 'pharmacy-therapeutics', everyMonths: 2, hour: 12, voting: 6,
    topics: [
      { title: 'Formulary additions', kind: 'decision', minutes: 'Two additions were reviewed against cost and safety data.' },
      { title: 'Antimicrobial stewardship report', kind: 'information', minutes: 'Days of therapy per 1,000 patient days fell by 6%.' },
    ],
    actions: ['Update the heparin nomogram', 'Publish the revised antibiogram'],
  },
  {
    name: 'Ethics Committee', kind: 'ethics', everyMonths: 3, hour: 16, voting: 5,
    topics: [
      { title: 'Case reviews (de-identified)', kind: 'discussion', minutes: 'Two consultations were reviewed retrospectively.', executive: true },
      { title: 'Education plan', kind: 'information', minutes: 'Grand rounds on surrogate decision-making were scheduled.' },
    ],
    actions: ['Draft the surrogate decision-making guidance'],
  },
  {
    name: 'Board of Trustees — Quality Committee', kind: 'board', everyMonths: 3, hour: 17, voting: 5,
    topics: [
      { title: 'Medical staff report', kind: 'information', minutes: 'The chief medical officer presented credentialing activity and quality indicators.' },
      { title: 'Approval of appointments', kind: 'decision', minutes: 'The board approved the appointments recommended by the Medical Executive Committee.', executive: true, link: 'recommendation-slate' },
    ],
    actions: ['Schedule the annual governance retreat'],
  },
];

/** The meeting day: the second Tuesday of the month, at the committee's hour, Pacific time (UTC−8 in winter, −7 in summer). */
function meetingInstant(year: number, month: number, hour: number): string {
  const first = new Date(Date.UTC(year, month, 1));
  const secondTuesday = 1 + ((2 - first.getUTCDay() + 7) % 7) + 7;
  const summer = month >= 2 && month <= 9;
  return new Date(Date.UTC(year, month, secondTuesday, hour + (summer ? 7 : 8), 30)).toISOString();
}

export const committeeYearStep: SampleStep = (ctx, plan) => {
  const { store, db } = ctx;
  const { random } = plan;
  const now = plan.today.toISOString();
  const physicians = plan.staff.filter((s) => s.status === 'active' && s.role.kind === 'physician');
  const cmo = plan.staff.find((s) => s.role.name === 'Chief Medical Officer') ?? plan.staff[0]!;
  const inReview = db.prepare("SELECT v.id, p.reference FROM policy_versions v JOIN policies p ON p.id = v.policy_id WHERE v.stage = 'in-review' ORDER BY p.reference").all() as { id: string; reference: string }[];
  const nameOf = db.prepare("SELECT given_name || ' ' || family_name || coalesce(', ' || degree, '') FROM staff WHERE id = ?").pluck();

  for (const c of plans) {
    const committeeId = store.insert(committeeEntity, { name: c.name, kind: c.kind, quorumRule: 'majority', quorumCount: null, description: null }, random.uuid());
    const seats: { id: string; voting: boolean; name: string }[] = [];
    const people = [cmo, ...[...physicians].sort(() => random.next() - 0.5).filter((p) => p.id !== cmo.id).slice(0, c.voting)] as SampleStaff[];
    people.forEach((person, index) => {
      const role = index === 1 ? 'chair' : index === 2 ? 'secretary' : index === 0 ? 'ex-officio' : 'member';
      const voting = index !== 0;
      const name = nameOf.get(person.id) as string;
      seats.push({ id: store.insert(committeeMemberEntity, { committeeId, staffId: person.id, name, role, voting, active: true }, random.uuid()), voting, name });
    });
    const votingSeats = seats.filter((s) => s.voting);

    // A year back to the next meeting ahead.
    const instants: string[] = [];
    const start = new Date(plan.today);
    for (let back = 12; back >= -1; back--) {
      const d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - back, 1));
      if (d.getUTCMonth() % c.everyMonths !== 0) continue;
      instants.push(meetingInstant(d.getUTCFullYear(), d.getUTCMonth(), c.hour));
    }
    const past = instants.filter((i) => i < now);
    const upcoming = instants.find((i) => i >= now);
    let previousId: string | null = null;
    const openActions: string[] = [];

    for (const [index, startsAt] of [...past, ...(upcoming ? [upcoming] : [])].entries()) {
      const isUpcoming = startsAt >= now;
      const isLastHeld = !isUpcoming && index === past.length - 1;
      const month = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: sampleTimeZone }).format(new Date(startsAt));
      const meetingId = store.insert(meetingEntity, {
        committeeId, type: 'regular', title: `${c.name} — ${month}`, startsAt, timeZone: sampleTimeZone, location: random.pick(['Board room, 4th floor', 'Conference room B', 'Board room, 4th floor']),
        status: isUpcoming ? 'scheduled' : isLastHeld ? 'held' : 'minutes-approved', minutesApprovedAt: null,
      }, random.uuid());

      const items: { title: string; kind: string; minutes: string | null; executive: boolean; linkKind: string | null; linkId: string | null }[] = [
        { title: 'Call to order', kind: 'procedural', minutes: isUpcoming ? null : `The chair called the meeting to order at ${c.hour}:3${random.int(0, 5)}.`, executive: false, linkKind: null, linkId: null },
        { title: 'Approval of the minutes of the previous meeting', kind: 'decision', minutes: isUpcoming || !previousId ? null : 'The minutes were approved as circulated.', executive: false, linkKind: previousId ? 'prior-minutes' : null, linkId: previousId },
        { title: 'Open action items', kind: 'information', minutes: isUpcoming ? null : 'Open items were reviewed; completed items were closed.', executive: false, linkKind: 'action-items', linkId: null },
        ...c.topics.map((t) => ({ title: t.title, kind: t.kind, minutes: isUpcoming ? null : t.minutes, executive: t.executive ?? false, linkKind: t.link ?? null, linkId: null })),
      ];
      if (isUpcoming && c.kind === 'medical-executive') {
        for (const v of inReview) items.push({ title: `Approval of policy ${v.reference}`, kind: 'decision', minutes: null, executive: false, linkKind: 'policy-version', linkId: v.id });
      }
      items.push({ title: 'Adjournment', kind: 'procedural', minutes: isUpcoming ? null : 'The meeting adjourned.', executive: false, linkKind: null, linkId: null });
      const itemIds = items.map((item, position) =>
        store.insert(agendaItemEntity, {
          meetingId, position, title: item.title, kind: item.kind, presenter: item.kind === 'procedural' ? null : random.pick(seats).name, minutesAllotted: item.kind === 'procedural' ? 2 : random.pick([5, 10, 15]),
          executiveSession: item.executive, description: null, minutesText: item.minutes, linkKind: item.linkKind, linkId: item.linkId,
        }, random.uuid()),
      );

      if (!isUpcoming) {
        const presentSeats = seats.filter((s) => !s.voting || random.chance(0.88));
        for (const s of seats) store.insert(attendanceEntity, { meetingId, memberId: s.id, name: s.name, status: presentSeats.includes(s) ? 'present' : random.chance(0.5) ? 'excused' : 'absent' }, random.uuid());
        const presentVoting = votingSeats.filter((s) => presentSeats.includes(s));
        const quorate = presentVoting.length >= Math.floor(votingSeats.length / 2) + 1;
        const decided = `${startsAt.slice(0, 11)}${String(Number(startsAt.slice(11, 13)) + 1).padStart(2, '0')}${startsAt.slice(13)}`;
        const motion = (agendaItemId: string, kind: string, text: string, subjectKind: string | null, subjectId: string | null) => {
          const votes = votingSeats.map((s) => ({ s, vote: !presentVoting.includes(s) ? 'absent' : random.chance(0.08) ? 'abstain' : 'yes' }));
          const yes = votes.filter((v) => v.vote === 'yes').length;
          const motionId = store.insert(motionEntity, {
            meetingId, agendaItemId, kind, text, moverMemberId: presentVoting[0]?.id ?? null, seconderMemberId: presentVoting[1]?.id ?? null, subjectKind, subjectId,
            result: quorate && yes > 0 ? 'carried' : 'failed', decidedAt: decided,
          }, random.uuid());
          for (const v of votes) store.insert(voteEntity, { motionId, memberId: v.s.id, vote: v.vote }, random.uuid());
          return quorate && yes > 0;
        };
        if (previousId && motion(itemIds[1]!, 'approve', 'Approve the minutes of the previous meeting as circulated', 'minutes', previousId)) {
          store.update(meetingEntity, previousId, { status: 'minutes-approved', minutesApprovedAt: decided });
        }
        const decisionIndex = items.findIndex((i) => i.kind === 'decision' && i.title !== 'Approval of the minutes of the previous meeting');
        if (decisionIndex > 0) motion(itemIds[decisionIndex]!, 'approve', `Approve the recommendations under "${items[decisionIndex]!.title}"`, null, null);

        // Most earlier action items are done by the next meeting, one may carry on; each meeting adds one or two.
        for (const id of openActions.splice(0, Math.max(0, openActions.length - random.int(0, 1)))) store.update(actionItemEntity, id, { status: 'done', completedOn: startsAt.slice(0, 10) });
        for (let a = 0; a < random.int(1, 2); a++) {
          const owner = random.pick(seats);
          openActions.push(store.insert(actionItemEntity, {
            meetingId, agendaItemId: itemIds[3] ?? null, committeeId, description: random.pick(c.actions), ownerStaffId: null, ownerName: owner.name,
            dueOn: addDays(startsAt.slice(0, 10), random.int(14, 45)), status: random.chance(0.2) ? 'in-progress' : 'open', completedOn: null,
          }, random.uuid()));
        }
      }
      previousId = meetingId;
    }
  }
};
