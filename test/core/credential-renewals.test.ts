// Renewals as new terms, the expiry each verification confirmed, what the primary-source queue holds, and the
// re-verification window set by the accreditor: dated examples a surveyor would check.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';
import { smallOrganisation } from '../support/staff-fixtures';

let core: TempCore;
let staffId: string;
// Core "now" is pinned: 23 November 2026, midday UTC.
const now = new Date('2026-11-23T12:00:00Z');

beforeEach(async () => {
  core = openTempCore({ now: () => now });
  staffId = (await smallOrganisation(core)).practitioner.id;
});
afterEach(() => core.dispose());

const licence = (expiresOn: string, issuedOn = '2024-12-01') =>
  core.call('credentials.create', { staffId, type: 'state-license', number: 'MD884213', jurisdiction: 'WA', issuedOn, expiresOn });
const verify = (credentialId: string, verifiedOn: string, extra: Record<string, unknown> = {}) =>
  core.call('verifications.record', { credentialId, kind: 'initial', source: 'WA Medical Commission', verifiedOn, verifier: 'M. Quillmere', method: 'online', result: 'verified', ...extra });
const queue = async () => (await core.call('verifications.needed', {})).rows.map((r) => ({ credentialId: r.credentialId, reason: r.reason }));

describe('a renewal is a new term', () => {
  it('puts a renewed licence back in the queue until the new expiry is verified', async () => {
    const c = await licence('2026-12-31');
    const first = await verify(c.id, '2026-03-01', { confirmedExpiresOn: '2026-12-31' });
    expect(first.confirmedExpiresOn).toBe('2026-12-31');
    expect(await queue()).toEqual([]);

    // Licences keep their first issue date: only the expiry moves.
    const renewed = await core.call('credentials.renew', { id: c.id, expiresOn: '2028-12-31' });
    expect(renewed).toMatchObject({ id: c.id, issuedOn: '2024-12-01', expiresOn: '2028-12-31', lastVerifiedOn: '2026-03-01' });
    expect(await queue()).toEqual([{ credentialId: c.id, reason: 'expiry-past-verified' }]);

    await verify(c.id, '2026-11-20', { kind: 'renewal', confirmedExpiresOn: '2028-12-31' });
    expect(await queue()).toEqual([]);
  });

  it('keeps the terms a renewal ended readable, with their documents, and the verification of each', async () => {
    const c = await licence('2026-12-31');
    const pdf = Buffer.from('%PDF-1.7 the 2024 card').toString('base64');
    await core.call('credentials.attachDocument', { credentialId: c.id, fileName: 'licence-2024.pdf', dataBase64: pdf });
    await verify(c.id, '2026-03-01', { confirmedExpiresOn: '2026-12-31' });
    const renewed = await core.call('credentials.renew', {
      id: c.id, issuedOn: '2026-11-15', expiresOn: '2028-06-30',
      document: { fileName: 'licence-2026.pdf', dataBase64: Buffer.from('%PDF-1.7 the 2026 card').toString('base64') },
    });
    expect(renewed).toMatchObject({ issuedOn: '2026-11-15', expiresOn: '2028-06-30', documentName: 'licence-2026.pdf' });
    expect(await core.call('credentials.terms', { credentialId: c.id })).toMatchObject([
      { issuedOn: '2024-12-01', expiresOn: '2026-12-31', documentName: 'licence-2024.pdf', renewedOn: '2026-11-23' },
    ]);
    // The old check still reads as what it was: a verification of the term ending 2026-12-31.
    expect(await core.call('verifications.forCredential', { credentialId: c.id })).toMatchObject([{ verifiedOn: '2026-03-01', confirmedExpiresOn: '2026-12-31' }]);
    // One record, one current term: the expirations board shows the new expiry once.
    const board = await core.call('credentials.expirations', { withinDays: 730, includeExpired: true });
    expect(board.rows.map((r) => [r.credentialId, r.expiresOn])).toEqual([[c.id, '2028-06-30']]);
  });

  it('also asks again when the expiry was edited in place past what was verified (the issue date unchanged)', async () => {
    const c = await licence('2026-12-31');
    await verify(c.id, '2026-03-01');
    await core.call('credentials.update', { id: c.id, patch: { expiresOn: '2028-12-31' } });
    expect(await queue()).toEqual([{ credentialId: c.id, reason: 'expiry-past-verified' }]);
  });

  it('refuses a renewal that does not run past the current term, or issued in the future, writing nothing', async () => {
    const c = await licence('2026-12-31');
    const before = tableCounts(core);
    const notLater = await core.dispatch('credentials.renew', { id: c.id, expiresOn: '2026-12-31' });
    expect(notLater).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'A renewal runs past the current term: the new expiry must be after 2026-12-31.' } });
    const future = await core.dispatch('credentials.renew', { id: c.id, issuedOn: '2026-12-01', expiresOn: '2028-12-31' });
    expect(future).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'issuedOn' }] } });
    const withBadDocument = await core.dispatch('credentials.renew', { id: c.id, expiresOn: '2026-06-30', document: { fileName: 'x.pdf', dataBase64: Buffer.from('%PDF-1.7').toString('base64') } });
    expect(withBadDocument).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(tableCounts(core)).toEqual(before);
  });
});

