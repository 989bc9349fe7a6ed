// Merging printed parts, stamping "Page n of N" across the whole, and bookmarks a viewer can follow.
import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument, degrees } from 'pdf-lib';
import { createChromiumPrinter } from '../../../electron/core/print/chromium-printer';
import { addOutline, mergePdfs, pageOfPages, setMetadata, stampPages } from '../../../electron/core/print/pdf-assembly';
import { documentInfo, openPdf, pageTexts } from './pdf-reading';

const printer = createChromiumPrinter();
afterAll(() => printer.close());

/** A part of `pages` printed pages, each headed with its part and page so the order can be checked. */
function partHtml(part: string, pages: number): string {
  const sheets = Array.from({ length: pages }, (_, i) => `<section style="break-after: page"><h1>${part} sheet ${i + 1}</h1><p>Body of ${part}.</p></section>`);
  return `<!doctype html><html><body>${sheets.join('')}</body></html>`;
}

async function printedParts(): Promise<Uint8Array[]> {
  return Promise.all([printer.print(partHtml('Agenda', 1)), printer.print(partHtml('Minutes', 3)), printer.print(partHtml('Report', 2), { landscape: true })]);
}

describe('mergePdfs and stampPages', () => {
  it('merges three printed parts in order and stamps every page "Page n of N", the footer and the mark', async () => {
    const doc = await mergePdfs(await printedParts());
    await stampPages(doc, (index, count) => ({ left: `Quality Committee → 2026-11-23 · Dvořák ✓`, right: pageOfPages(index, count), mark: 'CONFIDENTIAL — peer review' }));
    const texts = await pageTexts(await doc.save());

    expect(texts).toHaveLength(6);
    const sheets = ['Agenda sheet 1', 'Minutes sheet 1', 'Minutes sheet 2', 'Minutes sheet 3', 'Report sheet 1', 'Report sheet 2'];
    texts.forEach((text, index) => {
      expect(text).toContain(sheets[index]);
      expect(text).toContain(`Page ${index + 1} of 6`);
      expect(text).toContain('CONFIDENTIAL — peer review');
      // Characters Helvetica (WinAnsi) lacks are replaced rather than thrown on: → becomes ->, ř loses its háček, ✓ becomes v.
      expect(text).toContain('Quality Committee -> 2026-11-23 · Dvorák v');
    });
  });

  it('keeps the footer at the bottom, upright, on a rotated attachment page', async () => {
    const attachment = await PDFDocument.create();
    attachment.addPage([612, 792]).setRotation(degrees(90));
    const doc = await mergePdfs([await printer.print(partHtml('Cover', 1)), await attachment.save()]);
    await stampPages(doc, (index, count) => ({ left: 'Board packet', right: pageOfPages(index, count) }));
    const pdf = await openPdf(await doc.save());
    const page = await pdf.getPage(2);
    const viewport = page.getViewport({ scale: 1 });
    const items = (await page.getTextContent()).items.filter((item) => 'str' in item && item.str === 'Page 2 of 2');
    expect(items).toHaveLength(1);
    const [a = 0, b = 0, , , e = 0, f = 0] = (items[0] as { transform: number[] }).transform;
    // In the viewer's coordinates (origin top left, page shown 792 wide), the footer is near the bottom edge…
    const [x, y] = viewport.convertToViewportPoint(e, f) as [number, number];
    expect(viewport.width).toBe(792);
    expect(y).toBeGreaterThan(viewport.height - 50);
    expect(x).toBeGreaterThan(viewport.width / 2);
    // …and runs left to right, not up the side of the page.
    const [x2, y2] = viewport.convertToViewportPoint(e + a, f + b) as [number, number];
    expect(x2 - x).toBeGreaterThan(0);
    expect(Math.abs(y2 - y)).toBeLessThan(0.01);
    await pdf.destroy();
  });
});

describe('addOutline', () => {
  it('writes bookmarks a viewer reads back in order, nested, each opening the right page', async () => {
    const doc = await mergePdfs(await printedParts());
    addOutline(doc, [
      { title: 'Agenda', pageIndex: 0 },
      {
        title: 'Minutes of 12 October',
        pageIndex: 1,
        children: [
          { title: 'Attendance and quorum', pageIndex: 1 },
          { title: 'Motion 3 — approve MS-014 v3 → Board', pageIndex: 3 },
        ],
      },
      { title: 'Quality report · Q3 (Dvořák)', pageIndex: 4 },
    ]);
    setMetadata(doc, { title: 'Medical Executive Committee — 2026-11-23', author: 'Harbour General Hospital', subject: 'Board packet' });
    const pdf = await openPdf(await doc.save());
    const outline = await pdf.getOutline();

    const pageOf = async (dest: unknown): Promise<number> => {
      expect(Array.isArray(dest)).toBe(true);
      return pdf.getPageIndex((dest as [{ num: number; gen: number }])[0]);
    };
    expect(outline.map((item) => item.title)).toEqual(['Agenda', 'Minutes of 12 October', 'Quality report · Q3 (Dvořák)']);
    expect(await Promise.all(outline.map((item) => pageOf(item.dest)))).toEqual([0, 1, 4]);
    const children = outline[1]?.items ?? [];
    expect(children.map((item) => item.title)).toEqual(['Attendance and quorum', 'Motion 3 — approve MS-014 v3 → Board']);
    expect(await Promise.all(children.map((item) => pageOf(item.dest)))).toEqual([1, 3]);

    const info = await documentInfo(pdf);
    expect(info.Title).toBe('Medical Executive Committee — 2026-11-23');
    expect(info.Author).toBe('Harbour General Hospital');
    await pdf.destroy();
  });

  it('refuses a bookmark to a page the document does not have', async () => {
    const doc = await mergePdfs([await printer.print(partHtml('Only', 1))]);
    expect(() => addOutline(doc, [{ title: 'Nowhere', pageIndex: 5 }])).toThrow(/page 6/);
  });
});
