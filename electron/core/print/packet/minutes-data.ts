// Everything the minutes of one meeting print, gathered by the meetings feature: plain data, testable from a literal.

export interface MinutesAttendance {
  name: string;
  status: 'present' | 'absent' | 'excused' | 'guest';
  /** "Chair", "Secretary", "Member", "Ex officio"… */
  role: string;
}

export interface MinutesItem {
  number: string;
  title: string;
  /** Markdown; null when nothing was minuted. */
  minutes: string | null;
  /** Minuted in executive session (peer review, patient content): the minutes carry the confidentiality mark. */
  confidential?: boolean;
}

export interface MinutesMotion {
  /** The agenda number the motion was made under, e.g. "4". */
  item: string;
  text: string;
  mover: string | null;
  seconder: string | null;
  /** e.g. "5 yes · 1 no · 1 abstain". */
  tally: string;
  /** e.g. "Carried", "Failed", "Tabled". */
  result: string;
}

export interface MinutesActionItem {
  description: string;
  owner: string;
  dueOn: string | null;
  status: string;
}

export type MinutesApproval = { status: 'draft' } | { status: 'approved'; approvedOn: string };

export interface MinutesData {
  organisationName: string;
  committeeName: string;
  meetingTitle: string;
  /** Human date and time in the meeting's time zone. */
  when: string;
  location: string | null;
  attendance: MinutesAttendance[];
  /** The quorum sentence, e.g. "Quorum present: 7 of 9 voting members (majority required: 5)." */
  quorum: string;
  items: MinutesItem[];
  motions: MinutesMotion[];
  actionItems: MinutesActionItem[];
  approval: MinutesApproval;
  /** Corrections made after approval, each by its own motion. */
  amendments: { text: string; approvedOn: string }[];
}
