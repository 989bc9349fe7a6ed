// Everything a board packet prints, gathered from the database by the meetings feature and handed to the packet
// engine: plain data, so the engine never queries and the packet can be tested from a literal.
import type { EthicsReport } from '../../../../shared/contract/ethics';
import type { RedlineSegment } from '../../../../shared/domain/redline';
import type { PdsaSummary, TopRisks } from '../../planning/packet-pieces';

export interface PacketMember {
  name: string;
  role: string;
  voting: boolean;
}

export interface PacketAttachment {
  fileName: string;
  /** The stored bytes; the engine checks they are a readable PDF and lists the file as omitted, with the reason, if not. */
  bytes: Uint8Array;
}

/** A record linked to an agenda item, already read and shaped for print. */
export type PacketLinkedRecord =
  | {
      kind: 'policy-version';
      reference: string;
      title: string;
      versionNumber: number;
      state: string;
      changeSummary: string;
      /** Markdown of the version for approval. */
      body: string;
      /** Tracked changes against the version in force before it, when there is one. */
      redline: { fromVersionNumber: number; segments: RedlineSegment[] } | null;
    }
  | {
      kind: 'credential-report';
      title: string;
      /** Peer-review and credentialing content: printed with the confidentiality mark. */
      rows: { practitioner: string; department: string; credential: string; expiresOn: string | null; status: string }[];
      reappointments: { practitioner: string; department: string; dueOn: string; state: string }[];
    }
  | {
      kind: 'recommendation-slate';
      title: string;
      /** The meeting's day: the slate reads as the files stood then, whenever it is printed. */
      asOf: string;
      /** Whose recommendation the rows bring: the department chairs', the Credentials Committee's or the MEC's. */
      recommendedBy: string;
      /** Peer-review and credentialing content: printed with the confidentiality mark. */
      rows: {
        practitioner: string;
        department: string;
        category: string;
        privileges: string[];
        evaluation: string;
        verificationComplete: boolean;
        recommendation: string;
        decision: string | null;
      }[];
    }
  | {
      kind: 'training-report';
      title: string;
      /** The day the figures stand on: the meeting's, not the print date. */
      asOf: string;
      byDepartment: { department: string; assigned: number; current: number; dueSoon: number; overdue: number; exempt: number; onLeave?: number }[];
      byRequirement: { requirement: string; assigned: number; current: number; dueSoon: number; overdue: number; exempt: number; onLeave?: number }[];
      mateAct: { requirement: string; assigned: number; current: number; dueSoon: number; overdue: number; exempt: number; onLeave?: number }[];
      cmeShortfalls: { practitioner: string; state: string; reappointmentDue: string; shortfall: string }[];
    }
  | {
      kind: 'action-items';
      title: string;
      rows: { description: string; owner: string; dueOn: string | null; status: string; fromMeeting: string }[];
    }
  | {
      kind: 'prior-minutes';
      title: string;
      meetingTitle: string;
      heldOn: string;
      /**
       * confidential: minuted in executive session (peer review, patient content); the pages carry the mark.
       * closedSession: taken in closed session, so its minutes travel in the confidential supplement only.
       */
      items: { title: string; minutes: string | null; confidential?: boolean; closedSession?: boolean }[];
      motions: { text: string; result: string; tally: string }[];
    }
  | KpiSnapshotRecord
  | {
      kind: 'ethics-summary';
      title: string;
      caseNumber: string;
      consultType: string;
      /** The de-identified text a reviewer signed off; null when the sign-off was undone after the item was linked. */
      text: string | null;
      signedOff: string | null;
    }
  | {
      kind: 'ethics-report';
      title: string;
      /** "12 months to 8 December 2026": the period, ending on the meeting's day. */
      period: string;
      report: EthicsReport;
    }
  | { kind: 'text'; title: string; markdown: string };

