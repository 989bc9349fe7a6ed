// Packets as issued: frozen PDFs and data, re-issues that say what changed, refused once the minutes are locked, the
// distribution log, closed-session papers in the confidential supplement only, and a tagged PDF with a plain title.
import { createHash } from 'node:crypto';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packetSource } from '../../electron/core/meetings/packet-source';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';
import { smallOrganisation } from '../support/staff-fixtures';
import { documentInfo, openPdf, pageTexts } from './print/pdf-reading';

let core: TempCore;
let committeeId: string;
let meetingId: string;
let draftVersionId: string;
let members: { id: string; name: string }[];
const member = (name: string) => members.find((m) => m.name.includes(name))!.id;
const bytesOf = (file: { content: string }) => new Uint8Array(Buffer.from(file.content, 'base64'));
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The test's clock: moved on only where a later meeting must have met before it decides. */
let now = '2026-11-23T12:00:00Z';

beforeAll(async () => {
  core = openTempCore({ now: () => new Date(now) });
  const org = await smallOrganisation(core);
  const policy = await core.call('policies.create', { reference: 'MS-014', title: 'Privileges', category: 'Medical staff', ownerId: org.practitioner.id, body: '# Privileges\n\nGranted item by item.' });
  draftVersionId = policy.versions[0]!.id;
  const committee = await core.call('committees.create', { name: 'Medical Executive Committee', kind: 'medical-executive' });
  committeeId = committee.id;
  for (const [name, voting] of [['Dr Ada Ashcombe', true], ['Dr Ben Brambleton', true], ['Dr Cy Cinderfield', true]] as const) {
    await core.call('committees.addMember', { committeeId, name, role: 'member', voting });
  }
  members = (await core.call('committees.list', {}))[0]!.members;
  const meeting = await core.call('meetings.create', { committeeId, title: 'Medical Executive Committee — December 2026', startsAt: '2026-12-08T15:30:00Z', timeZone: 'America/Los_Angeles', location: 'Board room' });
  meetingId = meeting.id;
  await core.call('agenda.add', { meetingId, title: 'Approval of MS-014', kind: 'decision', link: { kind: 'policy-version', id: draftVersionId } });
  const m = await core.call('agenda.add', { meetingId, title: 'Peer review of case 26-114', kind: 'discussion', executiveSession: true, description: 'Wound dehiscence after the second operation.' });
  const closed = m.agenda.find((a) => a.title.startsWith('Peer review'))!;
  await core.call('agenda.setGuests', { agendaItemId: closed.id, guests: [{ name: 'Jo Quarrington', role: 'Outside counsel' }] });
});
afterAll(() => core.dispose());

