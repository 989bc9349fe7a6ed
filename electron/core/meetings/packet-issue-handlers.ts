// Channel handlers for issued packets, their distribution log, and agenda items' guests.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';
import { meetingRecords } from './meeting-record';
import { packetIssues } from './packet-issues';

type PacketIssueChannels = 'packets.issues' | 'packets.issue' | 'packets.open' | 'packets.recordDistribution' | 'agenda.setGuests';

export function packetIssueHandlers(ctx: CoreContext): HandlersFor<PacketIssueChannels> {
  const issues = packetIssues(ctx);
  const records = meetingRecords(ctx);
  return {
    'packets.issues': ({ meetingId }) => issues.list(meetingId),
    'packets.issue': ({ meetingId, note, jobId }) => ctx.jobs.run(jobId, (job) => issues.issue(meetingId, note, job.report)),
    'packets.open': ({ issueId, edition }) => issues.open(issueId, edition),
    'packets.recordDistribution': (input) => records.get(issues.recordDistribution(input)),
    'agenda.setGuests': ({ agendaItemId, guests }) => records.get(issues.setGuests(agendaItemId, guests)),
  };
}