describe('a verification is dated within the credential’s life', () => {
  it('refuses one dated before the credential was issued, or in the future, writing nothing', async () => {
    const c = await licence('2026-12-31', '2024-12-01');
    const before = tableCounts(core);
    const early = await core.dispatch('verifications.record', { credentialId: c.id, kind: 'initial', source: 'WA Medical Commission', verifiedOn: '2024-11-30', verifier: 'M. Quillmere', method: 'online', result: 'verified' });
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'A verification cannot be dated before the credential was issued (2024-11-30 is before 2024-12-01).', issues: [{ path: 'verifiedOn' }] },
    });
    const future = await core.dispatch('verifications.record', { credentialId: c.id, kind: 'initial', source: 'WA Medical Commission', verifiedOn: '2026-11-24', verifier: 'M. Quillmere', method: 'online', result: 'verified' });
    expect(future).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'A verification cannot be dated in the future (2026-11-24 is after today, 2026-11-23).' } });
    expect(tableCounts(core)).toEqual(before);
    // The day of issue and today are both fine.
    await verify(c.id, '2024-12-01');
    await verify(c.id, '2026-11-23');
  });
});

describe('verification scope by credential type', () => {
  it('never queues BLS, ACLS or PALS cards (nor malpractice cover); queues licences, registrations, board certification and education', async () => {
    const made = async (type: string, extra: Record<string, unknown> = {}) => (await core.call('credentials.create', { staffId, type: type as 'bls', issuedOn: '2024-01-01', ...extra })).id;
    const cards = [await made('bls', { expiresOn: '2027-06-01' }), await made('acls', { expiresOn: '2027-06-01' }), await made('pals', { expiresOn: '2027-06-01' })];
    const cover = await made('malpractice', { expiresOn: '2027-06-01' });
    const school = await made('education', { title: 'MD, University of Washington School of Medicine', issuer: 'University of Washington' });
    const board = await made('board-certification', { title: 'American Board of Internal Medicine', expiresOn: '2030-12-31' });
    const dea = await made('dea', { number: 'AQ1234563', expiresOn: '2027-06-01' });
    const queued = new Set((await queue()).map((r) => r.credentialId));
    for (const id of [...cards, cover]) expect(queued.has(id)).toBe(false);
    expect(queued).toEqual(new Set([school, board, dea]));
    // Even a card whose last check failed stays out: the card itself is the evidence.
    await verify(cards[0]!, '2024-02-01', { result: 'discrepancy' });
    expect((await queue()).some((r) => r.credentialId === cards[0])).toBe(false);
  });

  it('keeps education without an expiry', async () => {
    const refused = await core.dispatch('credentials.create', { staffId, type: 'education', title: 'Residency, internal medicine', expiresOn: '2030-01-01' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'expiresOn' }] } });
  });
});

describe('the re-verification window is the accreditor’s', () => {
  // A 2-year cycle: appointed 2025-01-10, reappointment due 2027-01-10 (48 days from today); the last check 150 days before it.
  async function checkedLongBeforeReappointment() {
    await core.call('staff.update', { id: staffId, patch: { appointmentCategory: 'active', appointmentStart: '2025-01-10' } });
    const c = await licence('2027-06-01');
    await verify(c.id, '2026-08-13');
    return c.id;
  }

  it('finds a check 150 days old stale under NCQA (120 days) and fine under the Joint Commission (180 days)', async () => {
    const id = await checkedLongBeforeReappointment();
    expect((await core.call('settings.get', {})).accreditor).toBe('joint-commission');
    expect(await queue()).toEqual([]);
    await core.call('settings.update', { accreditor: 'ncqa' });
    expect(await queue()).toEqual([{ credentialId: id, reason: 'reappointment-due' }]);
  });

  it('uses the director’s own days for another accreditor, and refuses a window it cannot use', async () => {
    const id = await checkedLongBeforeReappointment();
    await core.call('settings.update', { accreditor: 'other', otherReverificationDays: 149 });
    expect(await queue()).toEqual([{ credentialId: id, reason: 'reappointment-due' }]);
    await core.call('settings.update', { otherReverificationDays: 150 });
    expect(await queue()).toEqual([]);
    const before = tableCounts(core);
    const bad = await core.dispatch('settings.update', { otherReverificationDays: 10 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/at least 30 days/) } });
    expect(tableCounts(core)).toEqual(before);
  });
});
