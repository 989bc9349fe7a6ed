// Packets as issued: issue (and re-issue) a meeting's packet, frozen with the data it was printed from; what changed
// since the last issue; the distribution log; and the guests invited to each agenda item.
import { z } from 'zod';
import { channel } from './define';
import { Id, IsoDate, IsoDateTime, NonBlank } from './common';
import { ExportedFile } from './credentials';
import { Meeting } from './meetings';

export const distributionMethods = ['email', 'portal', 'printed', 'hand', 'other'] as const;
export const distributionMethodLabels: Record<(typeof distributionMethods)[number], string> = {
  email: 'E-mail', portal: 'Board portal', printed: 'Printed copy', hand: 'By hand', other: 'Other',
};
export const packetEditions = ['general', 'supplement'] as const;

export const PacketDistribution = z.object({
  id: Id,
  recipientName: z.string(),
  memberId: Id.nullable(),
  sentOn: IsoDate,
  method: z.enum(distributionMethods),
  /** The confidential supplement went too. */
  supplement: z.boolean(),
});
export type PacketDistribution = z.infer<typeof PacketDistribution>;

export const PacketIssue = z.object({
  id: Id,
  number: z.number().int(),
  issuedAt: IsoDateTime,
  /** Who issued it: the laptop's director, as the change log names them. */
  issuedBy: z.string(),
  note: z.string().nullable(),
  /** A confidential supplement was issued with it (something on the agenda is taken in closed session). */
  hasSupplement: z.boolean(),
  /** What changed since the issue before it, as printed on its first page; empty for the first issue. */
  changes: z.array(z.string()),
  distributions: z.array(PacketDistribution),
});
export type PacketIssue = z.infer<typeof PacketIssue>;

const optionalNote = z.string().trim().max(1000).transform((s) => s || null).nullable().default(null);

export const packetIssuesContract = {
  'packets.issues': channel({
    summary: 'A meeting’s issued packets, newest first, with their distribution; what changed since the last issue; why it cannot be issued, if so',
    writes: false,
    input: z.object({ meetingId: Id }).strict(),
    output: z.object({
      issues: z.array(PacketIssue),
      /** Null before the first issue. */
      pending: z.object({ sinceIssue: z.number().int(), lines: z.array(z.string()) }).nullable(),
      refusal: z.string().nullable(),
    }),
  }),
  'packets.issue': channel({
    summary: 'Issue the packet (or re-issue it, with what changed at the front): the PDFs and their data are stored and no longer change',
    writes: true,
    /** `jobId` names the print for meetings.exportProgress while it runs. */
    input: z.object({ meetingId: Id, note: optionalNote, jobId: Id.optional() }).strict(),
    output: PacketIssue.extend({ pageCount: z.number().int(), supplementPageCount: z.number().int().nullable(), omitted: z.array(z.object({ item: z.string(), fileName: z.string(), reason: z.string() })) }),
  }),
  'packets.open': channel({
    summary: 'An issued packet or its confidential supplement, exactly as issued',
    writes: false,
    input: z.object({ issueId: Id, edition: z.enum(packetEditions).default('general') }).strict(),
    output: ExportedFile,
  }),
  'packets.recordDistribution': channel({
    summary: 'Record who received an issue, when and how (a member of the committee or anyone named)',
    writes: true,
    input: z.object({
      packetIssueId: Id,
      memberId: Id.nullable().default(null),
      recipientName: z.string().trim().max(120).default(''),
      sentOn: IsoDate,
      method: z.enum(distributionMethods),
      supplement: z.boolean().default(false),
    }).strict(),
    output: Meeting,
  }),
  'agenda.setGuests': channel({
    summary: 'The guests invited for one agenda item (name, role or affiliation), replacing the list',
    writes: true,
    input: z.object({
      agendaItemId: Id,
      guests: z.array(z.object({ name: NonBlank('Guest name', 120), role: z.string().trim().max(120).transform((s) => s || null).nullable().default(null) }).strict()).max(30),
    }).strict(),
    output: Meeting,
  }),
};
