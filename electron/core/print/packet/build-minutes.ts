// The minutes alone as a PDF: printed, footed "Page n of N" on every page, and named in the PDF's metadata.
import { mergePdfs, pageOfPages, setMetadata, stampPages } from '../pdf-assembly';
import type { PdfPrinter } from '../printer';
import type { MinutesData } from './minutes-data';
import { minutesHtml, minutesTitle } from './minutes-html';

export async function buildMinutes(printer: PdfPrinter, data: MinutesData): Promise<Uint8Array> {
  const doc = await mergePdfs([await printer.print(minutesHtml(data))]);
  const footer = `${data.committeeName} · Minutes of ${data.meetingTitle}${data.approval.status === 'approved' ? '' : ' · DRAFT'}`;
  await stampPages(doc, (pageIndex, pageCount) => ({ left: footer, right: pageOfPages(pageIndex, pageCount) }));
  setMetadata(doc, { title: minutesTitle(data), author: data.organisationName, subject: `Minutes · ${data.when}` });
  return doc.save();
}
