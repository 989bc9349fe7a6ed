// The minutes alone as a PDF: printed, footed "Page n of N" on every page, and named in the PDF's metadata.
import { mergePdfs, pageOfPages, setMetadata, stampPages } from '../pdf-assembly';
import { confidentialMark, hasConfidentialMinutes } from './labels';
import type { PdfPrinter } from '../printer';
import type { MinutesData } from './minutes-data';
import { minutesHtml, minutesTitle } from './minutes-html';

export async function buildMinutes(printer: PdfPrinter, data: MinutesData): Promise<Uint8Array> {
  const doc = await mergePdfs([await printer.print(minutesHtml(data))]);
  const footer = `${data.committeeName} · Minutes of ${data.meetingTitle}${data.approval.status === 'approved' ? '' : ' · DRAFT'}`;
  // Minutes that record an executive-session item carry peer-review or patient content: every page is marked.
  const mark = data.items.some(hasConfidentialMinutes) ? { mark: confidentialMark } : {};
  await stampPages(doc, (pageIndex, pageCount) => ({ left: footer, right: pageOfPages(pageIndex, pageCount), ...mark }));
  setMetadata(doc, { title: minutesTitle(data), author: data.organisationName, subject: `Minutes · ${data.when}` });
  return doc.save();
}
