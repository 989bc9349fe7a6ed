// Builds the board packet: prints each section from the meeting's data, merges the attached PDFs in place, then
// numbers, marks and bookmarks the whole as one PDF.
import { PDFDocument } from 'pdf-lib';
import { AppError } from '../../errors';
import { addOutline, setMetadata, stampPages } from '../pdf-assembly';
import type { PdfPrinter } from '../printer';
import { structureTreeMerger } from '../structure-tree';
import { agendaHtml } from './agenda-html';
import { checkAttachment, loadAttachment, type CheckedAttachment } from './attachment-check';
import { changesHtml, changesTitle } from './changes-html';
import { contentsHtml } from './contents-html';
import { coverHtml } from './cover-html';
import { itemSheetHtml } from './item-sheet-html';
import { packetTitle } from './labels';
import { linkedRecordDocuments } from './linked-record-html';
import type { PacketData, PacketResult } from './packet-data';
import { contentsLines, itemStartPages, packetOutline, packetStamps, totalPages, type OmittedAttachment, type PacketPart, type PartKind } from './packet-layout';
import { printInOrder } from './print-in-order';

export interface BuildPacketOptions {
  /** Called before each step, so a screen can show "Printing item 4 (6 of 31)". */
  onProgress?: (step: string, done: number, total: number) => void;
}

/** A section printed from HTML. */
interface PrintedSection {
  kind: Exclude<PartKind, 'attachment' | 'contents'>;
  itemIndex: number | null;
  title: string;
  html: string;
  step: string;
}

/** A part as it will be merged: printed pages already loaded, or an attachment loaded only when it is merged. */
type MergeSource = { printed: PDFDocument } | { attachment: Uint8Array; fileName: string };

/** More than one print at a time keeps Chromium busy while pdf-lib counts pages; more than this buys nothing. */
const printConcurrency = 3;

export async function buildPacket(printer: PdfPrinter, data: PacketData, options: BuildPacketOptions = {}): Promise<PacketResult> {
  if (data.agenda.length === 0) throw new AppError('INVALID_INPUT', 'This meeting has no agenda yet: add items before printing the packet.');

  // Steps: checking attachments, each section (counted before attachments are checked), two contents passes, merging, saving.
  const total = 1 + packetSections(data, []).length + 2 + 2;
  let done = 0;
  const report = (step: string) => options.onProgress?.(step, done++, total);

  report('Checking attachments');
  const checked: CheckedAttachment[][] = [];
  for (const item of data.agenda) {
    const results: CheckedAttachment[] = [];
    // One at a time: a scanned attachment can be large, and only one is parsed at once.
    for (const attachment of item.attachments) results.push(await checkAttachment(attachment));
    checked.push(results);
  }
  const omitted: OmittedAttachment[] = checked.flatMap((results, itemIndex) =>
    results.flatMap((a) => (a.readable ? [] : [{ itemIndex, fileName: a.fileName, reason: a.reason }])),
  );

  const printedSections = packetSections(data, checked);
  const printed = await printInOrder(
    printer,
    printedSections.map((s) => s.html),
    printConcurrency,
    (index) => report(printedSections[index]?.step ?? 'Printing'),
  );
  const loaded = await Promise.all(printed.map((bytes) => PDFDocument.load(bytes)));

  // The parts in packet order; the contents is a placeholder until its own length is known. It follows the cover and,
  // in a re-issue, the page of changes, which the committee should read first.
  const parts: PacketPart[] = [];
  const sources: MergeSource[] = [];
  const contentsAt = printedSections.findIndex((s) => s.kind === 'agenda');
  printedSections.forEach((section, index) => {
    const doc = loaded[index] as PDFDocument;
    if (index === contentsAt) {
      parts.push({ kind: 'contents', itemIndex: null, title: 'Contents', pageCount: 0 });
      sources.push({ printed: doc });
    }
    parts.push({ kind: section.kind, itemIndex: section.itemIndex, title: section.title, pageCount: doc.getPageCount() });
    sources.push({ printed: doc });
    const next = printedSections[index + 1];
    if (section.itemIndex !== null && next?.itemIndex !== section.itemIndex) {
      // The item's last printed section: its attachments follow, in the order they were attached.
      const item = data.agenda[section.itemIndex];
      (checked[section.itemIndex] ?? []).forEach((a, n) => {
        if (!a.readable) return;
        parts.push({ kind: 'attachment', itemIndex: section.itemIndex, title: a.fileName, pageCount: a.pageCount });
        sources.push({ attachment: item?.attachments[n]?.bytes ?? new Uint8Array(), fileName: a.fileName });
      });
    }
  });

  const contents = await printContents(printer, data, parts, omitted, contentsAt, report);
  sources[contentsAt] = { printed: contents };

  report('Merging attachments');
  const packet = await mergeParts(sources, totalPages(parts));

  report('Numbering pages and writing bookmarks');
  await stampPages(packet, packetStamps(parts, data.agenda));
  addOutline(packet, packetOutline(parts, data.agenda));
  setMetadata(packet, {
    title: packetTitle(data),
    author: data.organisationName,
    subject: `Meeting packet · ${data.when}`,
  });
  const pdf = await packet.save();
  options.onProgress?.('Done', total, total);

  return {
    pdf,
    pageCount: packet.getPageCount(),
    itemStartPages: itemStartPages(parts, data.agenda.length),
    omitted: omitted.map((o) => ({ item: data.agenda[o.itemIndex]?.title ?? '', fileName: o.fileName, reason: o.reason })),
  };
}

