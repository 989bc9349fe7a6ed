// Packets as issued, their distribution log, and the guests invited to an agenda item, declared once for the store,
// the change log and sync.
import { defineEntity } from '../db/entity';

export const packetIssueEntity = defineEntity({
  name: 'packetIssue',
  table: 'packet_issues',
  fields: {
    meetingId: 'text', number: 'integer', issuedAt: 'text', issuedBy: 'text', packetAttachmentId: 'text', supplementAttachmentId: 'text',
    data: 'json', changes: 'json', note: 'text',
  },
});
export const packetDistributionEntity = defineEntity({
  name: 'packetDistribution',
  table: 'packet_distributions',
  fields: { packetIssueId: 'text', recipientName: 'text', memberId: 'text', sentOn: 'text', method: 'text', supplement: 'boolean' },
});
export const agendaItemGuestEntity = defineEntity({ name: 'agendaItemGuest', table: 'agenda_item_guests', fields: { agendaItemId: 'text', name: 'text', role: 'text', position: 'integer' } });
