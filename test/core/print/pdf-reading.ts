// Reads PDFs back the way a viewer does (pdfjs-dist), so tests check what a director would see, not what we wrote.
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  // pdfjs takes ownership of the buffer it is given; a copy keeps the caller's bytes usable.
  return getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
}

/** The text of each page as a viewer would copy it: runs joined, line ends as spaces, white space collapsed. */
export async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await openPdf(bytes);
  try {
    const texts: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const content = await (await pdf.getPage(number)).getTextContent();
      texts.push(
        content.items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
          .join('')
          .replace(/\s+/g, ' '),
      );
    }
    return texts;
  } finally {
    await pdf.destroy();
  }
}

/** The document information dictionary (Title, Author, Subject…). */
export async function documentInfo(pdf: PDFDocumentProxy): Promise<Record<string, unknown>> {
  const { info } = await pdf.getMetadata();
  return info as unknown as Record<string, unknown>;
}
