// The board packet end to end: a twelve-item meeting with a 300-page attachment and three unreadable ones, printed
// by Chromium and read back with pdfjs as a viewer would: pages, contents numbers, bookmarks, footers, marks.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../../electron/core/print/chromium-printer';
import type { PdfPrinter } from '../../../electron/core/print/printer';
import { buildPacket } from '../../../electron/core/print/packet/build-packet';
import type { PacketData, PacketResult } from '../../../electron/core/print/packet/packet-data';
import { savePacket } from '../../../electron/core/print/packet/save-packet';
import { confidentialItemIndexes, packetFixture } from './packet-fixtures';
import { documentInfo, openPdf, pageTexts } from './pdf-reading';

const chromium = createChromiumPrinter();
afterAll(() => chromium.close());

const mark = 'CONFIDENTIAL — peer review / patient information';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The real printer, counting the pages of everything it prints, so the packet can be checked against its parts. */
function countingPrinter(inner: PdfPrinter): PdfPrinter & { printedPages: { title: string; pages: number }[] } {
  const printedPages: { title: string; pages: number }[] = [];
  return {
    printedPages,
    async print(html, options) {
      const bytes = await inner.print(html, options);
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
      printedPages.push({ title, pages: (await PDFDocument.load(bytes)).getPageCount() });
      return bytes;
    },
    close: () => inner.close(),
  };
}

