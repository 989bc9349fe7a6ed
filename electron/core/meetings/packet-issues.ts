// Issuing a meeting's packet: the PDFs and the data they were printed from are stored, dated and numbered, so what the
// committee received stays as it was; a re-issue prints what changed since the last issue at its front; a
// distribution log records who received which issue. Once a meeting's minutes are locked, its packet is the record
// and is not issued again.
import type { Meeting } from '../../../shared/contract/meetings';
import type { CoreContext } from '../context';
import { attachmentStore } from '../attachments/attachment-store';
import { AppError, notFound } from '../errors';
import { buildPacket, type PacketData, type PacketResult } from '../print/packet';
import { confidentialSupplement, generalEdition } from '../print/packet/packet-editions';
import { freezePacket, packetChanges, type FrozenPacketData } from '../print/packet/packet-issue-diff';
import { organisationCalendar } from '../settings/today';
import { agendaItemGuestEntity, packetDistributionEntity, packetIssueEntity } from './packet-issue-entities';
import { packetSource } from './packet-source';

/** Several times the largest upload: a packet merges many of them. */
const maxIssuedPacketBytes = 400 * 1024 * 1024;

export type PacketEditionName = 'general' | 'supplement';
export type DistributionMethod = 'email' | 'portal' | 'printed' | 'hand' | 'other';

interface IssueRow {
  id: string;
  meetingId: string;
  number: number;
  issuedAt: string;
  issuedBy: string;
  packetAttachmentId: string;
  supplementAttachmentId: string | null;
  changes: string;
  note: string | null;
}

