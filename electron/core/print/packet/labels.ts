// Words the packet prints for coded values, and the small formatting rules every section shares.
import type { PacketAgendaItem, PacketData } from './packet-data';

export const agendaKindLabels: Record<PacketAgendaItem['kind'], string> = {
  procedural: 'Procedural',
  information: 'Information',
  discussion: 'Discussion',
  decision: 'Decision',
};

export const meetingTypeLabels: Record<PacketData['meetingType'], string> = {
  regular: 'Regular meeting',
  special: 'Special meeting',
  annual: 'Annual meeting',
};

/** Stamped at the top of every page of a confidential item, its attachments included. */
export const confidentialMark = 'CONFIDENTIAL — peer review / patient information';

/** "Item 4 · Credentials report": how an item is named in footers and bookmarks. */
export function itemLabel(item: Pick<PacketAgendaItem, 'number' | 'title'>): string {
  return `Item ${item.number} · ${item.title}`;
}

export function minutesLabel(minutes: number | null): string {
  return minutes === null ? '' : `${minutes} min`;
}

export function pagesLabel(count: number): string {
  return count === 1 ? '1 page' : `${count} pages`;
}

/**
 * Peer-review and credentialing content is confidential whatever the item's own flag says, and so are prior minutes
 * that record an executive-session item: the approval item's pages carry what was said in closed session.
 */
export function isConfidential(item: PacketAgendaItem): boolean {
  return isClosedSession(item) || (item.linked?.kind === 'prior-minutes' && item.linked.items.some(hasConfidentialMinutes));
}

/** Taken in executive session: the item itself is confidential (approving minutes that mention one is not). */
export function isClosedSession(item: PacketAgendaItem): boolean {
  return item.confidential || item.closedSession === true || item.linked?.kind === 'credential-report' || item.linked?.kind === 'recommendation-slate';
}

/**
 * The PDF's title, shown in the reader's window bar and read first by a screen reader. Meeting titles often begin
 * with the committee's name already ("Medical Executive Committee — December 2026"): then it is not said twice.
 */
export function packetTitle(data: Pick<PacketData, 'committeeName' | 'meetingTitle' | 'edition' | 'issue'>): string {
  const meeting = meetingName(data);
  const what = data.edition === 'supplement' ? 'confidential supplement' : 'packet';
  return `${meeting} — ${what}${data.issue ? `, issue ${data.issue.number}` : ''}`;
}

/** A minuted item from executive session: it makes every page it is printed on confidential. */
export function hasConfidentialMinutes(item: { minutes: string | null; confidential?: boolean | undefined }): boolean {
  return item.confidential === true && !!item.minutes?.trim();
}

/** True when the meeting's title already names its committee, so a heading need not say it again. */
export function titleNamesCommittee(data: Pick<PacketData, 'committeeName' | 'meetingTitle'>): boolean {
  return data.meetingTitle.toLowerCase().includes(data.committeeName.toLowerCase());
}

/** The meeting as headings name it: its title, with the committee in front only if the title does not say it. */
export function meetingName(data: Pick<PacketData, 'committeeName' | 'meetingTitle'>): string {
  return titleNamesCommittee(data) ? data.meetingTitle : `${data.committeeName} — ${data.meetingTitle}`;
}
