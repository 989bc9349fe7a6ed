// A practitioner's reappointment for one cycle, declared once for the store, the change log and sync.
import { defineEntity } from '../db/entity';

export const reappointmentEntity = defineEntity({
  name: 'reappointment',
  table: 'reappointments',
  fields: {
    staffId: 'text', dueOn: 'text', status: 'text', categoryRequested: 'text', privilegesRequested: 'json', applicationReceivedOn: 'text',
    chairOn: 'text', chairOutcome: 'text', chairNote: 'text',
    committeeOn: 'text', committeeOutcome: 'text', committeeNote: 'text', committeeMeetingId: 'text', committeeMotionId: 'text',
    mecOn: 'text', mecOutcome: 'text', mecNote: 'text', mecMeetingId: 'text', mecMotionId: 'text',
    boardOn: 'text', boardOutcome: 'text', boardNote: 'text', boardMeetingId: 'text', boardMotionId: 'text',
  },
});
