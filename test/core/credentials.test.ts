// Credentials through the handlers: status, renewals, masking and reveal, documents, verifications, the board and its exports.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';
import { smallOrganisation } from '../support/staff-fixtures';
import { strictlyParsedCalendar } from '../support/strict-icalendar';
import type ICAL from 'ical.js';

let core: TempCore;
let staffId: string;
// Core "now" is pinned: 23 November 2026, midday UTC; the organisation keeps UTC unless a test says otherwise.
const now = new Date('2026-11-23T12:00:00Z');

beforeEach(async () => {
  core = openTempCore({ now: () => now });
  staffId = (await smallOrganisation(core)).practitioner.id;
});
afterEach(() => core.dispose());

const licence = (expiresOn: string, extra: Record<string, unknown> = {}) =>
  core.call('credentials.create', { staffId, type: 'state-license', number: 'MD884213', jurisdiction: 'WA', issuedOn: '2024-12-01', expiresOn, ...extra });

describe('credentials', () => {
  it('come back with their status computed by the shared rule, and the number masked', async () => {
    const created = await licence('2026-12-20');
    expect(created.status).toEqual({ state: 'expiring', band: 30, daysLeft: 27, suspends: null });
    expect(created.numberMasked).toBe('••••4213');
    expect(JSON.stringify(created)).not.toContain('MD884213');
  });

  it('keeps licence numbers masked in the record’s history too, old value and new', async () => {
    const c = await licence('2027-06-01');
    await core.call('credentials.update', { id: c.id, patch: { number: 'MD990077', expiresOn: '2029-06-01' } });
    const history = await core.call('history.forRecord', { entity: 'credential', id: c.id });
    const numberChanges = history.filter((h) => h.field === 'number');
    expect(numberChanges.map((h) => [h.oldValue, h.newValue])).toEqual([['••••4213', '••••0077'], [null, '••••4213']]);
    expect(JSON.stringify(history)).not.toMatch(/MD884213|MD990077/);
    expect(history.find((h) => h.field === 'expiresOn')).toMatchObject({ oldValue: '2027-06-01', newValue: '2029-06-01' });
  });

  it('refuses a credential that expires before it was issued, on create and on update, writing nothing', async () => {
    const before = tableCounts(core);
    const bad = await core.dispatch('credentials.create', { staffId, type: 'bls', issuedOn: '2026-05-01', expiresOn: '2026-04-30' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/expires \(2026-04-30\) before it was issued/) } });
    expect(tableCounts(core)).toEqual(before);
    const c = await licence('2027-06-01');
    const afterCreate = tableCounts(core);
    const badUpdate = await core.dispatch('credentials.update', { id: c.id, patch: { expiresOn: '2024-01-01' } });
    expect(badUpdate).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(tableCounts(core)).toEqual(afterCreate);
  });

  it('refuses a licence, registration, DEA or insurance without its expiry, and an empty form, writing nothing', async () => {
    const before = tableCounts(core);
    // An empty Add credential form: the type it starts on and nothing else.
    const empty = await core.dispatch('credentials.create', { staffId, type: 'state-license', title: '', number: '', issuer: '', jurisdiction: '', issuedOn: null, expiresOn: null, restrictions: '' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const paths = (r: typeof empty) => (r.ok ? [] : r.error.issues?.map((i) => i.path));
    expect(paths(empty)).toEqual(['number', 'expiresOn']);
    for (const type of ['controlled-substance', 'dea', 'malpractice'] as const) {
      const result = await core.dispatch('credentials.create', { staffId, type, number: type === 'dea' ? 'AQ1234563' : 'N-1', issuer: 'Carrier' });
      expect(result).toMatchObject({ ok: false, error: { issues: [{ path: 'expiresOn', message: expect.stringMatching(/expiry date is required/) }] } });
    }
    expect(tableCounts(core)).toEqual(before);
    // A card that does not lapse on the bylaws' terms may have no expiry.
    expect(await core.call('credentials.create', { staffId, type: 'board-certification', title: 'ABIM' })).toMatchObject({ status: { state: 'no-expiry' } });
  });

  it('refuses a licence issued in the future (the organisation’s today), on create and on update, writing nothing', async () => {
    const before = tableCounts(core);
    const future = await core.dispatch('credentials.create', { staffId, type: 'state-license', number: 'MD1', issuedOn: '2027-05-01', expiresOn: '2029-05-01' });
    expect(future).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'issuedOn', message: 'It cannot be issued in the future (2027-05-01 is after today, 2026-11-23)' }] } });
    expect(tableCounts(core)).toEqual(before);
    const c = await licence('2027-06-01');
    const afterCreate = tableCounts(core);
    expect(await core.dispatch('credentials.update', { id: c.id, patch: { issuedOn: '2026-11-24' } })).toMatchObject({ ok: false, error: { issues: [{ path: 'issuedOn' }] } });
    expect(await core.dispatch('credentials.update', { id: c.id, patch: { expiresOn: null } })).toMatchObject({ ok: false, error: { issues: [{ path: expect.stringMatching(/expiresOn$/) }] } });
    expect(await core.dispatch('credentials.update', { id: c.id, patch: { type: 'state-license', number: null } })).toMatchObject({ ok: false, error: { issues: [{ path: 'patch.number' }] } });
    expect(tableCounts(core)).toEqual(afterCreate);
    // Today itself is not the future.
    expect(await core.call('credentials.update', { id: c.id, patch: { issuedOn: '2026-11-23' } })).toMatchObject({ issuedOn: '2026-11-23' });
  });

  it('refuses a DEA number with a wrong check digit', async () => {
    const result = await core.dispatch('credentials.create', { staffId, type: 'dea', number: 'AQ1234564', expiresOn: '2028-01-31' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'number' }] } });
  });

  it('refuses a DEA number with a wrong check digit on update too, when the patch names only the number', async () => {
    const dea = await core.call('credentials.create', { staffId, type: 'dea', number: 'AQ1234563', expiresOn: '2028-01-31' });
    const before = tableCounts(core);
    const result = await core.dispatch('credentials.update', { id: dea.id, patch: { number: 'AQ1234564' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'number' }] } });
    expect(tableCounts(core)).toEqual(before);
    expect(await core.call('credentials.revealNumber', { id: dea.id })).toEqual({ number: 'AQ1234563' });
    const licence = await core.call('credentials.create', { staffId, type: 'state-license', number: 'MD884213', expiresOn: '2028-01-31' });
    expect(await core.dispatch('credentials.update', { id: licence.id, patch: { type: 'dea' } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('suspends privileges the day after a licence lapses, and the staff list says so', async () => {
    await licence('2026-11-23');
    expect((await core.call('staff.get', { id: staffId })).privilegesSuspended).toBe(false);
    const lapsed = openTempCore({ dataDir: core.dataDir, now: () => new Date('2026-11-24T12:00:00Z') });
    try {
      expect((await lapsed.call('staff.get', { id: staffId })).privilegesSuspended).toBe(true);
      const [credential] = await lapsed.call('credentials.forStaff', { staffId });
      expect(credential!.status).toMatchObject({ state: 'expired', suspends: 'all-privileges' });
    } finally {
      lapsed.close();
    }
  });

  it('treats a renewal entered as a new record as replacing the old one', async () => {
    const old = await licence('2026-11-01');
    expect((await core.call('staff.get', { id: staffId })).privilegesSuspended).toBe(true);
    await licence('2028-11-01', { number: 'MD990001', issuedOn: '2026-10-15' });
    expect((await core.call('staff.get', { id: staffId })).privilegesSuspended).toBe(false);
    const listed = await core.call('credentials.forStaff', { staffId });
    expect(listed.find((c) => c.id === old.id)!).toMatchObject({ isCurrent: false, status: { state: 'expired', suspends: null } });
    const board = await core.call('credentials.expirations', { withinDays: 90, includeExpired: true });
    expect(board.rows.map((r) => r.credentialId)).not.toContain(old.id);
  });

  it('reveals a number only on purpose, and records who looked', async () => {
    const c = await licence('2027-06-01');
    expect(await core.call('credentials.revealNumber', { id: c.id })).toEqual({ number: 'MD884213' });
    const log = core.context.db.prepare('SELECT actor, action, entity, record_id AS recordId FROM access_log').all();
    expect(log).toEqual([{ actor: 'test director', action: 'reveal-number', entity: 'credential', recordId: c.id }]);
  });

  it('stores an attached document once by content, and reads it back intact', async () => {
    const a = await licence('2027-06-01');
    const b = await core.call('credentials.create', { staffId, type: 'bls', expiresOn: '2027-03-01' });
    const pdf = Buffer.from('%PDF-1.4\n% sample licence\n%%EOF\n');
    const attachedA = await core.call('credentials.attachDocument', { credentialId: a.id, fileName: 'licence.pdf', dataBase64: pdf.toString('base64') });
    const attachedB = await core.call('credentials.attachDocument', { credentialId: b.id, fileName: 'copy.pdf', dataBase64: pdf.toString('base64') });
    expect(attachedA.documentId).toBe(attachedB.documentId);
    expect(attachedA.documentName).toBe('licence.pdf');
    const files = fs.readdirSync(path.join(core.dataDir, 'attachments'), { recursive: true }).filter((f) => String(f).length > 10);
    expect(files).toHaveLength(1);
    const read = await core.call('attachments.read', { id: attachedA.documentId! });
    expect(Buffer.from(read.dataBase64, 'base64').equals(pdf)).toBe(true);
    expect(read.mediaType).toBe('application/pdf');
  });

  it('refuses a document that is not a PDF or image, writing nothing', async () => {
    const c = await licence('2027-06-01');
    const before = tableCounts(core);
    const result = await core.dispatch('credentials.attachDocument', { credentialId: c.id, fileName: 'licence.pdf', dataBase64: Buffer.from('MZ\x90\x00 not a pdf').toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'licence.pdf is not a PDF, PNG or JPEG file.' } });
    expect(tableCounts(core)).toEqual(before);
    expect(fs.existsSync(path.join(core.dataDir, 'attachments'))).toBe(false);
  });

  it('reports a damaged stored document instead of serving it', async () => {
    const c = await licence('2027-06-01');
    const attached = await core.call('credentials.attachDocument', { credentialId: c.id, fileName: 'l.pdf', dataBase64: Buffer.from('%PDF-1.7 x').toString('base64') });
    fs.writeFileSync(path.join(core.dataDir, 'attachments', attached.documentId!.slice(0, 2), attached.documentId!), '%PDF-1.7 y');
    expect(await core.dispatch('attachments.read', { id: attached.documentId! })).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });
});

