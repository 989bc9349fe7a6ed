// Prints several documents with a few in flight at once, returning the PDFs in the order the documents were given.
import type { PdfPrinter } from '../printer';

export async function printInOrder(printer: PdfPrinter, documents: string[], concurrency: number, onStart?: (index: number) => void): Promise<Uint8Array[]> {
  const results: Uint8Array[] = new Array<Uint8Array>(documents.length);
  let next = 0;
  const worker = async () => {
    while (next < documents.length) {
      const index = next++;
      onStart?.(index);
      results[index] = await printer.print(documents[index] as string);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, documents.length)) }, worker));
  return results;
}
