// Channel handlers for issued packets, their distribution log, and agenda items' guests.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';
import { exportsRunningIn } from './export-progress';
import { meetingRecords } from './meeting-record';
import { packetIssues } from './packet-issues';

type PacketIssueChannels = 'packets.issues' | 'packets.issue' | 'packets.open' | 'packets.recordDistribution' | 'agenda.setGuests';

export function packetIssueHandlers(ctx: CoreContext): HandlersFor<PacketIssueChannels> {
  const issues = packetIssues(ctx);
  const records = meetingRecords(ctx);
  const exportsRunning = exportsRunningIn(ctx);
  return {
    'packets.issues': ({ meetingId }) => issues.list(meetingId),
    'packets.issue': async ({ meetingId, note, jobId }) => {
      const onProgress = jobId ? (step: string, done: number, total: number) => void exportsRunning.set(jobId, { step, done, total }) : undefined;
      try {
        return await issues.issue(meetingId, note, onProgress);
      } finally {
        if (jobId) exportsRunning.delete(jobId);
      }
    },
    'packets.open': ({ issueId, edition }) => issues.open(issueId, edition),
    'packets.recordDistribution': (input) => records.get(issues.recordDistribution(input)),
    'agenda.setGuests': ({ agendaItemId, guests }) => records.get(issues.setGuests(agendaItemId, guests)),
  };
}
