// The packet and minutes through the meetings channels: gathered from the database, printed, omissions explained.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempCore, type TempCore } from '../support/temp-core';
import { smallOrganisation } from '../support/staff-fixtures';
import { pageTexts } from './print/pdf-reading';

let core: TempCore;
let meetingId: string;

async function samplePdf(pages: number, label: string): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) doc.addPage([612, 792]).drawText(`${label} page ${i}`, { x: 72, y: 700, size: 14, font });
  return Buffer.from(await doc.save()).toString('base64');
}

beforeAll(async () => {
  core = openTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
  const org = await smallOrganisation(core);
  const policy = await core.call('policies.create', { reference: 'MS-014', title: 'Privileges', category: 'Medical staff', ownerId: org.practitioner.id, body: '# Privileges\n\nGranted item by item.' });
  const committee = await core.call('committees.create', { name: 'Medical Executive Committee', kind: 'medical-executive' });
  const meeting = await core.call('meetings.create', { committeeId: committee.id, title: 'December MEC', startsAt: '2026-12-08T15:30:00Z', timeZone: 'America/Los_Angeles', location: 'Board room' });
  meetingId = meeting.id;
  let m = await core.call('agenda.add', { meetingId, title: 'Approval of MS-014', kind: 'decision', link: { kind: 'policy-version', id: policy.versions[0]!.id } });
  m = await core.call('agenda.add', { meetingId, title: 'Quality dashboard', kind: 'information' });
  const dashboard = m.agenda.find((a) => a.title === 'Quality dashboard')!.id;
  await core.call('agenda.attach', { agendaItemId: dashboard, fileName: 'dashboard.pdf', dataBase64: await samplePdf(3, 'Dashboard') });
  await core.call('agenda.attach', { agendaItemId: dashboard, fileName: 'broken.pdf', dataBase64: Buffer.from('%PDF-1.7 and then nothing').toString('base64') });
  await core.call('agenda.add', { meetingId, title: 'Peer review case', kind: 'discussion', executiveSession: true });
});
afterAll(() => core.dispose());