export function packetIssues(ctx: CoreContext) {
  const { db, store } = ctx;
  const source = packetSource(ctx);
  const files = attachmentStore(ctx);
  const calendar = organisationCalendar(ctx);
  const columns = `id, meeting_id AS meetingId, number, issued_at AS issuedAt, issued_by AS issuedBy, packet_attachment_id AS packetAttachmentId,
    supplement_attachment_id AS supplementAttachmentId, changes, note`;
  const issuesOf = db.prepare(`SELECT ${columns} FROM packet_issues WHERE meeting_id = ? ORDER BY number DESC, issued_at DESC`);
  const issueById = db.prepare(`SELECT ${columns} FROM packet_issues WHERE id = ?`);
  const dataOf = db.prepare('SELECT data FROM packet_issues WHERE id = ?').pluck();
  const distributionsOf = db.prepare(`SELECT id, recipient_name AS recipientName, member_id AS memberId, sent_on AS sentOn, method, supplement
    FROM packet_distributions WHERE packet_issue_id = ? ORDER BY sent_on, recipient_name COLLATE NOCASE`);
  const guestIds = db.prepare('SELECT id FROM agenda_item_guests WHERE agenda_item_id = ? ORDER BY position').pluck();
  const meetingOfItem = db.prepare('SELECT meeting_id FROM agenda_items WHERE id = ?').pluck();
  const memberOf = db.prepare('SELECT committee_id AS committeeId, name FROM committee_members WHERE id = ?');

  const latest = (meetingId: string) => issuesOf.get(meetingId) as IssueRow | undefined;
  const frozenNow = (data: PacketData): FrozenPacketData => JSON.parse(JSON.stringify(freezePacket(data))) as FrozenPacketData;
  const issuedOn = (issuedAt: string) => issuedAt.slice(0, 10);

  /** Why this meeting's packet cannot be issued now, or null when it can. */
  function refusal(meeting: Meeting, issued: boolean): string | null {
    if (meeting.locked) {
      return issued
        ? `The minutes of ${meeting.title} are approved and locked, so its packet is no longer re-issued: the last issue stands as what the committee received.`
        : `The minutes of ${meeting.title} are approved and locked, so its packet can no longer be issued.`;
    }
    if (meeting.agenda.length === 0) return 'This meeting has no agenda yet: add items before issuing the packet.';
    return null;
  }

  function summary(row: IssueRow) {
    return {
      id: row.id, number: row.number, issuedAt: row.issuedAt, issuedBy: row.issuedBy, note: row.note, hasSupplement: row.supplementAttachmentId !== null,
      changes: JSON.parse(row.changes) as string[],
      distributions: (distributionsOf.all(row.id) as { id: string; recipientName: string; memberId: string | null; sentOn: string; method: DistributionMethod; supplement: number }[])
        .map((d) => ({ ...d, supplement: d.supplement === 1 })),
    };
  }

  return {
    /** The meeting's issues, newest first, and what changed since the last one (null before the first issue). */
    list(meetingId: string) {
      const meeting = source.meeting(meetingId);
      const rows = issuesOf.all(meetingId) as IssueRow[];
      const last = rows[0];
      let pending: { sinceIssue: number; lines: string[] } | null = null;
      if (last && meeting.agenda.length > 0) {
        pending = { sinceIssue: last.number, lines: packetChanges(JSON.parse(dataOf.get(last.id) as string) as FrozenPacketData, frozenNow(source.packet(meetingId))) };
      }
      return { issues: rows.map(summary), pending, refusal: refusal(meeting, rows.length > 0) };
    },

    /**
     * Prints and stores the next issue. A re-issue with nothing changed is refused (the committee already has it); so is
     * any issue once the minutes are locked. The lock is checked again after printing, when the issue is written.
     */
    async issue(meetingId: string, note: string | null, onProgress?: (step: string, done: number, total: number) => void) {
      const meeting = source.meeting(meetingId);
      const last = latest(meetingId);
      const refused = refusal(meeting, last !== undefined);
      if (refused) throw new AppError(meeting.locked ? 'LOCKED' : 'INVALID_INPUT', refused);
      const data = source.packet(meetingId);
      const frozen = frozenNow(data);
      const lines = last ? packetChanges(JSON.parse(dataOf.get(last.id) as string) as FrozenPacketData, frozen) : [];
      if (last && lines.length === 0 && !note?.trim()) {
        throw new AppError('CONFLICT', `Nothing in the packet has changed since issue ${last.number}, so there is nothing to re-issue. Add a note saying why if it must go out again.`);
      }
      const number = (last?.number ?? 0) + 1;
      const issuedAt = ctx.now().toISOString();
      const stamp = { number, issuedOn: calendar.today(), changes: last ? { sinceIssue: last.number, sinceDate: issuedOn(last.issuedAt), lines } : null };

      const supplementData = confidentialSupplement(data);
      const general = await buildPacket(ctx.printer(), { ...generalEdition(data), issue: stamp }, { onProgress });
      const supplement: PacketResult | null = supplementData ? await buildPacket(ctx.printer(), { ...supplementData, issue: stamp }) : null;

      return store.transaction(() => {
        const now = source.meeting(meetingId);
        const stillRefused = refusal(now, latest(meetingId) !== undefined);
        if (stillRefused) throw new AppError('LOCKED', stillRefused);
        const stem = `${meeting.title} — issue ${number}`.replace(/[\\/:*?"<>|]/g, '-');
        const packetAttachmentId = files.put(`${stem} — packet.pdf`, Buffer.from(general.pdf), maxIssuedPacketBytes);
        const supplementAttachmentId = supplement ? files.put(`${stem} — confidential supplement.pdf`, Buffer.from(supplement.pdf), maxIssuedPacketBytes) : null;
        const id = store.insert(packetIssueEntity, {
          meetingId, number, issuedAt, issuedBy: store.actor, packetAttachmentId, supplementAttachmentId, data: frozen as unknown as Record<string, unknown>,
          changes: lines, note: note?.trim() || null,
        });
        return { ...summary(issueById.get(id) as IssueRow), pageCount: general.pageCount, supplementPageCount: supplement?.pageCount ?? null, omitted: general.omitted };
      });
    },

    /** The stored PDF of an issue, exactly as issued. */
    open(issueId: string, edition: PacketEditionName) {
      const row = issueById.get(issueId) as IssueRow | undefined;
      if (!row) throw notFound('This packet issue');
      const attachmentId = edition === 'general' ? row.packetAttachmentId : row.supplementAttachmentId;
      if (!attachmentId) throw new AppError('NOT_FOUND', `Issue ${row.number} has no confidential supplement: nothing on its agenda was taken in closed session.`);
      const file = files.read(attachmentId);
      return { fileName: file.fileName, mediaType: 'application/pdf' as const, content: file.bytes.toString('base64') };
    },

    /** The latest issue of the meeting's general packet, or null before the first issue. */
    latestIssueId: (meetingId: string) => latest(meetingId)?.id ?? null,

    recordDistribution(input: { packetIssueId: string; recipientName: string; memberId: string | null; sentOn: string; method: DistributionMethod; supplement: boolean }) {
      return store.transaction(() => {
        const row = issueById.get(input.packetIssueId) as IssueRow | undefined;
        if (!row) throw notFound('This packet issue');
        if (input.supplement && !row.supplementAttachmentId) {
          throw new AppError('INVALID_INPUT', `Issue ${row.number} has no confidential supplement to send: nothing on its agenda was taken in closed session.`, [{ path: 'supplement', message: 'This issue has no supplement' }]);
        }
        if (input.sentOn < issuedOn(row.issuedAt)) {
          throw new AppError('INVALID_INPUT', `Issue ${row.number} was issued on ${issuedOn(row.issuedAt)}: it cannot have been sent on ${input.sentOn}, before it existed.`, [{ path: 'sentOn', message: `Before the issue (${issuedOn(row.issuedAt)})` }]);
        }
        if (input.sentOn > calendar.today()) {
          throw new AppError('INVALID_INPUT', `Record a distribution once it has happened: ${input.sentOn} is after today (${calendar.today()}).`, [{ path: 'sentOn', message: 'After today' }]);
        }
        let recipientName = input.recipientName.trim();
        if (input.memberId) {
          const member = memberOf.get(input.memberId) as { committeeId: string; name: string } | undefined;
          const meeting = source.meeting(row.meetingId);
          if (!member || member.committeeId !== meeting.committeeId) throw new AppError('INVALID_INPUT', 'That member is not on this meeting’s committee.', [{ path: 'memberId', message: 'Not on this committee' }]);
          recipientName ||= member.name;
        }
        if (!recipientName) throw new AppError('INVALID_INPUT', 'Say who received the packet: a member or a name.', [{ path: 'recipientName', message: 'Required' }]);
        store.insert(packetDistributionEntity, { packetIssueId: row.id, recipientName, memberId: input.memberId, sentOn: input.sentOn, method: input.method, supplement: input.supplement });
        return row.meetingId;
      });
    },

    /** Replaces an agenda item's guests with this list, in order. Refused once the minutes are locked. */
    setGuests(agendaItemId: string, guests: { name: string; role: string | null }[]) {
      return store.transaction(() => {
        const meetingId = meetingOfItem.get(agendaItemId) as string | undefined;
        if (!meetingId) throw notFound('This agenda item');
        const meeting = source.meeting(meetingId);
        if (meeting.locked) throw new AppError('LOCKED', `The minutes of ${meeting.title} are approved and locked. A correction is an amendment with its own motion.`);
        for (const id of guestIds.all(agendaItemId) as string[]) store.remove(agendaItemGuestEntity, id);
        guests.forEach((g, position) => store.insert(agendaItemGuestEntity, { agendaItemId, name: g.name.trim(), role: g.role?.trim() || null, position }));
        return meetingId;
      });
    },
  };
}