describe('verification', () => {
  it('lists a credential as needing verification until it is verified, and again once it is renewed', async () => {
    const c = await licence('2027-06-01');
    expect((await core.call('verifications.needed', {})).rows).toMatchObject([{ credentialId: c.id, reason: 'never-verified' }]);
    await core.call('verifications.record', { credentialId: c.id, kind: 'initial', source: 'WA Medical Commission', verifiedOn: '2024-12-05', verifier: 'M. Quillmere', method: 'online', result: 'verified' });
    expect((await core.call('verifications.needed', {})).total).toBe(0);
    expect((await core.call('credentials.forStaff', { staffId }))[0]!.lastVerifiedOn).toBe('2024-12-05');
    await core.call('credentials.update', { id: c.id, patch: { issuedOn: '2026-11-01', expiresOn: '2028-11-01' } });
    expect((await core.call('verifications.needed', {})).rows).toMatchObject([{ credentialId: c.id, reason: 'expiry-past-verified' }]);
  });

  it('asks again for a verification more than 180 days old once reappointment is within 90 days, then not after it is done', async () => {
    // A 2-year cycle: appointed 2025-01-10, due 2027-01-10, 48 days from today.
    await core.call('staff.update', { id: staffId, patch: { appointmentCategory: 'active', appointmentStart: '2025-01-10' } });
    const c = await licence('2027-06-01');
    const bls = await core.call('credentials.create', { staffId, type: 'bls', issuedOn: '2024-12-01', expiresOn: '2027-06-01' });
    for (const id of [c.id, bls.id]) {
      await core.call('verifications.record', { credentialId: id, kind: 'initial', source: 'WA Medical Commission', verifiedOn: '2024-12-05', verifier: 'M. Quillmere', method: 'online', result: 'verified' });
    }
    // The licence needs a fresh check before the committee decides; a BLS card is not verified at the source again.
    expect((await core.call('verifications.needed', {})).rows).toMatchObject([{ credentialId: c.id, reason: 'reappointment-due' }]);
    await core.call('verifications.record', { credentialId: c.id, kind: 'periodic', source: 'WA Medical Commission', verifiedOn: '2026-11-20', verifier: 'M. Quillmere', method: 'online', result: 'verified' });
    expect((await core.call('verifications.needed', {})).total).toBe(0);
  });

  it('does not ask for a periodic verification while reappointment is more than 90 days away', async () => {
    await core.call('staff.update', { id: staffId, patch: { appointmentCategory: 'active', appointmentStart: '2025-03-01' } });
    const c = await licence('2027-06-01');
    await core.call('verifications.record', { credentialId: c.id, kind: 'initial', source: 'WA Medical Commission', verifiedOn: '2024-12-05', verifier: 'M. Quillmere', method: 'online', result: 'verified' });
    expect((await core.call('verifications.needed', {})).total).toBe(0);
  });

  it('keeps a credential in the queue when the source reported a discrepancy', async () => {
    const c = await licence('2027-06-01');
    await core.call('verifications.record', { credentialId: c.id, kind: 'initial', source: 'WA Medical Commission', verifiedOn: '2024-12-05', verifier: 'M. Quillmere', method: 'online', result: 'discrepancy', notes: 'Licence shows a restriction not disclosed' });
    expect((await core.call('verifications.needed', {})).rows).toMatchObject([{ reason: 'last-check-failed' }]);
  });
});

