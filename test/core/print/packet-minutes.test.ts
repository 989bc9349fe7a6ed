// The minutes alone as a PDF: attendance, quorum, motions with tallies; watermarked as a draft until approved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../../electron/core/print/chromium-printer';
import { buildMinutes } from '../../../electron/core/print/packet/build-minutes';
import { minutesHtml } from '../../../electron/core/print/packet/minutes-html';
import { minutesFixture } from './packet-fixtures';
import { documentInfo, openPdf, pageTexts } from './pdf-reading';

const printer = createChromiumPrinter();
afterAll(() => printer.close());

describe('minutes PDF', () => {
  let draft: string[];
  let approved: string[];
  let approvedBytes: Uint8Array;
  beforeAll(async () => {
    draft = await pageTexts(await buildMinutes(printer, minutesFixture()));
    approvedBytes = await buildMinutes(printer, minutesFixture({ status: 'approved', approvedOn: '2027-01-12' }));
    approved = await pageTexts(approvedBytes);
  });

  it('watermarks every page of draft minutes, and approved minutes not at all', () => {
    for (const text of draft) expect(text).toContain('DRAFT — NOT YET APPROVED');
    expect(draft[0]).toContain('Draft — not yet approved by the committee');
    for (const text of approved) expect(text).not.toContain('NOT YET APPROVED');
    expect(approved[0]).toContain('Approved on 2027-01-12');
  });

  it('prints attendance with each member\'s role and status, and the quorum sentence', () => {
    const all = draft.join(' ');
    for (const expected of ['Dr. Amara Okafor — Chair', 'PRESENT', 'ABSENT', 'EXCUSED', 'GUEST', 'Dr. Peter Wong — Guest, Pharmacy', 'Quorum present: 5 of 7 voting members (majority required: 4).']) {
      expect(all).toContain(expected);
    }
  });

  it('prints each motion under its item with mover, seconder, tally and result, and a motion under an unlisted item too', () => {
    const all = draft.join(' ');
    expect(all).toContain('Motion: To approve MS-014 version 3 as presented.');
    expect(all).toContain('Moved by Dr. Raj Patel, seconded by Dr. Amara Okafor · Vote: 5 yes · 1 no · 1 abstain · Carried');
    expect(all).toContain('OTHER MOTIONS');
    expect(all).toContain('Vote: 3 yes · 4 no · 0 abstain · Failed');
    expect(all).toContain('Publish MS-014 v3 to the policy library');
    expect(approved.join(' ')).toContain('Item 4: the vote recorded as 5–1–1, not 6–1–0.');
  });

  it('puts "Page n of N" on every page and names the document', async () => {
    for (const texts of [draft, approved]) texts.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${texts.length}`));
    const pdf = await openPdf(approvedBytes);
    expect((await documentInfo(pdf)).Title).toBe('Medical Executive Committee — Regular meeting — December 2026 — minutes');
    await pdf.destroy();
  });

  it('prints names and minutes as text, never as markup', () => {
    const data = minutesFixture();
    data.items[0] = { number: '1', title: '<img src=x onerror=alert(1)>', minutes: '<script>x()</script>' };
    const html = minutesHtml(data);
    expect(html).not.toMatch(/<script|<img/i);
  });
});
