// FPPE and OPPE as a surveyor checks them (issue 15, part E): a grant opens its FPPE, an FPPE closes only with a
// decision applied to the privilege, OPPE at most 12 months apart, and privileges that end on their own in the due list.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';
import { smallOrganisation } from '../support/staff-fixtures';

let core: TempCore;
let staffId: string;
let now = new Date('2026-11-23T12:00:00Z');

beforeEach(async () => {
  now = new Date('2026-11-23T12:00:00Z');
  core = openTempCore({ now: () => now });
  staffId = (await smallOrganisation(core)).practitioner.id;
});
afterEach(() => core.dispose());

const grant = (fields: Record<string, unknown> = {}) => core.call('privileges.grant', { staffId, name: 'Moderate sedation', grantedOn: '2026-10-01', ...fields });
const fppesOf = async (privilegeId: string) => (await core.call('evaluations.forStaff', { staffId })).filter((e) => e.kind === 'fppe' && e.privilegeId === privilegeId);

describe('granting a privilege', () => {
  it('opens its FPPE in the same change: 90 days of cases from the grant, due 30 days after', async () => {
    const privilege = await grant();
    expect(privilege.fppeRequired).toBe(true);
    expect(await fppesOf(privilege.id)).toMatchObject([{ periodStart: '2026-10-01', periodEnd: '2026-12-30', dueOn: '2027-01-29', outcome: 'pending', completedOn: null, decision: null }]);
  });

  it('opens the FPPE when a requested privilege is granted later, and only once', async () => {
    const privilege = await grant({ status: 'requested', grantedOn: null });
    expect(await fppesOf(privilege.id)).toEqual([]);
    await core.call('privileges.update', { id: privilege.id, patch: { status: 'granted', grantedOn: '2026-11-02' } });
    await core.call('privileges.update', { id: privilege.id, patch: { conditions: 'Daytime only' } });
    expect((await fppesOf(privilege.id)).map((e) => e.periodStart)).toEqual(['2026-11-02']);
  });

  it('refuses a second open FPPE for the same privilege', async () => {
    const privilege = await grant();
    const result = await core.dispatch('evaluations.create', { staffId, privilegeId: privilege.id, kind: 'fppe', periodStart: '2026-10-01', periodEnd: '2026-12-30', dueOn: '2027-01-29' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('already has an FPPE open') } });
  });

  it('opens no FPPE for temporary and disaster privileges: their end date is watched instead', async () => {
    const temporary = await grant({ kind: 'temporary', expiresOn: '2026-12-15' });
    const disaster = await grant({ name: 'Emergency medicine', kind: 'disaster', grantedOn: '2026-11-20', expiresOn: '2026-12-04' });
    expect([...(await fppesOf(temporary.id)), ...(await fppesOf(disaster.id))]).toEqual([]);
  });
});

