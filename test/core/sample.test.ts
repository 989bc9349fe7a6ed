// The sample hospital: deterministic for a seed, sized as asked, realistic, and only ever written into an empty database.
import { afterEach, describe, expect, it } from 'vitest';
import { isValidNpi } from '../../shared/domain/npi';
import { isValidDeaNumber } from '../../shared/domain/dea';
import { seedSampleHospital } from '../../electron/core/sample/hospital';
import { sampleEthicsPassphrase } from '../../electron/core/sample/ethics';
import { caseStates } from '../../shared/domain/ethics-cases';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';

const opened: TempCore[] = [];
const fresh = () => {
  const core = openTempCore();
  opened.push(core);
  return core;
};
afterEach(() => opened.splice(0).forEach((c) => c.dispose()));
const today = new Date('2026-11-23T12:00:00Z');

function content(core: TempCore) {
  return core.context.db.prepare('SELECT id, given_name, family_name, degree, role_id, department_id, specialty, npi, email, hire_date, status FROM staff ORDER BY id').all();
}

describe('sample hospital', () => {
  it('is the same hospital for the same seed, and a different one for another seed', () => {
    const [a, b, c] = [fresh(), fresh(), fresh()];
    seedSampleHospital(a.context, { staff: 120, seed: 7, today });
    seedSampleHospital(b.context, { staff: 120, seed: 7, today });
    seedSampleHospital(c.context, { staff: 120, seed: 8, today });
    expect(content(a)).toEqual(content(b));
    expect(content(a)).not.toEqual(content(c));
  });

  it('has the size asked for, a CMO, valid unique NPIs for prescribers, every status, and no one appointed before hire', async () => {
    const core = fresh();
    const counts = await core.call('app.seedSample', { staff: 400, seed: 1 });
    expect(counts).toMatchObject({ staff: 400, departments: 17 });
    const rows = (await core.call('staff.list', { limit: 1000 })).rows;
    expect(rows.some((r) => r.roleName === 'Chief Medical Officer')).toBe(true);
    const npis = rows.flatMap((r) => (r.npi ? [r.npi] : []));
    expect(npis.length).toBeGreaterThan(150);
    expect(npis.every(isValidNpi)).toBe(true);
    expect(new Set(npis).size).toBe(npis.length);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['active', 'leave', 'inactive']));
    expect(new Set(rows.map((r) => r.email)).size).toBe(rows.length);
    const appointedBeforeHire = core.context.db.prepare('SELECT count(*) FROM staff WHERE appointment_start < hire_date').pluck().get();
    expect(appointedBeforeHire).toBe(0);
    expect((await core.call('app.info', {})).organisationName).toBe('Lantern Bay Regional Medical Center');
    // Its meetings are in Pacific time, and so is its calendar: new meetings default to the organisation's zone.
    expect((await core.call('settings.get', {})).timeZone).toBe('America/Los_Angeles');
  });

  it('gives the medical staff credentials in every status, verifications, privileges and evaluations', async () => {
    const core = openTempCore({ now: () => today });
    opened.push(core);
    await core.call('app.seedSample', { staff: 600, seed: 1 });
    const board = await core.call('credentials.expirations', { withinDays: 730, includeExpired: true });
    const states = new Set(board.rows.map((r) => (r.status.state === 'expiring' ? `band ${r.status.band}` : r.status.state)));
    expect(states).toEqual(new Set(['expired', 'band 7', 'band 30', 'band 60', 'band 90', 'current']));
    expect(board.rows.some((r) => r.status.suspends === 'all-privileges')).toBe(true);
    const { db } = core.context;
    expect(db.prepare("SELECT count(*) FROM credentials WHERE issued_on > '2026-11-23'").pluck().get()).toBe(0);
    const deaNumbers = db.prepare("SELECT number FROM credentials WHERE type = 'dea'").pluck().all() as string[];
    expect(deaNumbers.length).toBeGreaterThan(100);
    expect(deaNumbers.every(isValidDeaNumber)).toBe(true);
    const reasons = new Set((await core.call('verifications.needed', { limit: 20_000 })).rows.map((r) => r.reason));
    expect(reasons).toEqual(new Set(['never-verified', 'expiry-past-verified', 'last-check-failed', 'reappointment-due']));
    expect((await core.call('staff.reappointments', { withinDays: 90 })).some((r) => r.state === 'overdue')).toBe(true);
    const due = await core.call('evaluations.due', { withinDays: 60 });
    const dueKinds = new Set(due.map((r) => `${r.kind} ${r.daysLeft < 0 ? 'overdue' : 'soon'}`));
    for (const k of ['fppe overdue', 'fppe soon', 'oppe overdue', 'oppe soon', 'privilege-end overdue', 'privilege-end soon']) expect(dueKinds).toContain(k);
    expect(new Set(due.filter((r) => r.kind === 'privilege-end').map((r) => r.privilegeKind))).toEqual(new Set(['temporary', 'disaster', 'telemedicine']));
    // Every privilege under FPPE has one on file, as a grant through the core would have opened.
    expect(db.prepare("SELECT count(*) FROM privileges p WHERE fppe_required = 1 AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.privilege_id = p.id AND e.kind = 'fppe')").pluck().get()).toBe(0);
  });

  it('has a policy manual with histories, open drafts, reviews due and overdue, read-and-sign and crosswalk gaps', async () => {
    const core = openTempCore({ now: () => today });
    opened.push(core);
    await core.call('app.seedSample', { staff: 250, seed: 1 });
    const { rows } = await core.call('policies.list', {});
    expect(rows.length).toBeGreaterThanOrEqual(30);
    const reviewStates = new Set(rows.map((r) => r.review.state));
    for (const state of ['current', 'due-soon', 'overdue'] as const) expect(reviewStates).toContain(state);
    expect(rows.some((r) => r.openVersion?.state === 'in-review')).toBe(true);
    expect(rows.some((r) => r.openVersion?.state === 'draft')).toBe(true);
    expect(rows.some((r) => r.retiredOn)).toBe(true);
    expect(rows.some((r) => r.attestation.assigned > 0 && r.attestation.attested < r.attestation.assigned)).toBe(true);
    const multi = rows.find((r) => (r.activeVersion?.number ?? 0) > 1)!;
    const policy = await core.call('policies.get', { id: multi.id });
    const diff = await core.call('policies.redline', { fromVersionId: policy.versions.at(-1)!.id, toVersionId: multi.activeVersion!.id });
    expect(diff.added).toBeGreaterThan(0);
    const standards = await core.call('standards.list', {});
    expect(standards.some((s) => !s.policies.some((p) => p.active))).toBe(true);
    expect((await core.call('policies.search', { query: 'hand hygiene' }))[0]?.reference).toBe('IC-001');
  });

  it('has a year of committee meetings, minutes awaiting approval, and the next MEC with policies to approve', async () => {
    const core = openTempCore({ now: () => today });
    opened.push(core);
    await core.call('app.seedSample', { staff: 250, seed: 1 });
    const meetings = await core.call('meetings.list', {});
    expect(new Set(meetings.map((m) => m.status))).toEqual(new Set(['scheduled', 'held', 'minutes-approved']));
    expect(meetings.filter((m) => m.committeeName === 'Medical Executive Committee' && m.status === 'minutes-approved').length).toBeGreaterThanOrEqual(10);
    const next = await core.call('meetings.get', { id: meetings.find((m) => m.status === 'scheduled' && m.committeeName === 'Medical Executive Committee')!.id });
    expect(next.agenda.some((a) => a.link?.kind === 'policy-version')).toBe(true);
    expect(next.agenda.find((a) => a.link?.kind === 'prior-minutes')?.link?.label).toMatch(/^Minutes of Medical Executive Committee/);
    expect(next.carriedActionItems.length).toBeGreaterThan(0);
    const held = await core.call('meetings.get', { id: next.previousMeetingId! });
    expect(held.status).toBe('held');
    expect(held.motions.length).toBeGreaterThan(0);
    expect(held.quorum.votingMembers).toBe(7);
  });

  it('refuses to write into a database that already has records, changing nothing', async () => {
    const core = fresh();
    await core.call('app.seedSample', { staff: 10, seed: 1 });
    const before = tableCounts(core);
    const result = await core.dispatch('app.seedSample', { staff: 10, seed: 2 });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('tells an empty database from one with records', async () => {
    const core = fresh();
    expect((await core.call('app.info', {})).isEmpty).toBe(true);
    await core.call('app.seedSample', { staff: 10, seed: 1 });
    expect((await core.call('app.info', {})).isEmpty).toBe(false);
  });
});

describe('sample ethics cases', () => {
  it('are plainly fictional, locked behind the sample passphrase, in every CASES step, one brought to the next Ethics Committee', async () => {
    const core = fresh();
    seedSampleHospital(core.context, { staff: 60, seed: 3, today });
    expect((await core.call('ethics.lockState', {})).unlocked).toBe(false);
    await core.call('ethics.unlock', { passphrase: sampleEthicsPassphrase });
    const cases = await core.call('ethics.list', {});
    expect(new Set(cases.map((c) => c.status))).toEqual(new Set(caseStates));
    expect(new Set(cases.map((c) => c.summaryStatus))).toEqual(new Set(['none', 'draft', 'signed-off']));
    for (const c of cases) expect((await core.call('ethics.get', { id: c.id })).identifiers.patientName).toMatch(/^Sam Fictitious-\d+$/);
    const linked = core.context.db.prepare("SELECT link_kind FROM agenda_items WHERE link_kind LIKE 'ethics-%' ORDER BY link_kind").pluck().all();
    expect(linked).toEqual(['ethics-report', 'ethics-summary']);
  });
});