describe('issuing a packet', () => {
  let firstIssue: { id: string; general: Uint8Array; supplement: Uint8Array };

  it('stores the general packet, the confidential supplement and the data, numbered and dated, by the director', async () => {
    const issued = await core.call('packets.issue', { meetingId });
    expect(issued).toMatchObject({ number: 1, issuedBy: 'test director', hasSupplement: true, changes: [] });
    const general = bytesOf(await core.call('packets.open', { issueId: issued.id, edition: 'general' }));
    const supplement = bytesOf(await core.call('packets.open', { issueId: issued.id, edition: 'supplement' }));
    firstIssue = { id: issued.id, general, supplement };
    const data = JSON.parse(core.context.db.prepare('SELECT data FROM packet_issues WHERE id = ?').pluck().get(issued.id) as string);
    expect(data.agenda.find((i: { title: string }) => i.title === 'Approval of MS-014').linked).toMatchObject({ kind: 'policy-version', reference: 'MS-014', body: expect.stringContaining('Granted item by item.') });
    // "Open packet" now gives the issue, not a fresh print.
    expect(sha(bytesOf(await core.call('meetings.exportPacket', { meetingId })))).toBe(sha(general));
  }, 120_000);

  it('keeps closed-session papers out of the general packet and puts them, with who was in the room, in the supplement', async () => {
    const general = (await pageTexts(firstIssue.general)).join('\n');
    const supplement = (await pageTexts(firstIssue.supplement)).join('\n');
    expect(general).toContain('Peer review of case 26-114');
    expect(general).toContain('in the confidential supplement');
    expect(general).not.toContain('Wound dehiscence');
    expect(general).not.toContain('Jo Quarrington');
    expect(supplement).toContain('CONFIDENTIAL SUPPLEMENT');
    expect(supplement).toContain('Wound dehiscence after the second operation.');
    // The heading prints in small capitals: the text a reader copies is upper case.
    expect(supplement).toMatch(/In the room: voting members \(attendance not yet taken\) and guests/i);
    for (const name of ['Dr Ada Ashcombe', 'Dr Ben Brambleton', 'Dr Cy Cinderfield', 'Jo Quarrington — Outside counsel (guest)']) expect(supplement).toContain(name);
    expect(supplement).not.toContain('Granted item by item.');
  });

  it('writes a tagged PDF (structure tree, marked) whose title does not repeat the committee name', async () => {
    for (const bytes of [firstIssue.general, firstIssue.supplement]) {
      const doc = await PDFDocument.load(bytes);
      const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
      expect(root.lookup(PDFName.of('K'))).toBeDefined();
      expect(String(doc.catalog.lookup(PDFName.of('MarkInfo')))).toMatch(/\/Marked true/);
      // Every printed page is reachable from the structure: each carries its key into the parent tree.
      expect(doc.getPages().filter((p) => p.node.get(PDFName.of('StructParents')) === undefined)).toHaveLength(0);
    }
    const info = await documentInfo(await openPdf(firstIssue.general));
    expect(info.Title).toBe('Medical Executive Committee — December 2026 — packet, issue 1');
    expect((await documentInfo(await openPdf(firstIssue.supplement))).Title).toBe('Medical Executive Committee — December 2026 — confidential supplement, issue 1');
  });

  it('refuses a re-issue when nothing changed, writing nothing', async () => {
    const before = tableCounts(core);
    const result = await core.dispatch('packets.issue', { meetingId });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Nothing in the packet has changed since issue 1') } });
    expect(tableCounts(core)).toEqual(before);
  }, 120_000);

  it('keeps the issued PDF as it was when a linked policy changes, and says what changed before and in the re-issue', async () => {
    await core.call('policies.saveDraft', { versionId: draftVersionId, body: '# Privileges\n\nGranted item by item, and reviewed every two years.' });
    expect(sha(bytesOf(await core.call('packets.open', { issueId: firstIssue.id, edition: 'general' })))).toBe(sha(firstIssue.general));
    expect(sha(bytesOf(await core.call('meetings.exportPacket', { meetingId })))).toBe(sha(firstIssue.general));
    const { pending } = await core.call('packets.issues', { meetingId });
    expect(pending).toEqual({ sinceIssue: 1, lines: ['Item 4: policy MS-014 version 1: its text changed.'] });

    const second = await core.call('packets.issue', { meetingId, note: 'Policy text revised by the author' });
    expect(second).toMatchObject({ number: 2, changes: ['Item 4: policy MS-014 version 1: its text changed.'], note: 'Policy text revised by the author' });
    const pages = await pageTexts(bytesOf(await core.call('packets.open', { issueId: second.id, edition: 'general' })));
    expect(pages[1]).toContain('Changes since issue 1');
    expect(pages[1]).toContain('Item 4: policy MS-014 version 1: its text changed.');
    expect(pages.join(' ')).toContain('reviewed every two years');
    const { issues } = await core.call('packets.issues', { meetingId });
    expect(issues.map((i) => i.number)).toEqual([2, 1]);
  }, 120_000);

  it('logs who received which issue, and refuses a send dated before the issue', async () => {
    const { issues } = await core.call('packets.issues', { meetingId });
    await core.call('packets.recordDistribution', { packetIssueId: issues[0]!.id, memberId: member('Ashcombe'), sentOn: '2026-11-23', method: 'email', supplement: true });
    await core.call('packets.recordDistribution', { packetIssueId: issues[0]!.id, recipientName: 'Board secretary', sentOn: '2026-11-23', method: 'portal' });
    const after = await core.call('packets.issues', { meetingId });
    expect(after.issues[0]!.distributions.map((d) => [d.recipientName, d.method, d.supplement])).toEqual([['Board secretary', 'portal', false], ['Dr Ada Ashcombe', 'email', true]]);
    const before = tableCounts(core);
    const early = await core.dispatch('packets.recordDistribution', { packetIssueId: issues[0]!.id, recipientName: 'Dr X', sentOn: '2026-11-01', method: 'email' });
    expect(early).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('cannot have been sent on 2026-11-01, before it existed') } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('refuses a re-issue once the minutes are locked, with the reason, writing nothing', async () => {
    await core.call('attendance.set', { meetingId, members: members.map((m) => ({ memberId: m.id, status: 'present' as const })) });
    const january = await core.call('meetings.create', { committeeId, title: 'Medical Executive Committee — January 2027', startsAt: '2027-01-12T16:30:00Z', timeZone: 'America/Los_Angeles' });
    await core.call('attendance.set', { meetingId: january.id, members: members.map((m) => ({ memberId: m.id, status: 'present' as const })) });
    // A meeting decides once it has met: the January meeting approves December's minutes on its day.
    now = '2027-01-13T12:00:00Z';
    await core.call('motions.record', {
      meetingId: january.id, kind: 'approve', text: 'Approve the December minutes', moverMemberId: member('Ashcombe'), seconderMemberId: member('Brambleton'),
      subject: { kind: 'minutes', id: meetingId }, votes: members.map((m) => ({ memberId: m.id, vote: 'yes' as const })),
    });
    await core.call('policies.saveDraft', { versionId: draftVersionId, body: '# Privileges\n\nChanged after the minutes were approved.' });
    const before = tableCounts(core);
    const refused = await core.dispatch('packets.issue', { meetingId, note: 'late correction' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'LOCKED', message: 'The minutes of Medical Executive Committee — December 2026 are approved and locked, so its packet is no longer re-issued: the last issue stands as what the committee received.' } });
    expect(tableCounts(core)).toEqual(before);
    expect((await core.call('packets.issues', { meetingId })).refusal).toMatch(/approved and locked/);
  }, 120_000);
});

