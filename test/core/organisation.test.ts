// Departments and roles through the handlers: add, rename, retire and bring back; a department or role in use is
// refused deletion with a sentence (nothing written), and a retired one is offered to no new staff member.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';
import { npiFor, smallOrganisation } from '../support/staff-fixtures';

let core: TempCore;
let org: Awaited<ReturnType<typeof smallOrganisation>>;
beforeEach(async () => {
  core = openTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
  org = await smallOrganisation(core);
});
afterEach(() => core.dispose());

describe('departments and roles', () => {
  it('lists each with how many staff it holds, and renames one (the history keeps the old name)', async () => {
    expect((await core.call('departments.list', {})).map((d) => [d.name, d.staffCount, d.retiredOn])).toEqual([
      ['Cardiology', 1, null],
      ['Emergency Medicine', 0, null],
    ]);
    const renamed = await core.call('departments.update', { id: org.cardiology.id, patch: { name: 'Cardiovascular Medicine' } });
    expect(renamed).toMatchObject({ code: 'CARD', name: 'Cardiovascular Medicine', staffCount: 1 });
    expect((await core.call('staff.get', { id: org.practitioner.id })).departmentName).toBe('Cardiovascular Medicine');
    const history = await core.call('history.forRecord', { entity: 'department', id: org.cardiology.id });
    expect(history.find((h) => h.field === 'name')).toMatchObject({ oldValue: 'Cardiology', newValue: 'Cardiovascular Medicine' });
  });

  it('refuses a name or code another department or role already has, writing nothing', async () => {
    const before = tableCounts(core);
    expect(await core.dispatch('departments.create', { code: 'CARD', name: 'Cardiac' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', issues: [{ path: 'code' }] } });
    expect(await core.dispatch('departments.update', { id: org.emergency.id, patch: { name: 'cardiology' } })).toMatchObject({ ok: false, error: { code: 'CONFLICT', issues: [{ path: 'name' }] } });
    expect(await core.dispatch('roles.create', { name: 'attending physician', kind: 'physician' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/already a role named/) } });
    expect(await core.dispatch('roles.update', { id: 'role-np', patch: { name: '' } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('refuses to delete a department or role in use, saying what uses it; deletes one added in error', async () => {
    const before = tableCounts(core);
    const department = await core.dispatch('departments.remove', { id: org.cardiology.id });
    expect(department).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Cardiology is named by 1 staff member: it cannot be deleted. Retire it instead; those records keep it.' } });
    const role = await core.dispatch('roles.remove', { id: 'role-attending' });
    expect(role).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/^Attending Physician is held by or assigned to 1 staff member: it cannot be deleted/) } });
    expect(tableCounts(core)).toEqual(before);
    const mistake = await core.call('roles.create', { name: 'Hospitalst', kind: 'physician' });
    await core.call('roles.remove', { id: mistake.id });
    await core.call('departments.remove', { id: org.emergency.id });
    expect((await core.call('roles.list', {})).map((r) => r.name)).toEqual(['Attending Physician', 'Nurse Practitioner']);
    expect((await core.call('departments.list', {})).map((d) => d.name)).toEqual(['Cardiology']);
  });

  it('retires a role: the staff who hold it keep it, no one new is given it, and it can be brought back', async () => {
    const retired = await core.call('roles.retire', { id: 'role-attending', retired: true });
    expect(retired).toMatchObject({ retiredOn: '2026-11-23', staffCount: 1 });
    expect((await core.call('staff.get', { id: org.practitioner.id })).roleName).toBe('Attending Physician');
    const before = tableCounts(core);
    const newcomer = await core.dispatch('staff.create', { givenName: 'Ben', familyName: 'Ashford', roleId: 'role-attending', departmentId: org.cardiology.id, npi: npiFor(2) });
    expect(newcomer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'roleId', message: 'Retired: choose a current role' }] } });
    expect(tableCounts(core)).toEqual(before);
    // Editing someone who already holds it is not giving it anew.
    expect(await core.call('staff.update', { id: org.practitioner.id, patch: { roleId: 'role-attending', specialty: 'Cardiology' } })).toMatchObject({ specialty: 'Cardiology' });
    await core.call('roles.retire', { id: 'role-attending', retired: false });
    expect(await core.call('staff.create', { givenName: 'Ben', familyName: 'Ashford', roleId: 'role-attending', departmentId: org.cardiology.id, npi: npiFor(2) })).toMatchObject({ roleName: 'Attending Physician' });
  });
});
