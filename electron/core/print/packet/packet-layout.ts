// Where everything sits in the finished packet, worked out from the page count of each part: item start pages, the
// contents, the bookmarks and each page's footer. Pure, so the arithmetic is tested without printing anything.
import type { OutlineEntry, StampFor } from '../pdf-assembly';
import { pageOfPages } from '../pdf-assembly';
import type { PacketAgendaItem } from './packet-data';
import { confidentialMark, isConfidential, itemLabel } from './labels';

export type PartKind = 'cover' | 'changes' | 'contents' | 'agenda' | 'item-sheet' | 'record' | 'attachment';

/** One run of pages in the packet, in order: a printed section or an attached PDF. */
export interface PacketPart {
  kind: PartKind;
  /** The agenda item the part belongs to, or null for cover, contents and agenda. */
  itemIndex: number | null;
  /** Its bookmark and contents line: "Agenda", a record's title, an attachment's file name. */
  title: string;
  pageCount: number;
}

export interface OmittedAttachment {
  itemIndex: number;
  fileName: string;
  reason: string;
}

/** Zero-based first page of each part. */
export function partStartPages(parts: PacketPart[]): number[] {
  let next = 0;
  return parts.map((part) => {
    const start = next;
    next += part.pageCount;
    return start;
  });
}

export function totalPages(parts: PacketPart[]): number {
  return parts.reduce((sum, part) => sum + part.pageCount, 0);
}

/** Zero-based page on which each agenda item's sheet starts, in agenda order. */
export function itemStartPages(parts: PacketPart[], itemCount: number): number[] {
  const starts = partStartPages(parts);
  return Array.from({ length: itemCount }, (_, itemIndex) => {
    const first = parts.findIndex((part) => part.itemIndex === itemIndex);
    if (first < 0) throw new RangeError(`Agenda item ${itemIndex + 1} has no pages in the packet.`);
    return starts[first] ?? 0;
  });
}

export type ContentsLine =
  | { kind: 'section'; title: string; pageIndex: number }
  | { kind: 'item'; number: string; title: string; confidential: boolean; pageIndex: number }
  | { kind: 'part'; title: string; pageIndex: number }
  | { kind: 'omitted'; fileName: string; reason: string };

/** The lines of the contents: the agenda, then each item with its papers and any attachment left out. */
export function contentsLines(parts: PacketPart[], agenda: PacketAgendaItem[], omitted: OmittedAttachment[]): ContentsLine[] {
  const starts = partStartPages(parts);
  const lines: ContentsLine[] = [];
  parts.forEach((part, index) => {
    const pageIndex = starts[index] ?? 0;
    if (part.kind === 'agenda' || part.kind === 'changes') lines.push({ kind: 'section', title: part.title, pageIndex });
    if (part.kind === 'item-sheet' && part.itemIndex !== null) {
      const item = agenda[part.itemIndex];
      if (!item) return;
      lines.push({ kind: 'item', number: item.number, title: item.title, confidential: isConfidential(item), pageIndex });
    }
    if (part.kind === 'record' || part.kind === 'attachment') lines.push({ kind: 'part', title: part.kind === 'attachment' ? `Attachment: ${part.title}` : part.title, pageIndex });
    // Omissions follow the item's last part, so the director sees them where the papers would have been.
    const next = parts[index + 1];
    if (part.itemIndex !== null && next?.itemIndex !== part.itemIndex) {
      for (const left of omitted.filter((o) => o.itemIndex === part.itemIndex)) lines.push({ kind: 'omitted', fileName: left.fileName, reason: left.reason });
    }
  });
  return lines;
}

/** Cover, Contents, Agenda, then one bookmark per item with its records and attachments beneath it. */
export function packetOutline(parts: PacketPart[], agenda: PacketAgendaItem[]): OutlineEntry[] {
  const starts = partStartPages(parts);
  const entries: OutlineEntry[] = [];
  parts.forEach((part, index) => {
    const pageIndex = starts[index] ?? 0;
    if (part.itemIndex === null) {
      entries.push({ title: part.title, pageIndex });
      return;
    }
    if (part.kind === 'item-sheet') {
      const item = agenda[part.itemIndex];
      entries.push({ title: item ? `${item.number}. ${item.title}` : part.title, pageIndex, children: [] });
      return;
    }
    entries.at(-1)?.children?.push({ title: part.title, pageIndex });
  });
  return entries;
}

/** Footer left: the item (or section) the page belongs to; right: "Page n of N"; the mark on confidential items' pages. */
export function packetStamps(parts: PacketPart[], agenda: PacketAgendaItem[]): StampFor {
  const pageParts = parts.flatMap((part) => Array.from({ length: part.pageCount }, () => part));
  return (pageIndex, pageCount) => {
    const part = pageParts[pageIndex];
    const item = part?.itemIndex === null || part === undefined ? undefined : agenda[part.itemIndex];
    const right = pageOfPages(pageIndex, pageCount);
    if (!item) return { left: part?.title ?? '', right };
    return isConfidential(item) ? { left: itemLabel(item), right, mark: confidentialMark } : { left: itemLabel(item), right };
  };
}
