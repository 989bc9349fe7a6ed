// Everything a board packet prints, gathered from the database by the meetings feature and handed to the packet
// engine: plain data, so the engine never queries and the packet can be tested from a literal.
import type { RedlineSegment } from '../../../../shared/domain/redline';

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
      kind: 'training-report';
      title: string;
      /** The day the figures stand on: the meeting's, not the print date. */
      asOf: string;
      byDepartment: { department: string; assigned: number; current: number; dueSoon: number; overdue: number; exempt: number }[];
      byRequirement: { requirement: string; assigned: number; current: number; dueSoon: number; overdue: number; exempt: number }[];
      mateAct: { requirement: string; assigned: number; current: number; dueSoon: number; overdue: number; exempt: number }[];
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
      /** confidential: minuted in executive session (peer review, patient content); the pages carry the mark. */
      items: { title: string; minutes: string | null; confidential?: boolean }[];
      motions: { text: string; result: string; tally: string }[];
    }
  | { kind: 'text'; title: string; markdown: string };

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
}

export interface PacketResult {
  pdf: Uint8Array;
  pageCount: number;
  /** Where each agenda item starts (0-based page index), in agenda order. */
  itemStartPages: number[];
  omitted: { item: string; fileName: string; reason: string }[];
}
