// The controlled copy of a policy version: every page marked with reference, version and print date; drafts watermarked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../../electron/core/print/chromium-printer';
import { exportPolicyVersionPdf, policyVersionHtml } from '../../../electron/core/print/policy-document';
import { documentInfo, openPdf, pageTexts } from './pdf-reading';
import { longPolicy } from './policy-fixture';

const printer = createChromiumPrinter();
afterAll(() => printer.close());

describe('policy controlled copy', () => {
  let activeBytes: Uint8Array;
  let activeTexts: string[];
  beforeAll(async () => {
    activeBytes = await exportPolicyVersionPdf(printer, longPolicy({ state: 'active' }));
    activeTexts = await pageTexts(activeBytes);
  });

  it('prints a long policy over many pages, each marked as a controlled copy with "Page n of N"', () => {
    expect(activeTexts.length).toBeGreaterThanOrEqual(8);
    activeTexts.forEach((text, index) => {
      expect(text).toContain('CONTROLLED COPY · MS-014 v3 · printed 2026-11-23');
      expect(text).toContain(`Page ${index + 1} of ${activeTexts.length}`);
    });
  });

  it('puts the reference, title, version, owner, approvals and standards on page 1', () => {
    const first = activeTexts[0] ?? '';
    // The organisation name is set in small capitals by CSS, so the PDF's text is upper case.
    for (const expected of ['HARBOUR GENERAL HOSPITAL', 'MS-014', 'Version 3', 'Credentialing and Privileging of the Medical Staff', 'Active', '2026-07-01', 'Dr. Amara Okafor', 'Medical Executive Committee', '2026-06-02', 'MS.06.01.05', '42 CFR 482.22']) {
      expect(first).toContain(expected);
    }
    // The body's last section reaches the last page.
    expect(activeTexts.at(-1)).toContain('Raw HTML is only text');
  });

  it('names the document in the PDF metadata', async () => {
    const pdf = await openPdf(activeBytes);
    const info = await documentInfo(pdf);
    expect(info.Title).toBe('MS-014 Credentialing and Privileging of the Medical Staff v3');
    await pdf.destroy();
  });

  it('watermarks a draft on every page as not in force, and leaves an active version clean', async () => {
    const draftTexts = await pageTexts(await exportPolicyVersionPdf(printer, longPolicy({ state: 'draft', effectiveOn: null })));
    for (const text of draftTexts) expect(text).toContain('DRAFT — NOT IN FORCE');
    expect(draftTexts[0]).toContain('Not set');
    for (const text of activeTexts) expect(text).not.toContain('NOT IN FORCE');
  });

  it('prints HTML in the policy text and in names as text, never as markup', () => {
    const all = activeTexts.join(' ');
    expect(all).toContain('<script>alert(1)</script>');
    expect(all).toContain('<img src=http://x/track.png>');
    expect(all).toContain('<b>not bold</b>');
    expect(all).toContain('Signed for the Board <with> thanks & "care".');
    const html = policyVersionHtml(longPolicy({ title: '<img src=x onerror=alert(1)>', ownerName: '"><script>x()</script>' }));
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('prints where a link goes, once', () => {
    const last = activeTexts.at(-1) ?? '';
    expect(last).toContain('CMS Conditions of Participation');
    expect(last).toMatch(/<https:\/\/www\.ecfr\.gov/);
    expect(last.split('https://www.jointcommission.org/standards')).toHaveLength(2);
  });
});
