// The two PDFs an issue is made of: the general packet, where a closed-session item is only its title and a pointer,
// and the confidential supplement, which carries those items' papers and the closed-session minutes for approval.
import type { PacketAgendaItem, PacketData, PacketLinkedRecord } from './packet-data';

type PriorMinutes = Extract<PacketLinkedRecord, { kind: 'prior-minutes' }>;

const inTheSupplement = 'Taken in closed session: its papers are in the confidential supplement, which goes to voting members only.';
const minutedInTheSupplement = 'Minuted in closed session: these minutes are in the confidential supplement.';

/** The general packet: everything on the agenda, but nothing said or papered in closed session. */
export function generalEdition(data: PacketData): PacketData {
  return {
    ...data,
    edition: 'general',
    agenda: data.agenda.map((item) => {
      if (item.closedSession) return { ...item, description: inTheSupplement, linked: null, attachments: [], guests: [] };
      if (item.linked?.kind === 'prior-minutes' && item.linked.items.some((i) => i.closedSession)) {
        const items = item.linked.items.map((i) => (i.closedSession ? { ...i, minutes: minutedInTheSupplement, confidential: false } : i));
        return { ...item, linked: { ...item.linked, items } };
      }
      return item;
    }),
  };
}

/** The confidential supplement, or null when nothing on the agenda was taken in closed session. */
export function confidentialSupplement(data: PacketData): PacketData | null {
  const agenda: PacketAgendaItem[] = data.agenda.flatMap((item): PacketAgendaItem[] => {
    if (item.closedSession) return [{ ...item, confidential: true }];
    const closedMinutes = item.linked?.kind === 'prior-minutes' ? closedSessionMinutes(item.linked) : null;
    if (!closedMinutes) return [];
    // Approving minutes is an open item; only what was minuted in closed session travels here, under the same number.
    return [{ ...item, title: `${item.title}: closed-session minutes`, description: null, linked: closedMinutes, attachments: [], confidential: true, closedSession: true }];
  });
  if (agenda.length === 0) return null;
  return {
    ...data,
    edition: 'supplement',
    agenda,
    confidentialityNotice:
      'Confidential supplement: closed-session papers and minutes, for voting members and the guests named for each item. ' + data.confidentialityNotice,
  };
}

function closedSessionMinutes(record: PriorMinutes): PriorMinutes | null {
  const items = record.items.filter((i) => i.closedSession);
  // Motions are recorded against the meeting, not the closed item, so they stay with the open minutes.
  return items.length ? { ...record, title: `${record.title} (closed session)`, items: items.map((i) => ({ ...i, confidential: true })), motions: [] } : null;
}