describe('a packet reads as of the meeting date', () => {
  it('prints the credential expirations of a 2025 meeting as they stood in 2025, not today', async () => {
    const org = await core.call('departments.list', {});
    const staff = await core.call('staff.create', { givenName: 'Rowan', familyName: 'Ellery', degree: 'MD', roleId: 'role-attending', departmentId: org[0]!.id });
    // The licence expiring early in 2025 was renewed in February 2025; another expires in January 2027, near "today".
    await core.call('credentials.create', { staffId: staff.id, type: 'state-license', number: 'MD100200', jurisdiction: 'WA', issuedOn: '2023-03-01', expiresOn: '2025-03-01' });
    await core.call('credentials.create', { staffId: staff.id, type: 'state-license', number: 'MD100200', jurisdiction: 'WA', issuedOn: '2025-02-20', expiresOn: '2027-03-01' });
    await core.call('credentials.create', { staffId: staff.id, type: 'dea', number: 'BE1234563', jurisdiction: 'WA', issuedOn: '2024-01-10', expiresOn: '2027-01-10' });
    const old = await core.call('meetings.create', { committeeId, title: 'Credentials Committee — January 2025', startsAt: '2025-01-14T16:30:00Z', timeZone: 'America/Los_Angeles' });
    await core.call('agenda.add', { meetingId: old.id, title: 'Credentials report', kind: 'decision', link: { kind: 'credential-report', id: null } });
    const data = packetSource(core.context).packet(old.id);
    const report = data.agenda.find((i) => i.title === 'Credentials report')!.linked;
    expect(report?.kind).toBe('credential-report');
    const rows = report?.kind === 'credential-report' ? report.rows.filter((r) => r.practitioner.includes('Ellery')) : [];
    expect(rows.map((r) => r.expiresOn)).toEqual(['2025-03-01']);
  });
});
