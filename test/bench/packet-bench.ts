// Bench figure for the board packet: a ~100-page packet built end to end against the floor of printing the same
// HTML sections with no merging, contents pass, stamping or bookmarks.
import { createChromiumPrinter } from '../../electron/core/print/chromium-printer';
import { buildPacket } from '../../electron/core/print/packet/build-packet';
import type { PdfPrinter } from '../../electron/core/print/printer';
import { packetFixture } from '../core/print/packet-fixtures';
import { figure, onceMs, type Figure } from './measure';

/** Passes prints through, keeping the HTML of each, so the floor can print exactly what the packet printed. */
function recordingPrinter(inner: PdfPrinter): PdfPrinter & { documents: string[] } {
  const documents: string[] = [];
  return {
    documents,
    print(html, options) {
      documents.push(html);
      return inner.print(html, options);
    },
    close: () => inner.close(),
  };
}

export async function packetFigures(): Promise<Record<string, Figure>> {
  const printer = createChromiumPrinter();
  try {
    // 12 items; 3 attached PDFs (3 + 60 + 8 pages) and no unreadable ones: about 100 pages in all.
    const data = await packetFixture({ longAttachmentPages: 60, badAttachments: false });
    await buildPacket(printer, data); // warm-up: browser launched, fonts cached
    const runs: { ours: number; floor: number; pages: number }[] = [];
    for (let run = 0; run < 3; run += 1) {
      const recorder = recordingPrinter(printer);
      let pages = 0;
      const ours = await onceMs(async () => {
        pages = (await buildPacket(recorder, data)).pageCount;
      });
      // The first contents print is the placeholder pass; the floor prints each section once, one after another.
      const sections = recorder.documents.filter((html, i, all) => !(html.includes('— contents</title>') && all.findLastIndex((h) => h.includes('— contents</title>')) !== i));
      const floor = await onceMs(async () => {
        for (const html of sections) await printer.print(html);
      });
      runs.push({ ours, floor, pages });
    }
    runs.sort((a, b) => a.ours - b.ours);
    const median = runs[1] as { ours: number; floor: number; pages: number };
    const floors = runs.map((r) => r.floor).sort((a, b) => a - b);
    return { [`board packet, ${median.pages} pages (12 items, 3 attached PDFs)`]: figure(median.ours, floors[1] as number) };
  } finally {
    await printer.close();
  }
}
