// Gathers everything a meeting's packet and minutes print, from the database, into the print engine's plain data.
import type { Meeting } from '../../../shared/contract/meetings';
import { credentialTypeLabels, describeCredentialStatus } from '../../../shared/domain/credentials';
import { describeTally } from '../../../shared/domain/quorum';
import { redline } from '../../../shared/domain/redline';
import type { CoreContext } from '../context';
import { attachmentStore } from '../attachments/attachment-store';
import { credentialsRepository } from '../credentials/repository';
import { AppError } from '../errors';
import { signedSummaryForPacket } from '../ethics/cases';
import { ethicsReport } from '../ethics/report';
import { consultTypeLabels } from '../../../shared/domain/ethics-cases';
import { policyVersions } from '../policies/versions';
import type { MinutesData, PacketAgendaItem, PacketData, PacketLinkedRecord } from '../print/packet';
import { organisationCalendar } from '../settings/today';
import { staffRepository } from '../staff/repository';
import { trainingReport } from '../training/report';
import { todayIn } from '../../../shared/domain/calendar-day';
import { meetingRecords } from './meeting-record';
import { pdsaSummaries, topRisks } from '../planning/packet-pieces';
import { recommendationSlate } from '../reappointments/slate';
import { measuresPacket } from '../planning/measures-packet';

const confidentialityNotice =
  'This packet contains confidential peer review, credentialing and quality information protected under state peer review law. ' +
  'Do not copy, forward or disclose it outside the committee.';

export function meetingWhen(startsAt: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(startsAt)).replace(' at ', ', ') +
    ` ${new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }).formatToParts(new Date(startsAt)).find((p) => p.type === 'timeZoneName')?.value ?? ''}`.trimEnd();
}

/** Executive session, credentialing (peer review) or an ethics case: printed with the confidentiality mark. */
function confidentialItem(item: Meeting['agenda'][number]): boolean {
  return item.executiveSession || item.link?.kind === 'credential-report' || item.link?.kind === 'recommendation-slate' || item.link?.kind === 'ethics-summary';
}

/** The meeting's own day in its time zone: what a packet's records are read as of. */
const meetingDay = (meeting: Pick<Meeting, 'timeZone' | 'startsAt'>) => todayIn(meeting.timeZone, new Date(meeting.startsAt));