describe('board packet', () => {
  let data: PacketData;
  let result: PacketResult;
  let texts: string[];
  let printer: ReturnType<typeof countingPrinter>;
  const progress: { step: string; done: number; total: number }[] = [];

  beforeAll(async () => {
    data = await packetFixture();
    printer = countingPrinter(chromium);
    result = await buildPacket(printer, data, { onProgress: (step, done, total) => progress.push({ step, done, total }) });
    texts = await pageTexts(result.pdf);
  }, 60_000);

  /** Zero-based pages [from, to) of the item, from the start pages the engine reports. */
  const itemRange = (index: number): [number, number] => [result.itemStartPages[index] ?? 0, result.itemStartPages[index + 1] ?? result.pageCount];

  it('has as many pages as its parts: every printed section once (the contents in its final pass) plus the readable attachments', () => {
    const contentsPrints = printer.printedPages.filter((p) => p.title.endsWith('— contents'));
    expect(contentsPrints).toHaveLength(2);
    // The placeholder pass and the final pass came out the same length.
    expect(contentsPrints[0]?.pages).toBe(contentsPrints[1]?.pages);
    const printedOnce = printer.printedPages.filter((p) => p !== contentsPrints[0]).reduce((sum, p) => sum + p.pages, 0);
    const attachments = 3 + 300 + 8;
    expect(result.pageCount).toBe(printedOnce + attachments);
    expect(texts).toHaveLength(result.pageCount);
    expect(result.pageCount).toBeGreaterThan(330);
  });

  it('prints "Page n of N" and the item title (or section name) at the foot of every page', () => {
    const n = texts.length;
    texts.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of ${n}`));
    expect(texts[0]).toContain('Cover');
    data.agenda.forEach((item, i) => {
      const [from, to] = itemRange(i);
      for (let page = from; page < to; page += 1) expect(texts[page]).toContain(`Item ${item.number} · ${item.title}`);
    });
  });

  it('starts each item where the engine says, on its item sheet', () => {
    expect(result.itemStartPages).toHaveLength(12);
    data.agenda.forEach((item, i) => {
      const sheet = texts[result.itemStartPages[i] ?? -1] ?? '';
      expect(sheet).toContain(`AGENDA ITEM ${item.number}`);
      expect(sheet).toContain(item.title);
    });
  });

  it('prints in the contents, for every item, the page the item really starts on', () => {
    const agendaStart = texts.findIndex((text) => text.includes('Agenda') && text.includes('Total time allotted'));
    expect(agendaStart).toBeGreaterThan(1);
    const contents = texts.slice(1, agendaStart).join(' ');
    expect(contents).toContain('Contents');
    expect(contents).toMatch(new RegExp(`Agenda ${agendaStart + 1} `));
    data.agenda.forEach((item, i) => {
      const printed = new RegExp(`${escapeRegExp(item.number)} ${escapeRegExp(item.title)}(?: CONFIDENTIAL)? (\\d+)`).exec(contents);
      expect(printed, item.title).not.toBeNull();
      expect(Number(printed?.[1])).toBe((result.itemStartPages[i] ?? 0) + 1);
    });
    // Papers too: the 300-page attachment's line points at its first page.
    const attachmentLine = /Attachment: Reappointment files\.pdf (\d+)/.exec(contents);
    expect(texts[Number(attachmentLine?.[1]) - 1]).toContain('Attachment page 1 ');
  });

  it('writes bookmarks that follow the agenda, each opening the right page, with records and attachments beneath', async () => {
    const pdf = await openPdf(result.pdf);
    try {
      const outline = await pdf.getOutline();
      expect(outline.map((entry) => entry.title)).toEqual(['Cover', 'Contents', 'Agenda', ...data.agenda.map((item) => `${item.number}. ${item.title}`)]);
      const pageOf = async (dest: unknown): Promise<number> => pdf.getPageIndex((dest as [{ num: number; gen: number }])[0]);
      expect(await pageOf(outline[0]?.dest)).toBe(0);
      expect(await pageOf(outline[1]?.dest)).toBe(1);
      for (const [i] of data.agenda.entries()) expect(await pageOf(outline[i + 3]?.dest)).toBe(result.itemStartPages[i]);

      const policyItem = outline[3 + 3];
      expect(policyItem?.items.map((child) => child.title)).toEqual(['MS-014 v3 — Credentialing and Privileging of the Medical Staff', 'Changes since version 2', 'MS-014 legal review.pdf']);
      const [record, changes, attachment] = await Promise.all((policyItem?.items ?? []).map((child) => pageOf(child.dest)));
      expect(texts[record ?? -1]).toContain('Credentialing and Privileging of the Medical Staff');
      expect(texts[changes ?? -1]).toContain('Changes since version 2');
      expect(texts[attachment ?? -1]).toContain('Legal review page 1 ');
      // An item with only an omitted attachment has its record as its one child; the omission has no pages to open.
      expect(outline[3 + 5]?.items.map((child) => child.title)).toEqual(['Quality and patient safety report, Q3 2026']);
      expect((await documentInfo(pdf)).Title).toBe('Medical Executive Committee — Regular meeting — December 2026 — packet');
    } finally {
      await pdf.destroy();
    }
  });

  it('merges all 300 pages of the long attachment in place, in order, at the end of its item', () => {
    const [, end] = itemRange(4);
    const first = end - 300;
    for (const n of [1, 2, 157, 299, 300]) expect(texts[first + n - 1], `attachment page ${n}`).toMatch(new RegExp(`Attachment page ${n} `));
    expect(texts.filter((text) => /Attachment page \d+ /.test(text))).toHaveLength(300);
    expect(texts[first - 1]).toContain('Credentials and reappointments due');
  });

  it('marks every page of a confidential item, its attachment pages included, and no other page', () => {
    const confidentialPages = new Set(confidentialItemIndexes.flatMap((i) => {
      const [from, to] = itemRange(i);
      return Array.from({ length: to - from }, (_, k) => from + k);
    }));
    expect(confidentialPages.size).toBeGreaterThan(300);
    texts.forEach((text, page) => expect(text.includes(mark), `page ${page + 1}`).toBe(confidentialPages.has(page)));
  });

  it('prints the policy version for approval with its redline and a legend in words', () => {
    const [from, to] = itemRange(3);
    const pages = texts.slice(from, to);
    const redline = pages.find((text) => text.includes('Changes since version 2') && text.includes('Inserted text is underlined'));
    expect(redline).toContain('Deleted text is struck through, in red');
    expect(redline).toMatch(/From version 2 to version 3: \d+ words inserted, \d+ words deleted\./);
    expect(redline).toContain('including by telemedicine');
    expect(pages.join(' ')).toContain('DRAFT — NOT IN FORCE');
  });

  it('lists each unreadable attachment as omitted, with its reason, in the result, on the item sheet and in the contents', () => {
    expect(result.omitted).toEqual([
      { item: 'Quality and patient safety dashboard, Q3', fileName: 'QPS dashboard.pdf', reason: expect.stringMatching(/^not a readable PDF \(/) },
      { item: 'Sentinel event review', fileName: 'RCA summary.pdf', reason: expect.stringMatching(/^not a readable PDF \(the file is incomplete/) },
      { item: 'Pharmacy and Therapeutics: formulary changes', fileName: 'Formulary (protected).pdf', reason: expect.stringMatching(/^password-protected/) },
    ]);
    for (const [index, fileName] of [[5, 'QPS dashboard.pdf'], [6, 'RCA summary.pdf'], [7, 'Formulary (protected).pdf']] as const) {
      const sheet = texts[result.itemStartPages[index] ?? -1] ?? '';
      expect(sheet).toContain(`Attachment omitted: ${fileName} — `);
    }
    expect(texts.slice(1, 3).join(' ')).toContain('Attachment omitted: QPS dashboard.pdf — not a readable PDF');
  });

  it('prints the cover and the agenda from the data, HTML in the data as text', () => {
    for (const expected of ['HARBOUR GENERAL HOSPITAL', 'MEDICAL EXECUTIVE COMMITTEE', 'Regular meeting — December 2026', 'Tuesday 8 December 2026, 7:30 am PST', 'Board Room', 'confidential and privileged']) {
      expect(texts[0]).toContain(expected);
    }
    const agenda = texts.find((text) => text.includes('Total time allotted')) ?? '';
    expect(agenda).toContain('EXECUTIVE SESSION');
    expect(agenda).toContain('123 min');
    // The description is Markdown, so straight quotes come out typeset; the angle brackets stay text.
    expect(texts[result.itemStartPages[10] ?? -1]).toContain('Items raised by members <with> care & “quotes”.');
  });

  it('reports progress in order, ending done', () => {
    expect(progress[0]?.step).toBe('Checking attachments');
    progress.forEach((p, i) => expect(p.done).toBe(i));
    const last = progress.at(-1);
    expect(last?.done).toBe(last?.total);
  });

  it('saves under a temporary name then renames, leaving only the finished file', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'chartroom-packet-'));
    try {
      const file = path.join(folder, 'MEC packet 2026-12-08.pdf');
      await savePacket(file, result);
      expect(await fs.readdir(folder)).toEqual(['MEC packet 2026-12-08.pdf']);
      expect((await PDFDocument.load(await fs.readFile(file))).getPageCount()).toBe(result.pageCount);
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
  });

  it('refuses a meeting with no agenda, with a message a director can act on', async () => {
    await expect(buildPacket(chromium, { ...data, agenda: [] })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'This meeting has no agenda yet: add items before printing the packet.',
    });
  });
});
