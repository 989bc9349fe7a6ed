// Staff through the handlers: create, validate, search, filter, sort, page, update, and the history that records it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/errors';
import { openTempCore, tableCounts } from '../support/temp-core';

const core = openTempCore();
afterAll(() => core.dispose());
let departmentId = '';
let otherDepartmentId = '';
let roleId = '';

beforeAll(async () => {
  departmentId = (await core.call('departments.create', { code: 'CARD', name: 'Cardiology' })).id;
  otherDepartmentId = (await core.call('departments.create', { code: 'EM', name: 'Emergency Medicine' })).id;
  roleId = (await core.call('roles.create', { name: 'Attending Physician', kind: 'physician' })).id;
});

describe('staff', () => {
  it('creates a member and returns the list row with department and role names', async () => {
    const row = await core.call('staff.create', { givenName: ' Amara ', familyName: 'Quillmere', degree: 'MD', roleId, departmentId, npi: '1234567893', hireDate: '2020-02-29' });
    expect(row).toMatchObject({ givenName: 'Amara', familyName: 'Quillmere', departmentName: 'Cardiology', roleName: 'Attending Physician', status: 'active', npi: '1234567893' });
  });

  it('refuses an NPI whose check digit is wrong, saying so', async () => {
    const result = await core.dispatch('staff.create', { givenName: 'Ben', familyName: 'Ashford', roleId, departmentId, npi: '1234567890' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/check digit/) } });
  });

  it('refuses a second member with the same NPI as a CONFLICT and writes nothing', async () => {
    const before = tableCounts(core);
    const result = await core.dispatch('staff.create', { givenName: 'Ben', familyName: 'Ashford', roleId, departmentId, npi: '1234567893' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/already has this npi/) } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('refuses a department that does not exist', async () => {
    const result = await core.dispatch('staff.create', { givenName: 'Ben', familyName: 'Ashford', roleId, departmentId: 'nope' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('searches by every word, filters, sorts and pages', async () => {
    for (const [given, family, dept] of [['Carmen', 'Ashcombe', departmentId], ['Dev', 'Brambleton', otherDepartmentId], ['Elena', 'Ashwood', otherDepartmentId]] as const) {
      await core.call('staff.create', { givenName: given, familyName: family, roleId, departmentId: dept });
    }
    const ash = await core.call('staff.list', { search: 'ash' });
    expect(ash.rows.map((r) => r.familyName)).toEqual(['Ashcombe', 'Ashwood']);
    const ashInEm = await core.call('staff.list', { search: 'ash emergency' });
    expect(ashInEm.rows.map((r) => r.familyName)).toEqual(['Ashwood']);
    const byDept = await core.call('staff.list', { departmentId: otherDepartmentId, sort: 'name', direction: 'desc' });
    expect(byDept.rows.map((r) => r.familyName)).toEqual(['Brambleton', 'Ashwood']);
    const page = await core.call('staff.list', { limit: 2, offset: 2 });
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.familyName)).toEqual(['Brambleton', 'Quillmere']);
    const literal = await core.call('staff.list', { search: '%' });
    expect(literal.total).toBe(0);
  });

  it('updates only what changed and records who changed it in the history', async () => {
    const [member] = (await core.call('staff.list', { search: 'Brambleton' })).rows;
    const updated = await core.call('staff.update', { id: member!.id, patch: { status: 'leave', familyName: 'Brambleton' } });
    expect(updated.status).toBe('leave');
    const history = await core.call('history.forRecord', { entity: 'staff', id: member!.id });
    expect(history[0]).toMatchObject({ field: 'status', oldValue: 'active', newValue: 'leave', actor: 'test director' });
    expect(history.filter((h) => h.field === 'familyName')).toHaveLength(1);
  });

  it('answers NOT_FOUND for a member that does not exist', async () => {
    await expect(core.call('staff.get', { id: 'missing' })).rejects.toThrow(AppError);
    const result = await core.dispatch('staff.update', { id: 'missing', patch: { status: 'inactive' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('ends an appointment on a date for a reason: the member leaves the active lists, the record and its history stay', async () => {
    const member = await core.call('staff.create', { givenName: 'Lena', familyName: 'Marchetti', roleId, departmentId, npi: '1245319599', appointmentCategory: 'active', appointmentStart: '2024-01-01' });
    const ended = await core.call('staff.endAppointment', { id: member.id, endedOn: '2025-06-30', reason: 'Resigned: moved out of state' });
    expect(ended).toMatchObject({ status: 'inactive', appointmentEndedOn: '2025-06-30', appointmentEndReason: 'Resigned: moved out of state', appointmentStart: '2024-01-01' });
    expect((await core.call('staff.list', { status: 'active', search: 'Marchetti' })).total).toBe(0);
    expect((await core.call('staff.reappointments', { withinDays: 730 })).map((r) => r.staffId)).not.toContain(member.id);
    const history = await core.call('history.forRecord', { entity: 'staff', id: member.id });
    expect(history.filter((h) => ['status', 'appointmentEndedOn', 'appointmentEndReason'].includes(h.field)).map((h) => [h.field, h.newValue])).toEqual(
      expect.arrayContaining([['status', 'inactive'], ['appointmentEndedOn', '2025-06-30'], ['appointmentEndReason', 'Resigned: moved out of state']]),
    );
    // Made active again, the appointment is open once more; the history keeps when and why it had ended.
    expect(await core.call('staff.update', { id: member.id, patch: { status: 'active' } })).toMatchObject({ status: 'active', appointmentEndedOn: null, appointmentEndReason: null });
    const after = await core.call('history.forRecord', { entity: 'staff', id: member.id });
    expect(after.find((h) => h.field === 'appointmentEndReason' && h.newValue === null)).toMatchObject({ oldValue: 'Resigned: moved out of state' });
  });

  it('refuses to end an appointment in the future, before it began, or without a reason, writing nothing', async () => {
    const member = await core.call('staff.create', { givenName: 'Omar', familyName: 'Pellworth', roleId, departmentId, appointmentStart: '2024-01-01' });
    const before = tableCounts(core);
    const future = await core.dispatch('staff.endAppointment', { id: member.id, endedOn: '2999-01-01', reason: 'Retiring' });
    expect(future).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'endedOn' }] } });
    const early = await core.dispatch('staff.endAppointment', { id: member.id, endedOn: '2023-12-31', reason: 'Retiring' });
    expect(early).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'The appointment began on 2024-01-01: it cannot end before that.' } });
    const blank = await core.dispatch('staff.endAppointment', { id: member.id, endedOn: '2025-01-01', reason: ' ' });
    expect(blank).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'reason', message: 'Reason is required' }] } });
    expect(tableCounts(core)).toEqual(before);
    expect((await core.call('staff.get', { id: member.id })).status).toBe('active');
  });
});