export function packetSource(ctx: CoreContext) {
  const { db } = ctx;
  const records = meetingRecords(ctx);
  const versions = policyVersions(ctx);
  const calendar = organisationCalendar(ctx);
  const credentials = credentialsRepository(ctx);
  const staff = staffRepository(ctx);
  const attachments = attachmentStore(ctx);
  const quality = measuresPacket(ctx);
  const slates = recommendationSlate(ctx);
  const previousMeeting = db.prepare('SELECT starts_at AS startsAt, time_zone AS timeZone FROM meetings WHERE committee_id = ? AND starts_at < ? ORDER BY starts_at DESC LIMIT 1');
  const policyOf = db.prepare('SELECT p.reference, p.retired_on AS retiredOn, v.policy_id AS policyId FROM policy_versions v JOIN policies p ON p.id = v.policy_id WHERE v.id = ?');

  /** The version as it stood on the meeting's day: its state then, and its redline against the text in force then. */
  function policyRecord(versionId: string, meeting: Meeting): PacketLinkedRecord {
    const today = meetingDay(meeting);
    const v = versions.full(versionId, today);
    const { reference, retiredOn, policyId } = policyOf.get(versionId) as { reference: string; retiredOn: string | null; policyId: string };
    const skeletons = versions.skeletonsOf(policyId);
    // Compare with the text in force that day; for the version in force itself, with the approved one before it.
    const inForce = versions.inForce(skeletons, today, retiredOn);
    const base = inForce && inForce.id !== versionId ? inForce : skeletons.filter((s) => s.stage === 'approved' && s.number < v.number).sort((a, b) => b.number - a.number)[0];
    return {
      kind: 'policy-version', reference, title: v.title, versionNumber: v.number, state: v.state, changeSummary: v.changeSummary, body: v.body,
      redline: base ? { fromVersionNumber: base.number, segments: redline(versions.text(base.id).body, v.body).segments } : null,
    };
  }

  /** Expirations and reappointments within 90 days of the meeting's day, as they stood that day, not the printing day. */
  function credentialReport(meeting: Meeting): PacketLinkedRecord {
    const asOf = meetingDay(meeting);
    const board = credentials.expirations({ withinDays: 90, includeExpired: true, asOf });
    return {
      kind: 'credential-report',
      title: `Credentialing report: expirations and reappointments in the 90 days from ${asOf}`,
      rows: board.rows.map((r) => ({ practitioner: r.staffName, department: r.departmentName, credential: [credentialTypeLabels[r.type], r.jurisdiction].filter(Boolean).join(', '), expiresOn: r.expiresOn, status: describeCredentialStatus(r.status) })),
      reappointments: staff.reappointments(90, asOf).map((r) => ({ practitioner: r.staffName, department: r.departmentName, dueOn: r.dueOn, state: r.state === 'overdue' ? `Overdue by ${-r.daysLeft} days` : `Due in ${r.daysLeft} days` })),
    };
  }

  /** The applicants this meeting acts on, as their files stood on its day (in its time zone), not the printing day. */
  function slateRecord(meetingId: string): PacketLinkedRecord {
    const slate = slates.build(meetingId);
    const recommendedBy = { committee: 'department chair', mec: 'Credentials Committee', board: 'Medical Executive Committee' }[slate.step];
    return {
      kind: 'recommendation-slate', title: `Recommendation slate as of ${slate.asOf}`, asOf: slate.asOf, recommendedBy,
      rows: slate.rows.map(({ practitioner, department, category, privileges, evaluation, verificationComplete, recommendation, decision }) => ({
        practitioner, department, category, privileges, evaluation, verificationComplete, recommendation: recommendation.replace(/^[^:]*: /, ''), decision,
      })),
    };
  }

  function priorMinutes(meetingId: string): PacketLinkedRecord {
    const prior = records.get(meetingId);
    return {
      kind: 'prior-minutes', title: `Minutes of ${prior.title}, for approval`, meetingTitle: prior.title, heldOn: meetingWhen(prior.startsAt, prior.timeZone),
      items: prior.agenda.map((a) => ({ title: a.title, minutes: a.minutesText, confidential: confidentialItem(a), closedSession: a.executiveSession })),
      motions: prior.motions.map((m) => ({ text: m.text, result: m.result, tally: describeTally(m.tally) })),
    };
  }

  /**
   * The scorecard (or one measure) with its PDSA cycles, and for the scorecard the top risks with what moved since this
   * committee's previous meeting: all as they stood on the meeting day, not the printing day.
   */
  function qualityRecord(meeting: Meeting, measureId: string | null): PacketLinkedRecord {
    const asOf = todayIn(meeting.timeZone, new Date(meeting.startsAt));
    const snapshot = quality.snapshot(measureId, asOf);
    const pdsa = pdsaSummaries(ctx, asOf, measureId ? { measureId } : {});
    if (measureId) return { ...snapshot, ...(pdsa.length ? { pdsa } : {}) };
    const previous = previousMeeting.get(meeting.committeeId, meeting.startsAt) as { startsAt: string; timeZone: string } | undefined;
    const since = previous ? todayIn(previous.timeZone, new Date(previous.startsAt)) : null;
    return { ...snapshot, pdsa, risks: topRisks(ctx, asOf, since) };
  }

  /** The signed-off, de-identified text only: the rest of the case stays sealed, and the packet needs no unlock. */
  function ethicsSummary(caseId: string, meeting: Meeting): PacketLinkedRecord | null {
    const s = signedSummaryForPacket(ctx, caseId);
    if (!s) return null;
    const signedBeforeMeeting = s.signedOffAt !== null && s.signedOffAt <= meeting.startsAt;
    return {
      kind: 'ethics-summary', title: `Ethics case summary ${s.caseNumber} (de-identified)`, caseNumber: s.caseNumber, consultType: consultTypeLabels[s.type],
      text: s.text, signedOff: s.signedOffAt ? `${s.signedOffAt.slice(0, 10)} by ${s.signedOffBy ?? 'a reviewer'}${signedBeforeMeeting ? '' : ' (after the meeting date)'}` : null,
    };
  }

  /** The twelve months up to the meeting's day, as they stood that day: the packet reads the same whenever it is printed. */
  function ethicsReportRecord(meeting: Meeting): PacketLinkedRecord {
    const to = todayIn(meeting.timeZone, new Date(meeting.startsAt));
    const start = new Date(`${to}T00:00:00Z`);
    start.setUTCMonth(start.getUTCMonth() - 12);
    start.setUTCDate(start.getUTCDate() + 1);
    const from = start.toISOString().slice(0, 10);
    return { kind: 'ethics-report', title: 'Ethics consultation report', period: `${from} to ${to}`, report: ethicsReport(ctx, from, to) };
  }

  function linked(meeting: Meeting, item: Meeting['agenda'][number]): PacketLinkedRecord | null {
    switch (item.link?.kind) {
      case 'policy-version':
        return item.link.id ? policyRecord(item.link.id, meeting) : null;
      case 'credential-report':
        return credentialReport(meeting);
      case 'recommendation-slate':
        return slateRecord(meeting.id);
      case 'training-report': {
        // As the committee will find things on the day it meets, not on the day the packet is printed.
        const asOf = todayIn(meeting.timeZone, new Date(meeting.startsAt));
        return { kind: 'training-report', title: `Training compliance as of ${asOf}`, ...trainingReport(ctx)(asOf) };
      }
      case 'prior-minutes':
        return item.link.id ? priorMinutes(item.link.id) : null;
      case 'kpi-snapshot':
        // As of the meeting, not the printing: values of periods that ended before the meeting day (in its time zone).
        return qualityRecord(meeting, item.link.id);
      case 'ethics-summary':
        return item.link.id ? ethicsSummary(item.link.id, meeting) : null;
      case 'ethics-report':
        return ethicsReportRecord(meeting);
      case 'action-items':
        return {
          kind: 'action-items', title: 'Open action items carried forward',
          rows: meeting.carriedActionItems.map((a) => ({ description: a.description, owner: a.ownerName, dueOn: a.dueOn, status: a.status, fromMeeting: a.meetingTitle })),
        };
      default:
        return null;
    }
  }

  return {
    packet(meetingId: string): PacketData {
      const meeting = records.get(meetingId);
      if (meeting.agenda.length === 0) throw new AppError('INVALID_INPUT', 'This meeting has no agenda yet: add items before printing the packet.');
      const settings = calendar.settings();
      const agenda: PacketAgendaItem[] = meeting.agenda.map((item, index) => ({
        number: String(index + 1),
        title: item.title,
        kind: item.kind,
        presenter: item.presenter,
        minutesAllotted: item.minutesAllotted,
        description: item.description,
        confidential: confidentialItem(item),
        agendaItemId: item.id,
        closedSession: item.executiveSession,
        consent: item.consent,
        guests: item.guests.map((g) => ({ name: g.name, role: g.role })),
        linked: linked(meeting, item),
        attachments: item.attachments.map((a) => {
          try {
            return { fileName: a.fileName, bytes: attachments.read(a.attachmentId).bytes };
          } catch {
            // A missing or damaged stored copy prints as an omitted attachment, with the engine's reason, not as a failed packet.
            return { fileName: a.fileName, bytes: new Uint8Array() };
          }
        }),
      }));
      return {
        organisationName: settings.organisationName, committeeName: meeting.committeeName, meetingTitle: meeting.title, meetingType: meeting.type,
        when: meetingWhen(meeting.startsAt, meeting.timeZone), location: meeting.location,
        members: meeting.members.filter((m) => m.active).map((m) => ({ name: m.name, role: m.role, voting: m.voting })),
        confidentialityNotice, agenda, preparedOn: calendar.today(),
        membersPresent: meeting.attendance.some((a) => a.memberId !== null)
          ? meeting.attendance.filter((a) => a.status === 'present' && a.voting).map((a) => a.name)
          : null,
      };
    },
    minutes(meetingId: string): MinutesData {
      const m = records.get(meetingId);
      const numberOf = new Map(m.agenda.map((a, i) => [a.id, String(i + 1)]));
      const roleOf = new Map(m.members.map((x) => [x.id, x.role.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())]));
      const q = m.quorum;
      return {
        organisationName: calendar.settings().organisationName, committeeName: m.committeeName, meetingTitle: m.title,
        when: meetingWhen(m.startsAt, m.timeZone), location: m.location,
        attendance: m.attendance.map((a) => ({ name: a.name, status: a.status, role: a.memberId ? roleOf.get(a.memberId) ?? 'Member' : 'Guest' })),
        quorum: q.quorate
          ? `Quorum present: ${q.presentVoting} of ${q.votingMembers} voting members (${q.required} required).`
          : `No quorum: ${q.presentVoting} of ${q.votingMembers} voting members present (${q.required} required); no binding votes could be taken.`,
        items: m.agenda.map((a, i) => ({ number: String(i + 1), title: a.title, minutes: a.minutesText, confidential: confidentialItem(a) })),
        motions: m.motions.map((x) => ({
          item: x.agendaItemId ? numberOf.get(x.agendaItemId) ?? '—' : '—', text: x.text, mover: x.moverName, seconder: x.seconderName,
          tally: describeTally(x.tally), result: x.result === 'carried' ? 'Carried' : x.result === 'failed' ? 'Failed' : 'Pending',
        })),
        actionItems: m.actionItems.map((a) => ({ description: a.description, owner: a.ownerName, dueOn: a.dueOn, status: a.status })),
        approval: m.locked && m.minutesApprovedAt ? { status: 'approved', approvedOn: m.minutesApprovedAt.slice(0, 10) } : { status: 'draft' },
        amendments: m.amendments.map((a) => ({ text: a.text, approvedOn: a.createdAt.slice(0, 10) })),
      };
    },
    meeting: (id: string) => records.get(id),
  };
}