/** A measure's line on the printed scorecard, in words (colour on paper only reinforces them). */
export interface KpiScorecardLine {
  name: string;
  chartName: string;
  target: string | null;
  latest: string | null;
  latestPeriod: string | null;
  /** The last values, display units, drawn as a sparkline. */
  trend: number[];
  signal: { title: string; effect: 'adverse' | 'favourable' | 'neutral' } | null;
  status: string;
  statusKey: 'on-track' | 'at-risk' | 'off-track' | 'not-rated';
}

/**
 * The quality scorecard (or one measure) as it stood on the meeting day: the scorecard page, then the charts of what is
 * off track (SVG drawn from the same chart definitions the screen draws), then the PDSA cycles and the top risks.
 */
export interface KpiSnapshotRecord {
  kind: 'kpi-snapshot';
  title: string;
  /** The whole scorecard (charts of what is off track) or one measure (its charts whatever its status). */
  scope: 'scorecard' | 'measure';
  /** YYYY-MM-DD: values of periods that ended before this day. */
  asOf: string;
  perspectives: { name: string; goals: { title: string; status: string; statusKey: KpiScorecardLine['statusKey']; lines: KpiScorecardLine[] }[] }[];
  charts: { title: string; subtitle: string; svgs: string[]; signals: { effect: string; text: string }[]; notes: string[] }[];
  /** PDSA cycles as they stood on the day (for one measure, its own cycles). */
  pdsa?: PdsaSummary[];
  /** The top risks on the 5×5 heat map as they stood on the day, and what moved since the previous meeting. */
  risks?: TopRisks;
}

export interface PacketAgendaItem {
  number: string;
  title: string;
  kind: 'procedural' | 'information' | 'discussion' | 'decision';
  presenter: string | null;
  minutesAllotted: number | null;
  description: string | null;
  /** Executive session, peer review or patient content: every page of the item carries the confidentiality mark. */
  confidential: boolean;
  linked: PacketLinkedRecord | null;
  attachments: PacketAttachment[];
  /** The agenda item's id: how an issued packet and a re-issue recognise the same item after a move or a retitle. */
  agendaItemId?: string;
  /** Taken in closed (executive) session: its papers go in the confidential supplement, not the general packet. */
  closedSession?: boolean;
  /** On the consent agenda: the agenda prints it under that heading, approved with the others by one motion. */
  consent?: boolean;
  /** Guests invited for this item alone (a consultant, counsel): the supplement lists them among who is in the room. */
  guests?: PacketGuest[];
}

export interface PacketGuest {
  name: string;
  /** Role or affiliation, e.g. "Outside counsel". */
  role: string | null;
}

/** Which of an issue's two PDFs this is: the general packet, or the confidential supplement of closed-session items. */
export type PacketEdition = 'general' | 'supplement';

/** What an issued packet carries beyond its data: its number, and for a re-issue what changed since the last one. */
export interface PacketIssueStamp {
  number: number;
  /** YYYY-MM-DD in the organisation's time zone. */
  issuedOn: string;
  changes: { sinceIssue: number; sinceDate: string; lines: string[] } | null;
}

export interface PacketData {
  organisationName: string;
  committeeName: string;
  meetingTitle: string;
  meetingType: 'regular' | 'special' | 'annual';
  /** Human date and time in the meeting's own time zone, e.g. "Tuesday 8 December 2026, 7:30 am PST". */
  when: string;
  location: string | null;
  members: PacketMember[];
  confidentialityNotice: string;
  agenda: PacketAgendaItem[];
  /** YYYY-MM-DD: printed on the cover. */
  preparedOn: string;
  /** Voting members recorded present, or null before attendance is taken: the supplement's "who was in the room". */
  membersPresent?: string[] | null;
  /** Default general. */
  edition?: PacketEdition;
  /** Set when the packet is issued (frozen); absent on a draft printed to look at. */
  issue?: PacketIssueStamp;
}

export interface PacketResult {
  pdf: Uint8Array;
  pageCount: number;
  /** Where each agenda item starts (0-based page index), in agenda order. */
  itemStartPages: number[];
  omitted: { item: string; fileName: string; reason: string }[];
}