describe('completing an FPPE', () => {
  it('refuses to close it without a decision, and writes nothing', async () => {
    const privilege = await grant();
    const [fppe] = await fppesOf(privilege.id);
    const before = tableCounts(core);
    const closed = await core.dispatch('evaluations.update', { id: fppe!.id, patch: { outcome: 'satisfactory', completedOn: '2026-11-20' } });
    expect(closed).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^An FPPE is completed with a decision: confirm the privilege, extend the FPPE or limit the privilege/) } });
    const undecided = await core.dispatch('evaluations.complete', { id: fppe!.id, completedOn: '2026-11-20' });
    expect(undecided).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'decision' }] } });
    expect(await core.dispatch('evaluations.create', { staffId, kind: 'fppe', periodStart: '2026-10-01', periodEnd: '2026-12-30', dueOn: '2027-01-29', completedOn: '2026-11-20' })).toMatchObject({ ok: false });
    expect(tableCounts(core)).toEqual(before);
    expect((await fppesOf(privilege.id))[0]).toMatchObject({ completedOn: null, outcome: 'pending' });
  });

  it('confirm: the privilege is confirmed (provisional becomes granted) and no longer under FPPE', async () => {
    const privilege = await grant({ status: 'provisional' });
    const [fppe] = await fppesOf(privilege.id);
    const done = await core.call('evaluations.complete', { id: fppe!.id, decision: 'confirm', completedOn: '2026-11-20', reviewer: 'Dr. Ashcombe' });
    expect(done).toMatchObject({ decision: 'confirm', outcome: 'satisfactory', completedOn: '2026-11-20', reviewer: 'Dr. Ashcombe' });
    const [after] = await core.call('privileges.forStaff', { staffId });
    expect(after).toMatchObject({ status: 'granted', fppeRequired: false, conditions: null });
  });

  it('extend: a new FPPE period opens from the decision, the privilege stays under FPPE', async () => {
    const privilege = await grant();
    const [fppe] = await fppesOf(privilege.id);
    await core.call('evaluations.complete', { id: fppe!.id, decision: 'extend', completedOn: '2026-11-20', extendDays: 60 });
    const all = await fppesOf(privilege.id);
    expect(all.map((e) => [e.periodStart, e.periodEnd, e.dueOn, e.decision, e.completedOn])).toEqual([
      ['2026-11-20', '2027-01-19', '2027-02-18', null, null],
      ['2026-10-01', '2026-12-30', '2027-01-29', 'extend', '2026-11-20'],
    ]);
    expect(all[1]!.decisionNote).toBe('Extended: a new FPPE runs to 2027-01-19, due 2027-02-18');
    expect((await core.call('privileges.forStaff', { staffId }))[0]!.fppeRequired).toBe(true);
  });

  it('limit: the privilege carries the limit as its conditions, in the same change', async () => {
    const privilege = await grant({ conditions: 'Proctored for the first 5 cases' });
    const [fppe] = await fppesOf(privilege.id);
    await core.call('evaluations.complete', { id: fppe!.id, decision: 'limit', completedOn: '2026-11-20', conditions: 'ASA I–II patients only' });
    expect((await core.call('privileges.forStaff', { staffId }))[0]).toMatchObject({ conditions: 'ASA I–II patients only', fppeRequired: false });
    expect((await fppesOf(privilege.id))[0]).toMatchObject({ decision: 'limit', outcome: 'privileges-revised', decisionNote: 'ASA I–II patients only' });
    const history = await core.call('history.forRecord', { entity: 'privilege', id: privilege.id });
    expect(history.find((h) => h.field === 'conditions' && h.newValue === 'ASA I–II patients only')).toBeDefined();
  });

  it('limit needs the limit in words; a completion in the future or twice is refused', async () => {
    const privilege = await grant();
    const [fppe] = await fppesOf(privilege.id);
    expect(await core.dispatch('evaluations.complete', { id: fppe!.id, decision: 'limit', completedOn: '2026-11-20' })).toMatchObject({ ok: false, error: { issues: [{ path: 'conditions' }] } });
    expect(await core.dispatch('evaluations.complete', { id: fppe!.id, decision: 'confirm', completedOn: '2026-11-24' })).toMatchObject({ ok: false, error: { issues: [{ path: 'completedOn' }] } });
    await core.call('evaluations.complete', { id: fppe!.id, decision: 'confirm', completedOn: '2026-11-20' });
    expect(await core.dispatch('evaluations.complete', { id: fppe!.id, decision: 'limit', completedOn: '2026-11-21', conditions: 'x' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('OPPE at most 12 months apart', () => {
  const oppeRows = async (on: string) => {
    now = new Date(`${on}T12:00:00Z`);
    return (await core.call('evaluations.due', { withinDays: 30 })).filter((r) => r.kind === 'oppe');
  };

  it('last completed 2025-12-03: due 2026-12-03, overdue on 2026-12-04 (12 months and 1 day)', async () => {
    await grant({ grantedOn: '2024-06-01' });
    await core.call('evaluations.create', { staffId, kind: 'oppe', periodStart: '2025-04-01', periodEnd: '2025-09-30', dueOn: '2025-12-15', outcome: 'satisfactory', completedOn: '2025-12-03' });
    expect(await oppeRows('2026-12-03')).toMatchObject([{ staffId, dueOn: '2026-12-03', daysLeft: 0, evaluationId: null }]);
    expect(await oppeRows('2026-12-04')).toMatchObject([{ staffId, dueOn: '2026-12-03', daysLeft: -1 }]);
    expect(await oppeRows('2026-11-02')).toEqual([]);
  });

  it('an OPPE opened with a due date past the 12 months is still due at 12 months', async () => {
    await grant({ grantedOn: '2024-06-01' });
    await core.call('evaluations.create', { staffId, kind: 'oppe', periodStart: '2025-04-01', periodEnd: '2025-09-30', dueOn: '2025-12-15', outcome: 'satisfactory', completedOn: '2025-12-03' });
    const open = await core.call('evaluations.create', { staffId, kind: 'oppe', periodStart: '2026-06-01', periodEnd: '2026-11-30', dueOn: '2027-02-01' });
    expect(await oppeRows('2026-12-04')).toMatchObject([{ evaluationId: open.id, dueOn: '2026-12-03', daysLeft: -1 }]);
  });

  it('a practitioner with privileges and no OPPE is due 12 months after the first grant still in force', async () => {
    await grant({ grantedOn: '2025-03-10' });
    expect(await oppeRows('2026-11-23')).toMatchObject([{ staffId, dueOn: '2026-03-10', daysLeft: -258, evaluationId: null }]);
  });

  it('a practitioner with no privileges in force and no OPPE open is not on the list', async () => {
    await grant({ status: 'relinquished', grantedOn: '2020-01-01' });
    expect(await oppeRows('2026-11-23')).toEqual([]);
  });
});

describe('temporary, disaster and telemedicine privileges', () => {
  it('temporary: 120 days allowed, 121 refused with nothing written', async () => {
    const ok = await grant({ kind: 'temporary', grantedOn: '2026-11-01', expiresOn: '2027-03-01' });
    expect(ok).toMatchObject({ kind: 'temporary', expiresOn: '2027-03-01' });
    const before = tableCounts(core);
    const refused = await core.dispatch('privileges.grant', { staffId, name: 'Moderate sedation', kind: 'temporary', grantedOn: '2026-11-01', expiresOn: '2027-03-02' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'expiresOn', message: 'Temporary privileges last at most 120 days: end it on 2027-03-01 or earlier' }] } });
    const lengthened = await core.dispatch('privileges.update', { id: ok.id, patch: { expiresOn: '2027-03-02' } });
    expect(lengthened).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'expiresOn' }] } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('a disaster privilege needs its expected end; a telemedicine privilege keeps its distant site', async () => {
    expect(await core.dispatch('privileges.grant', { staffId, name: 'Emergency medicine', kind: 'disaster', grantedOn: '2026-11-20' })).toMatchObject({ ok: false, error: { issues: [{ path: 'expiresOn' }] } });
    const tele = await grant({ name: 'Teleneurology (stroke)', kind: 'telemedicine', distantSite: 'Harbour University Hospital' });
    expect(tele).toMatchObject({ kind: 'telemedicine', distantSite: 'Harbour University Hospital', fppeRequired: true });
  });

  it('their end dates are on the due list, ended ones overdue, until the privilege is relinquished', async () => {
    const temporary = await grant({ name: 'Locum cardiology', kind: 'temporary', grantedOn: '2026-09-01', expiresOn: '2026-12-10' });
    await grant({ name: 'Emergency medicine', kind: 'disaster', grantedOn: '2026-11-10', expiresOn: '2026-11-20' });
    await grant({ name: 'Teleradiology', kind: 'telemedicine', expiresOn: '2027-06-30' });
    await grant({ name: 'Core cardiology', expiresOn: '2026-12-01' });
    const ends = (await core.call('evaluations.due', { withinDays: 30 })).filter((r) => r.kind === 'privilege-end');
    expect(ends.map((r) => [r.privilegeName, r.privilegeKind, r.dueOn, r.daysLeft])).toEqual([
      ['Emergency medicine', 'disaster', '2026-11-20', -3],
      ['Locum cardiology', 'temporary', '2026-12-10', 17],
    ]);
    await core.call('privileges.update', { id: temporary.id, patch: { status: 'relinquished' } });
    expect((await core.call('evaluations.due', { withinDays: 30 })).filter((r) => r.kind === 'privilege-end').map((r) => r.privilegeName)).toEqual(['Emergency medicine']);
  });
});
