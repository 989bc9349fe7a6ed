// Which attachments go into a packet: readable PDFs with pages go in; anything else is omitted with a plain reason.
import { describe, expect, it } from 'vitest';
import { checkAttachment, maxAttachmentPages } from '../../../electron/core/print/packet/attachment-check';
import { encryptedPdf, simplePdf, truncatedPdf } from './packet-fixtures';

const check = async (bytes: Uint8Array | Promise<Uint8Array>) => checkAttachment({ fileName: 'x.pdf', bytes: await bytes });

/** A well-formed PDF whose page tree is empty: pdf-lib itself would add a page on saving, so it is written by hand. */
function zeroPagePdf(): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'];
  let text = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(text);
}

describe('checkAttachment', () => {
  it('accepts a readable PDF and counts its pages', async () => {
    expect(await check(simplePdf(3))).toEqual({ fileName: 'x.pdf', readable: true, pageCount: 3 });
  });

  it('omits what is not a PDF, a PDF cut short, a password-protected one, an empty file and one with no pages', async () => {
    expect(await check(new TextEncoder().encode('hello'))).toMatchObject({ readable: false, reason: expect.stringMatching(/^not a readable PDF \(.+\)$/) });
    expect(await check(truncatedPdf())).toMatchObject({ readable: false, reason: expect.stringContaining('incomplete') });
    expect(await check(encryptedPdf())).toMatchObject({ readable: false, reason: expect.stringMatching(/^password-protected/) });
    expect(await check(new Uint8Array())).toMatchObject({ readable: false, reason: 'the file is empty' });
    expect(await check(zeroPagePdf())).toMatchObject({ readable: false, reason: 'the PDF has no pages' });
  });

  it('omits a PDF whose body is damaged though it starts and ends like one', async () => {
    const whole = await simplePdf(2);
    const damaged = new Uint8Array([...whole.slice(0, 60), ...new TextEncoder().encode('garbage'.repeat(40)), ...whole.slice(-40)]);
    expect(await check(damaged)).toMatchObject({ readable: false, reason: expect.stringMatching(/^not a readable PDF \(.+\)$/) });
  });

  it('refuses an attachment beyond the page limit rather than building a packet no one can open', async () => {
    expect(maxAttachmentPages).toBeGreaterThanOrEqual(1000);
    const long = await checkAttachment({ fileName: 'archive.pdf', bytes: await simplePdf(12) }, { maxPages: 10 });
    expect(long).toEqual({ fileName: 'archive.pdf', readable: false, reason: 'too long to include (12 pages; a packet takes attachments of up to 10)' });
  });
});
