// Channel handlers for committees and meetings.
import { PDFDocument } from 'pdf-lib';
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';
import { actionItemsAcrossMeetings } from './action-items';
import { committees } from './committees';
import { meetingRecords } from './meeting-record';
import { meetingWork } from './meeting-work';
import { buildMinutes, buildPacket } from '../print/packet';
import { packetSource } from './packet-source';
import { packetIssues } from './packet-issues';

type MeetingChannels =
  | 'committees.list' | 'committees.create' | 'committees.addMember' | 'committees.updateMember' | 'meetings.list' | 'meetings.create'
  | 'meetings.get' | 'meetings.update' | 'agenda.add' | 'agenda.update' | 'agenda.move' | 'agenda.remove' | 'agenda.attach'
  | 'attendance.set' | 'minutes.set' | 'motions.record' | 'actions.add' | 'actions.list' | 'actions.update' | 'minutes.amend'
  | 'meetings.exportPacket' | 'meetings.exportProgress' | 'meetings.exportMinutes' | 'committees.setRules' | 'motions.rules';

export function meetingsHandlers(ctx: CoreContext): HandlersFor<MeetingChannels> {
  const committee = committees(ctx);
  const records = meetingRecords(ctx);
  const work = meetingWork(ctx);
  const meeting = (id: string) => records.get(id);
  const source = packetSource(ctx);
  const actionItems = actionItemsAcrossMeetings(ctx);
  const issues = packetIssues(ctx);
  const fileNameOf = (title: string, what: string) => `${title} — ${what}.pdf`.replace(/[\\/:*?"<>|]/g, '-');

  return {
    'committees.list': () => committee.list(),
    'committees.create': ({ description, ...fields }) => committee.get(committee.create({ ...fields, description: description ?? null })),
    'committees.addMember': (input) => committee.get(ctx.store.transaction(() => (committee.addMember(input), input.committeeId))),
    'committees.setRules': ({ id, motionThresholds }) => committee.get(committee.setRules(id, motionThresholds)),
    'motions.rules': (input) => work.motionRules(input),
    'committees.updateMember': ({ id, patch }) => committee.get(committee.updateMember(id, patch)),
    'meetings.list': ({ committeeId }) => {
      // Soonest upcoming first, then the most recent: what a director opens next is at the top.
      const now = ctx.now().toISOString();
      const all = records.list(committeeId ?? null).map(({ minutesApprovedAt: _, ...row }) => row);
      const upcoming = all.filter((m) => m.startsAt >= now).reverse();
      return [...upcoming, ...all.filter((m) => m.startsAt < now)];
    },
    'meetings.create': (input) => meeting(work.create(input)),
    'meetings.get': ({ id }) => meeting(id),
    'meetings.update': ({ id, patch }) => {
      work.update(id, patch);
      return meeting(id);
    },
    'agenda.add': (input) => {
      work.addItem(input);
      return meeting(input.meetingId);
    },
    'agenda.update': ({ id, patch }) => meeting(work.updateItem(id, patch)),
    'agenda.move': ({ id, toPosition }) => meeting(work.moveItem(id, toPosition)),
    'agenda.remove': ({ id }) => meeting(work.removeItem(id)),
    'agenda.attach': ({ agendaItemId, fileName, dataBase64 }) => meeting(work.attach(agendaItemId, fileName, dataBase64)),
    'attendance.set': (input) => {
      work.setAttendance(input);
      return meeting(input.meetingId);
    },
    'minutes.set': ({ agendaItemId, text }) => meeting(work.setMinutes(agendaItemId, text)),
    'motions.record': (input) => {
      work.recordMotion(input);
      return meeting(input.meetingId);
    },
    'actions.add': (input) => {
      work.addAction(input);
      return meeting(input.meetingId);
    },
    'actions.list': (query) => actionItems.list(query),
    'actions.update': ({ id, patch }) => work.updateAction(id, patch),
    'minutes.amend': (input) => {
      work.amend(input);
      return meeting(input.meetingId);
    },
    'meetings.exportPacket': async ({ meetingId, jobId, draft }) => {
      // Once issued, the packet is what the committee received, whatever has changed since.
      const issued = draft ? null : issues.latestIssueId(meetingId);
      if (issued) {
        const file = issues.open(issued, 'general');
        return { ...file, pageCount: (await PDFDocument.load(Buffer.from(file.content, 'base64'))).getPageCount(), omitted: [] };
      }
      const data = source.packet(meetingId);
      const result = await ctx.jobs.run(jobId, (job) => buildPacket(ctx.printer(), data, { onProgress: job.report }));
      return {
        fileName: fileNameOf(data.meetingTitle, 'packet'), mediaType: 'application/pdf', content: Buffer.from(result.pdf).toString('base64'),
        pageCount: result.pageCount, omitted: result.omitted,
      };
    },
    'meetings.exportProgress': ({ jobId }) => {
      const progress = ctx.jobs.progress(jobId);
      return progress && { step: progress.step, done: progress.done, total: progress.total };
    },
    'meetings.exportMinutes': async ({ meetingId }) => {
      const data = source.minutes(meetingId);
      const pdf = await buildMinutes(ctx.printer(), data);
      return { fileName: fileNameOf(data.meetingTitle, 'minutes'), mediaType: 'application/pdf', content: Buffer.from(pdf).toString('base64') };
    },
  };
}
