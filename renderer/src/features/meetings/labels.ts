// The director's words for the contract's codes: committee kinds, roles, statuses, votes and results.
import type { BadgeTone } from '../../ui';
import type { actionStatuses, agendaKinds, attendanceStatuses, committeeKinds, linkKinds, meetingStatuses, memberRoles, motionKinds, votes } from '../../../../shared/contract/meetings';

type Words<T extends readonly string[]> = Record<T[number], string>;

export const committeeKindLabel: Words<typeof committeeKinds> = {
  'medical-executive': 'Medical Executive',
  credentials: 'Credentials',
  quality: 'Quality & Patient Safety',
  'pharmacy-therapeutics': 'Pharmacy & Therapeutics',
  ethics: 'Ethics',
  board: 'Board',
  other: 'Other',
};

export const roleLabel: Words<typeof memberRoles> = { chair: 'Chair', 'vice-chair': 'Vice-chair', secretary: 'Secretary', member: 'Member', 'ex-officio': 'Ex officio' };

export const meetingTypeLabel = { regular: 'Regular', special: 'Special', annual: 'Annual' } as const;

export const meetingStatusLabel: Words<typeof meetingStatuses> = { draft: 'Draft', scheduled: 'Scheduled', held: 'Held, minutes pending', 'minutes-approved': 'Minutes approved' };
export const meetingStatusTone: Record<(typeof meetingStatuses)[number], BadgeTone> = { draft: 'neutral', scheduled: 'info', held: 'warning', 'minutes-approved': 'success' };

export const agendaKindLabel: Words<typeof agendaKinds> = { procedural: 'Procedural', information: 'Information', discussion: 'Discussion', decision: 'Decision' };

export const linkKindLabel: Words<typeof linkKinds> = {
  'policy-version': 'Policy version for approval',
  'credential-report': 'Credentialing report',
  'kpi-snapshot': 'Quality indicators',
  'ethics-summary': 'Ethics case summary (de-identified)',
  'prior-minutes': 'Minutes of the previous meeting',
  'action-items': 'Open action items',
  'training-report': 'Training report',
  'ethics-report': 'Ethics committee report',
  'recommendation-slate': 'Reappointment recommendation slate',
};

export const attendanceLabel: Words<typeof attendanceStatuses> = { present: 'Present', absent: 'Absent', excused: 'Excused', guest: 'Guest' };

export const motionKindLabel: Words<typeof motionKinds> = { approve: 'Approve', table: 'Table', refer: 'Refer', amend: 'Amend', other: 'Other' };

export const voteLabel: Words<typeof votes> = { yes: 'Yes', no: 'No', abstain: 'Abstain', recused: 'Recused', 'out-of-room': 'Out of the room', absent: 'Absent' };

export const resultLabel = { pending: 'Pending', carried: 'Carried', failed: 'Failed' } as const;
export const resultTone: Record<keyof typeof resultLabel, BadgeTone> = { pending: 'neutral', carried: 'success', failed: 'danger' };

export const actionStatusLabel: Words<typeof actionStatuses> = { open: 'Open', 'in-progress': 'In progress', done: 'Done', cancelled: 'Cancelled' };

export const quorumRuleLabel = (rule: 'majority' | 'two-thirds' | 'fixed', count: number | null): string =>
  rule === 'majority' ? 'A majority of voting members' : rule === 'two-thirds' ? 'Two thirds of voting members' : `${count ?? 1} voting members`;

export const optionsOf = <K extends string>(words: Record<K, string>) => (Object.keys(words) as K[]).map((value) => ({ value, label: words[value] }));
