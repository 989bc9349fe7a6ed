// Decides whether an attached file can go into the packet: a readable, complete, unencrypted PDF with pages, or an
// omission with a reason a director can act on ("password-protected", "not a readable PDF (no PDF header)").
import { EncryptedPDFError, PDFDocument } from 'pdf-lib';
import type { PacketAttachment } from './packet-data';

export type CheckedAttachment =
  | { fileName: string; readable: true; pageCount: number }
  | { fileName: string; readable: false; reason: string };

/** Loads a PDF the way the packet merges it: encryption refused, since pdf-lib would copy pages it cannot decrypt. */
export function loadAttachment(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { ignoreEncryption: false, updateMetadata: false });
}

/** Far beyond any real board paper; a longer file is more likely a whole archive attached by mistake. */
export const maxAttachmentPages = 2000;

export async function checkAttachment(attachment: PacketAttachment, { maxPages = maxAttachmentPages } = {}): Promise<CheckedAttachment> {
  const { fileName, bytes } = attachment;
  const omitted = (reason: string): CheckedAttachment => ({ fileName, readable: false, reason });
  if (bytes.byteLength === 0) return omitted('the file is empty');
  if (!startsWithPdfHeader(bytes)) return omitted('not a readable PDF (the file does not start like a PDF; it may be another kind of document)');
  // A PDF ends with %%EOF; without it the file was cut short (an interrupted copy or download), and pdf-lib would
  // quietly rebuild what it could, so pages might come out blank rather than fail.
  if (!endsWithEof(bytes)) return omitted('not a readable PDF (the file is incomplete: it may have been cut short while copying)');
  let pageCount: number;
  try {
    // Counting pages walks the page tree, which is where a damaged file that still loads gives way.
    pageCount = (await loadAttachment(bytes)).getPageCount();
  } catch (error) {
    // pdf-lib is compiled to ES5, where instanceof on an Error subclass can fail; its message is checked as well.
    if (error instanceof EncryptedPDFError || (error instanceof Error && /is encrypted/i.test(error.message))) return omitted('password-protected: save an unprotected copy and attach that');
    return omitted(`not a readable PDF (${plainParseError(error)})`);
  }
  if (pageCount === 0) return omitted('the PDF has no pages');
  if (pageCount > maxPages) return omitted(`too long to include (${pageCount} pages; a packet takes attachments of up to ${maxPages})`);
  return { fileName, readable: true, pageCount };
}

function startsWithPdfHeader(bytes: Uint8Array): boolean {
  // The spec allows the header anywhere in the first 1024 bytes; some scanners put junk before it.
  return latin1(bytes.subarray(0, 1024)).includes('%PDF-');
}

function endsWithEof(bytes: Uint8Array): boolean {
  return latin1(bytes.subarray(Math.max(0, bytes.byteLength - 1024))).includes('%%EOF');
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** pdf-lib's messages carry parser positions; the director needs only what went wrong. */
function plainParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const reason = message.replace(/^Failed to parse PDF document \([^)]*\):\s*/, '').replace(/\.$/, '');
  if (/Cannot read properties|undefined/.test(reason)) return 'its structure is damaged';
  return reason.charAt(0).toLowerCase() + reason.slice(1);
}