describe('expirations board and exports', () => {
  beforeEach(async () => {
    await licence('2026-12-20');
    await core.call('credentials.create', { staffId, type: 'dea', number: 'AQ1234563', expiresOn: '2026-11-20' });
    await core.call('credentials.create', { staffId, type: 'bls', expiresOn: '2027-09-01' });
  });

  it('lists what expires within N days, lapsed first, and leaves out the rest', async () => {
    const board = await core.call('credentials.expirations', { withinDays: 90, includeExpired: true });
    expect(board.today).toBe('2026-11-23');
    expect(board.rows.map((r) => [r.type, r.status.state])).toEqual([['dea', 'expired'], ['state-license', 'expiring']]);
    const upcomingOnly = await core.call('credentials.expirations', { withinDays: 90, includeExpired: false });
    expect(upcomingOnly.rows.map((r) => r.type)).toEqual(['state-license']);
  });

  it('exports CSV with masked numbers and the status in words', async () => {
    const file = await core.call('credentials.exportExpirations', { withinDays: 90, includeExpired: true, format: 'csv' });
    expect(file.fileName).toBe('credential-expirations-2026-11-23.csv');
    // A lapsed DEA registration suspends controlled-substance prescribing, not every privilege.
    expect(file.content).toContain('"Lapsed — controlled-substance prescribing suspended 3 days ago"');
    expect(file.content).toContain('•••••4563');
    expect(file.content).not.toMatch(/MD884213|AQ1234563/);
  });

  it('exports CSV that a spreadsheet reads as text, never as a formula', async () => {
    await core.call('staff.update', { id: staffId, patch: { givenName: '=HYPERLINK("http://example.test","x")' } });
    const file = await core.call('credentials.exportExpirations', { withinDays: 90, includeExpired: true, format: 'csv' });
    expect(file.content).toContain(`"'=HYPERLINK(""http://example.test"",""x"") Quillmere, MD"`);
    expect(file.content).not.toMatch(/(^|,)"=/m);
  });

  it('exports a calendar with one all-day event per credential, reminders at each band, and no full numbers', async () => {
    const file = await core.call('credentials.exportExpirations', { withinDays: 90, includeExpired: true, format: 'ics' });
    const ics = file.content;
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261220');
    expect(ics.match(/TRIGGER:-P\d+D/g)).toEqual(['TRIGGER:-P90D', 'TRIGGER:-P60D', 'TRIGGER:-P30D', 'TRIGGER:-P7D']);
    expect(ics).toContain('CLASS:CONFIDENTIAL');
    expect(ics).not.toMatch(/MD884213|AQ1234563/);
  });

  it('exports a calendar a strict importer accepts: every component parsed, durations by RFC 5545, an all-day event one day long', async () => {
    await core.call('staff.update', { id: staffId, patch: { familyName: 'Quillmere-Ó’Súilleabháin, a name long enough to fold the summary line' } });
    const file = await core.call('credentials.exportExpirations', { withinDays: 90, includeExpired: true, format: 'ics' });
    const calendar = strictlyParsedCalendar(file.content);
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(2);
    const licence = events.find((e) => String(e.getFirstPropertyValue('summary')).startsWith('State medical licence'))!;
    const start = licence.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = licence.getFirstPropertyValue('dtend') as ICAL.Time;
    expect([start.isDate, start.toString(), end.toString()]).toEqual([true, '2026-12-20', '2026-12-21']);
    expect(licence.getAllSubcomponents('valarm').map((a) => a.getFirstPropertyValue('trigger')!.toString())).toEqual(['-P90D', '-P60D', '-P30D', '-P7D']);
    expect(file.content).not.toMatch(/P\d+DT\r\n/);
    // With nothing to export the file is still a calendar.
    const none = await core.call('credentials.exportExpirations', { withinDays: 1, includeExpired: false, format: 'ics' });
    expect(strictlyParsedCalendar(none.content).getAllSubcomponents('vevent')).toEqual([]);
  });
});

describe('reappointments', () => {
  it('follows the cycle setting: due soon with 2 years, not yet with 3', async () => {
    await core.call('staff.update', { id: staffId, patch: { appointmentCategory: 'active', appointmentStart: '2024-12-15' } });
    expect(await core.call('staff.reappointments', { withinDays: 90 })).toMatchObject([{ staffId, dueOn: '2026-12-15', daysLeft: 22, state: 'due-soon' }]);
    await core.call('settings.update', { reappointmentCycleYears: 3 });
    expect(await core.call('staff.reappointments', { withinDays: 90 })).toEqual([]);
  });

  it('refuses an appointment that ends before it starts', async () => {
    await core.call('staff.update', { id: staffId, patch: { appointmentStart: '2025-01-01' } });
    const result = await core.dispatch('staff.update', { id: staffId, patch: { appointmentEnd: '2024-12-31' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('privileges and evaluations', () => {
  it('grants item by item, opens the FPPE, and lists open evaluations by due date', async () => {
    const privilege = await core.call('privileges.grant', { staffId, name: 'Cardiac catheterisation', conditions: 'Proctored for 5 cases', grantedOn: '2026-10-01' });
    expect(privilege).toMatchObject({ isCore: false, status: 'granted', fppeRequired: true, kind: 'regular' });
    const [fppe] = await core.call('evaluations.forStaff', { staffId });
    await core.call('evaluations.update', { id: fppe!.id, patch: { indicators: [{ name: 'Proctored cases', value: '2', target: '5', met: null }] } });
    await core.call('evaluations.create', { staffId, kind: 'oppe', periodStart: '2026-04-01', periodEnd: '2026-09-30', dueOn: '2026-11-15' });
    const due = await core.call('evaluations.due', { withinDays: 90 });
    expect(due.map((d) => [d.kind, d.daysLeft, d.privilegeName])).toEqual([['oppe', -8, null], ['fppe', 67, 'Cardiac catheterisation']]);
    await core.call('evaluations.complete', { id: fppe!.id, decision: 'confirm', completedOn: '2026-11-20' });
    expect((await core.call('evaluations.due', { withinDays: 90 })).map((d) => d.kind)).toEqual(['oppe']);
  });

  it('changes only the fields a patch names: the defaults of a new record do not reset the others', async () => {
    const privilege = await core.call('privileges.grant', { staffId, name: 'Cardiac catheterisation', isCore: true, status: 'provisional', fppeRequired: true });
    const patched = await core.call('privileges.update', { id: privilege.id, patch: { conditions: 'Proctored for 5 cases' } });
    expect(patched).toMatchObject({ isCore: true, status: 'provisional', fppeRequired: true, conditions: 'Proctored for 5 cases' });
    const indicators = [{ name: 'Complication rate', value: '2%', target: '< 3%', met: true }];
    const oppe = await core.call('evaluations.create', { staffId, kind: 'oppe', periodStart: '2026-04-01', periodEnd: '2026-09-30', dueOn: '2026-11-15', indicators, outcome: 'needs-improvement' });
    const reviewed = await core.call('evaluations.update', { id: oppe.id, patch: { reviewer: 'Dr. Ashcombe' } });
    expect(reviewed).toMatchObject({ indicators, outcome: 'needs-improvement', reviewer: 'Dr. Ashcombe' });
  });

  it('refuses an evaluation period that ends before it starts', async () => {
    const result = await core.dispatch('evaluations.create', { staffId, kind: 'oppe', periodStart: '2026-04-01', periodEnd: '2026-03-01', dueOn: '2026-11-15' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'periodEnd' }] } });
  });
});