/** Everything printed from HTML except the contents, in packet order. */
function packetSections(data: PacketData, checked: CheckedAttachment[][]): PrintedSection[] {
  const sections: PrintedSection[] = [
    { kind: 'cover', itemIndex: null, title: 'Cover', html: coverHtml(data), step: 'Printing the cover' },
  ];
  const changes = changesHtml(data);
  if (changes) sections.push({ kind: 'changes', itemIndex: null, title: changesTitle(data) ?? 'Changes', html: changes, step: 'Printing the changes since the last issue' });
  sections.push(
    { kind: 'agenda', itemIndex: null, title: 'Agenda', html: agendaHtml(data), step: 'Printing the agenda' },
  );
  data.agenda.forEach((item, itemIndex) => {
    const step = `Printing item ${item.number}, ${item.title}`;
    sections.push({ kind: 'item-sheet', itemIndex, title: item.title, html: itemSheetHtml(data, item, checked[itemIndex] ?? []), step });
    if (item.linked) {
      for (const record of linkedRecordDocuments(data, item, item.linked)) sections.push({ kind: 'record', itemIndex, title: record.title, html: record.html, step });
    }
  });
  return sections;
}

/**
 * Prints the contents twice: once with placeholder numbers to learn how many pages it takes (which moves every page
 * after it), then with the real numbers. The numbers sit in a fixed-width column, so they cannot change the length;
 * if the length changed anyway the pass is repeated, and a packet whose contents never settles is refused.
 */
async function printContents(
  printer: PdfPrinter,
  data: PacketData,
  parts: PacketPart[],
  omitted: OmittedAttachment[],
  contentsAt: number,
  report: (step: string) => void,
): Promise<PDFDocument> {
  const contentsPart = parts[contentsAt] as PacketPart;
  const digits = String(totalPages(parts) + 99).length;
  report('Laying out the contents');
  let doc = await PDFDocument.load(await printer.print(contentsHtml(data, contentsLines(parts, data.agenda, omitted), () => '8'.repeat(digits))));
  report('Printing the contents');
  for (let attempt = 0; attempt < 3; attempt += 1) {
    contentsPart.pageCount = doc.getPageCount();
    const lines = contentsLines(parts, data.agenda, omitted);
    doc = await PDFDocument.load(await printer.print(contentsHtml(data, lines, (pageIndex) => String(pageIndex + 1))));
    if (doc.getPageCount() === contentsPart.pageCount) return doc;
  }
  throw new AppError('INTERNAL', 'The contents of this packet changed length each time it was printed, so its page numbers could not be trusted. Please try again.');
}

async function mergeParts(sources: MergeSource[], expectedPages: number): Promise<PDFDocument> {
  const packet = await PDFDocument.create();
  const structure = structureTreeMerger(packet);
  for (const source of sources) {
    // Attachments are parsed again here rather than kept from the check: only one large file is held parsed at a time.
    try {
      const from = 'printed' in source ? source.printed : await loadAttachment(source.attachment);
      const pages = await packet.copyPages(from, from.getPageIndices());
      for (const page of pages) packet.addPage(page);
      structure.add(from, pages);
    } catch (error) {
      // The check read the file; if copying its pages still fails, say which file, rather than save a broken packet.
      if ('printed' in source) throw error;
      const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new AppError('INVALID_INPUT', `The attachment "${source.fileName}" could not be merged into the packet (${why}). Remove it or attach another copy, then print again.`);
    }
  }
  if (packet.getPageCount() !== expectedPages) {
    throw new AppError('INTERNAL', `The packet came out with ${packet.getPageCount()} pages instead of ${expectedPages}, so it was not saved.`);
  }
  structure.finish();
  return packet;
}