describe('meeting exports', () => {
  it('prints the packet with the attachment merged, the broken one omitted with its reason, and the policy text', async () => {
    const packet = await core.call('meetings.exportPacket', { meetingId });
    expect(packet.fileName).toBe('December MEC — packet.pdf');
    expect(packet.omitted).toEqual([{ item: expect.stringContaining('Quality dashboard'), fileName: 'broken.pdf', reason: expect.stringMatching(/\S/) }]);
    const pages = await pageTexts(new Uint8Array(Buffer.from(packet.content, 'base64')));
    expect(pages).toHaveLength(packet.pageCount);
    expect(pages.filter((p) => /Dashboard page \d/.test(p))).toHaveLength(3);
    expect(pages.some((p) => p.includes('Granted item by item.'))).toBe(true);
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`));
    const peerReview = pages.filter((p) => p.includes('Peer review case') && p.includes('CONFIDENTIAL'));
    expect(peerReview.length).toBeGreaterThan(0);
  }, 120_000);

  it('reports a running export step by step under the job id the screen chose, and nothing once it is done', async () => {
    const jobId = 'packet-job-1';
    const running = core.call('meetings.exportPacket', { meetingId, jobId });
    const seen: { step: string; done: number; total: number }[] = [];
    let finished = false;
    void running.finally(() => (finished = true));
    while (!finished) {
      const progress = await core.call('meetings.exportProgress', { jobId });
      if (progress && progress.step !== seen.at(-1)?.step) seen.push(progress);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await running;
    expect(seen.length).toBeGreaterThan(2);
    expect(seen[0]!.step).toBe('Checking attachments');
    for (const [i, p] of seen.entries()) {
      expect(p.done).toBeLessThanOrEqual(p.total);
      if (i > 0) expect(p.done).toBeGreaterThan(seen[i - 1]!.done);
    }
    expect(await core.call('meetings.exportProgress', { jobId })).toBeNull();
    expect(await core.call('meetings.exportProgress', { jobId: 'never-started' })).toBeNull();
  }, 120_000);

  it('refuses an attachment that is not a PDF at all, writing nothing', async () => {
    const meeting = await core.call('meetings.get', { id: meetingId });
    const result = await core.dispatch('agenda.attach', { agendaItemId: meeting.agenda[0]!.id, fileName: 'photo.png', dataBase64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'photo.png is not a PDF: packets merge PDF files only.' } });
  });

  it('prints the minutes as a draft until approved', async () => {
    const minutes = await core.call('meetings.exportMinutes', { meetingId });
    const pages = await pageTexts(new Uint8Array(Buffer.from(minutes.content, 'base64')));
    expect(pages.join(' ')).toMatch(/NOT YET APPROVED/);
    expect(pages[0]).toContain('December MEC');
  });
});

describe('prior minutes that record an executive session', () => {
  let local: TempCore;
  let november: string;
  let december: string;
  beforeAll(async () => {
    local = openTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
    const committee = await local.call('committees.create', { name: 'Medical Executive Committee', kind: 'medical-executive' });
    const schedule = (title: string, startsAt: string) => local.call('meetings.create', { committeeId: committee.id, title, startsAt, timeZone: 'America/Los_Angeles', location: 'Board room' });
    const nov = await schedule('November MEC', '2026-11-10T15:30:00Z');
    november = nov.id;
    const withItem = await local.call('agenda.add', { meetingId: november, title: 'Peer review: case 26-114', kind: 'discussion', executiveSession: true });
    const peer = withItem.agenda.find((a) => a.executiveSession)!;
    await local.call('minutes.set', { agendaItemId: peer.id, text: 'The committee reviewed the care of the patient in case 26-114 and referred it for focused review.' });
    await local.call('minutes.set', { agendaItemId: withItem.agenda[0]!.id, text: 'Called to order at 7:32.' });
    december = (await schedule('December MEC', '2026-12-08T15:30:00Z')).id;
  });
  afterAll(() => local.dispose());

  it('marks every page of the approval item confidential in the packet, without calling the item itself closed session', async () => {
    const packet = await local.call('meetings.exportPacket', { meetingId: december });
    const pages = await pageTexts(new Uint8Array(Buffer.from(packet.content, 'base64')));
    const approval = pages.filter((p) => p.includes('Item 2 · Approval of the minutes of the previous meeting'));
    expect(approval.length).toBeGreaterThanOrEqual(2);
    expect(approval.some((p) => p.includes('referred it for focused review'))).toBe(true);
    for (const page of approval) expect(page).toContain('CONFIDENTIAL — peer review / patient information');
    // Open items of the same packet carry no mark, and the agenda does not list the approval as an executive session.
    for (const page of pages.filter((p) => p.includes('Item 1 · Call to order'))) expect(page).not.toContain('CONFIDENTIAL');
    expect(pages.find((p) => p.includes('Total time allotted'))).not.toMatch(/Executive session/i);
  }, 120_000);

  it('marks every page of the minutes alone when they record an executive session', async () => {
    const minutes = await local.call('meetings.exportMinutes', { meetingId: november });
    const pages = await pageTexts(new Uint8Array(Buffer.from(minutes.content, 'base64')));
    for (const page of pages) expect(page).toContain('CONFIDENTIAL — peer review / patient information');
    const open = await local.call('meetings.exportMinutes', { meetingId: december });
    for (const page of await pageTexts(new Uint8Array(Buffer.from(open.content, 'base64')))) expect(page).not.toContain('CONFIDENTIAL');
  }, 120_000);
});

describe('the consent agenda in the packet', () => {
  let local: TempCore;
  afterAll(() => local.dispose());

  it('lists consent items together under a "Consent agenda" heading where the first one sits, each with its number', async () => {
    local = openTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
    const committee = await local.call('committees.create', { name: 'Medical Executive Committee', kind: 'medical-executive' });
    const meeting = await local.call('meetings.create', { committeeId: committee.id, title: 'December MEC', startsAt: '2026-12-08T15:30:00Z', timeZone: 'America/Los_Angeles' });
    const add = (title: string, consent: boolean) => local.call('agenda.add', { meetingId: meeting.id, title, kind: consent ? 'decision' : 'discussion', consent });
    await add('Chief of staff report', false);
    await add('Pharmacy formulary additions', true);
    await add('Sepsis bundle results', false);
    await add('Lab critical values list', true);
    const packet = await local.call('meetings.exportPacket', { meetingId: meeting.id });
    const pages = await pageTexts(new Uint8Array(Buffer.from(packet.content, 'base64')));
    const agenda = pages.find((p) => p.includes('Consent agenda'))!;
    expect(agenda).toMatch(/Approved together by one motion/);
    const at = (title: string) => agenda.indexOf(title);
    // The standing items and the report, then the consent heading with both consent items, then the discussion item the director put between them.
    expect(at('Chief of staff report')).toBeLessThan(at('Consent agenda'));
    expect(at('Consent agenda')).toBeLessThan(at('Pharmacy formulary additions'));
    expect(at('Pharmacy formulary additions')).toBeLessThan(at('Lab critical values list'));
    expect(at('Lab critical values list')).toBeLessThan(at('Sepsis bundle results'));
    // Each keeps its own number (the minutes and item sheets use the same ones).
    expect(agenda).toMatch(/7\s+Lab critical values list/);
  }, 120_000);
});
