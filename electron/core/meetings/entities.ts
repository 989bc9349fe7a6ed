// Committees, meetings, agendas, attendance, motions, votes, action items and minutes amendments, declared once for
// the store, the change log and sync.
import { defineEntity } from '../db/entity';

export const committeeEntity = defineEntity({ name: 'committee', table: 'committees', fields: { name: 'text', kind: 'text', quorumRule: 'text', quorumCount: 'integer', description: 'text', motionThresholds: 'json' } });
export const committeeMemberEntity = defineEntity({ name: 'committeeMember', table: 'committee_members', fields: { committeeId: 'text', staffId: 'text', name: 'text', role: 'text', voting: 'boolean', active: 'boolean' } });
export const meetingEntity = defineEntity({ name: 'meeting', table: 'meetings', fields: { committeeId: 'text', type: 'text', title: 'text', startsAt: 'text', timeZone: 'text', location: 'text', status: 'text', minutesApprovedAt: 'text' } });
export const agendaItemEntity = defineEntity({
  name: 'agendaItem',
  table: 'agenda_items',
  fields: { meetingId: 'text', position: 'integer', title: 'text', kind: 'text', presenter: 'text', minutesAllotted: 'integer', executiveSession: 'boolean', description: 'text', minutesText: 'text', linkKind: 'text', linkId: 'text', consent: 'boolean' },
});
export const agendaAttachmentEntity = defineEntity({ name: 'agendaAttachment', table: 'agenda_attachments', fields: { agendaItemId: 'text', attachmentId: 'text', position: 'integer' } });
export const attendanceEntity = defineEntity({ name: 'attendance', table: 'attendance', fields: { meetingId: 'text', memberId: 'text', name: 'text', status: 'text' } });
export const motionEntity = defineEntity({
  name: 'motion',
  table: 'motions',
  fields: { meetingId: 'text', agendaItemId: 'text', kind: 'text', text: 'text', moverMemberId: 'text', seconderMemberId: 'text', subjectKind: 'text', subjectId: 'text', result: 'text', decidedAt: 'text', threshold: 'text' },
});
export const voteEntity = defineEntity({ name: 'vote', table: 'votes', fields: { motionId: 'text', memberId: 'text', vote: 'text' } });
export const actionItemEntity = defineEntity({
  name: 'actionItem',
  table: 'action_items',
  fields: { meetingId: 'text', agendaItemId: 'text', committeeId: 'text', description: 'text', ownerStaffId: 'text', ownerName: 'text', dueOn: 'text', status: 'text', completedOn: 'text' },
});
export const minutesAmendmentEntity = defineEntity({ name: 'minutesAmendment', table: 'minutes_amendments', fields: { meetingId: 'text', text: 'text', motionId: 'text' } });
