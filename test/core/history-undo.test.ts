// Undo from a record's History panel: one transaction of this session reversed through the store, as new changes
// that are logged and synced like any edit; refused, with nothing written, when a later change or an older session stands in the way.
import { afterEach, describe, expect, it } from 'vitest';
import { meetingEntity } from '../../electron/core/meetings/entities';
import { AppError } from '../../electron/core/errors';
import { committeeWithMembers, meetingWithBusiness } from '../support/meeting-fixtures';
import { smallOrganisation } from '../support/staff-fixtures';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';
import { canonicalDump, firstDifference } from './sync/support/canonical-dump';
import { sharedFolderTeam, syncedOrganisation, type TestLaptop } from './sync/support/shared-folder-pair';

process.env.CHARTROOM_AUTO_SYNC = '0';
const opened: { dispose(): void }[] = [];
afterEach(() => {
  for (const o of opened.splice(0)) o.dispose();
});
function tempCore(options: Parameters<typeof openTempCore>[0] = {}): TempCore {
  const core = openTempCore(options);
  opened.push(core);
  return core;
}

const newestTx = async (core: TempCore, entity: string, id: string) => (await core.call('history.forRecord', { entity, id }))[0]!.txId;
const logSize = (core: TempCore) => core.context.db.prepare('SELECT count(*) FROM change_log').pluck().get() as number;

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected the undo to be refused');
}

describe('undo of this session’s changes', () => {
  it('restores all three fields of a multi-field edit in one new transaction, offered on the newest change only', async () => {
    const core = tempCore();
    const { practitioner, emergency, cardiology } = await smallOrganisation(core);
    await core.call('staff.update', { id: practitioner.id, patch: { familyName: 'Quillmere-Hart', email: 'amara@lanternbay.example', departmentId: emergency.id } });

    const history = await core.call('history.forRecord', { entity: 'staff', id: practitioner.id });
    const edit = history.filter((c) => c.txId === history[0]!.txId);
    expect(edit.map((c) => c.field).sort()).toEqual(['departmentId', 'email', 'familyName']);
    expect(edit.every((c) => c.undoable)).toBe(true);
    expect(history.filter((c) => c.txId !== history[0]!.txId).some((c) => c.undoable)).toBe(false);
    expect(edit.find((c) => c.field === 'familyName')!.label).toBe('Family name');

    const outcome = await core.call('history.undo', { entity: 'staff', id: practitioner.id, txId: edit[0]!.txId });
    expect(outcome).toEqual({ changes: 3, records: 1 });
    const restored = await core.call('staff.get', { id: practitioner.id });
    expect(restored).toMatchObject({ familyName: 'Quillmere', email: null, departmentId: cardiology.id });

    // The undo is one new transaction of three changes, and itself the newest change, undoable in turn (redo).
    const after = await core.call('history.forRecord', { entity: 'staff', id: practitioner.id });
    const undo = after.filter((c) => c.txId === after[0]!.txId);
    expect(undo).toHaveLength(3);
    expect(undo[0]!.txId).not.toBe(edit[0]!.txId);
    expect(undo.find((c) => c.field === 'familyName')).toMatchObject({ oldValue: 'Quillmere-Hart', newValue: 'Quillmere', actor: 'test director' });
    expect(undo.every((c) => c.undoable)).toBe(true);
  });

  it('removes a record the transaction created', async () => {
    const core = tempCore();
    const department = await core.call('departments.create', { code: 'PEDS', name: 'Paediatrics' });
    await core.call('history.undo', { entity: 'department', id: department.id, txId: await newestTx(core, 'department', department.id) });
    expect(core.context.db.prepare('SELECT count(*) FROM departments WHERE id = ?').pluck().get(department.id)).toBe(0);
    expect((await core.call('history.forRecord', { entity: 'department', id: department.id }))[0]).toMatchObject({ field: '_deleted', newValue: true });
  });

  it('brings back a deleted meeting with everything its delete removed, as it was', async () => {
    const core = tempCore();
    const committee = await committeeWithMembers(core);
    const meeting = await meetingWithBusiness(core, committee, 'December MEC', '2026-12-08T15:30:00Z');
    const before = canonicalDump(core.context.db);
    core.context.store.remove(meetingEntity, meeting.meetingId);
    expect(core.context.db.prepare('SELECT count(*) FROM votes').pluck().get()).toBe(0);

    const outcome = await core.call('history.undo', { entity: 'meeting', id: meeting.meetingId, txId: await newestTx(core, 'meeting', meeting.meetingId) });
    expect(outcome.records).toBeGreaterThan(8);
    expect(firstDifference(before, canonicalDump(core.context.db))).toBeNull();
  });

  it('refuses, naming the field, when a later change touched the record; nothing is written', async () => {
    const core = tempCore();
    const { practitioner } = await smallOrganisation(core);
    await core.call('staff.update', { id: practitioner.id, patch: { familyName: 'Quillmere-Hart', email: 'amara@lanternbay.example' } });
    const first = await newestTx(core, 'staff', practitioner.id);
    await core.call('staff.update', { id: practitioner.id, patch: { email: 'a.quillmere@lanternbay.example' } });

    const history = await core.call('history.forRecord', { entity: 'staff', id: practitioner.id });
    expect(history.filter((c) => c.undoable).map((c) => c.field)).toEqual(['email']);
    const counts = tableCounts(core);
    const error = await refusal(core.call('history.undo', { entity: 'staff', id: practitioner.id, txId: first }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('This staff member had its email changed after this change, by test director: undo that later change first.');
    expect(tableCounts(core)).toEqual(counts);
  });

  it('refuses to remove a created record that something added since points at', async () => {
    const core = tempCore();
    const committee = await core.call('committees.create', { name: 'Credentials Committee', kind: 'credentials' });
    const created = await newestTx(core, 'committee', committee.id);
    await core.call('committees.addMember', { committeeId: committee.id, name: 'Dr Ada Ashcombe', role: 'member', voting: true });
    const counts = tableCounts(core);
    const error = await refusal(core.call('history.undo', { entity: 'committee', id: committee.id, txId: created }));
    expect(error.message).toMatch(/A committee member was added to this committee since it was created/);
    expect(tableCounts(core)).toEqual(counts);
  });

  it('refuses a change made before this session, and does not offer it', async () => {
    const first = tempCore();
    const { practitioner } = await smallOrganisation(first);
    await first.call('staff.update', { id: practitioner.id, patch: { email: 'amara@lanternbay.example' } });
    const txId = await newestTx(first, 'staff', practitioner.id);
    first.close();

    const reopened = tempCore({ dataDir: first.dataDir });
    expect((await reopened.call('history.forRecord', { entity: 'staff', id: practitioner.id })).some((c) => c.undoable)).toBe(false);
    const size = logSize(reopened);
    const error = await refusal(reopened.call('history.undo', { entity: 'staff', id: practitioner.id, txId }));
    expect(error.message).toMatch(/^Only changes made since Chartroom was opened can be undone/);
    expect(logSize(reopened)).toBe(size);
  });

  it('refuses a change that is not in the record’s history', async () => {
    const core = tempCore();
    const { practitioner, cardiology } = await smallOrganisation(core);
    const error = await refusal(core.call('history.undo', { entity: 'staff', id: practitioner.id, txId: await newestTx(core, 'department', cardiology.id) }));
    expect(error.code).toBe('NOT_FOUND');
  });
});

describe('undo, then sync', () => {
  let team: ReturnType<typeof sharedFolderTeam> | null = null;
  afterEach(() => {
    team?.dispose();
    team = null;
  });

  it('another laptop receives an undone edit and an undone delete like any edit', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = team.laptops as [TestLaptop, TestLaptop];
    const { practitioner } = await syncedOrganisation(alice.core);
    const committee = await committeeWithMembers(alice.core);
    const meeting = await meetingWithBusiness(alice.core, committee, 'December MEC', '2026-12-08T15:30:00Z');
    alice.sync();
    bob.sync();

    await alice.core.call('staff.update', { id: practitioner.id, patch: { givenName: 'Amy', email: 'amy@lanternbay.example' } });
    alice.core.context.store.remove(meetingEntity, meeting.meetingId);
    alice.sync();
    bob.sync();
    expect(await bob.core.call('staff.get', { id: practitioner.id })).toMatchObject({ givenName: 'Amy' });
    expect(bob.core.context.db.prepare('SELECT count(*) FROM meetings').pluck().get()).toBe(0);

    await alice.core.call('history.undo', { entity: 'staff', id: practitioner.id, txId: await newestTx(alice.core, 'staff', practitioner.id) });
    await alice.core.call('history.undo', { entity: 'meeting', id: meeting.meetingId, txId: await newestTx(alice.core, 'meeting', meeting.meetingId) });
    const sent = alice.sync();
    const received = bob.sync();
    expect(sent.problems.concat(received.problems)).toEqual([]);

    expect(await bob.core.call('staff.get', { id: practitioner.id })).toMatchObject({ givenName: 'Amara', email: null });
    expect(bob.core.context.db.prepare('SELECT count(*) FROM votes').pluck().get()).toBe(3);
    expect(firstDifference(canonicalDump(alice.core.context.db), canonicalDump(bob.core.context.db))).toBeNull();
    // Bob sees the undo in the history as Alice's change, and cannot undo it himself: it is not his session's.
    const bobsHistory = await bob.core.call('history.forRecord', { entity: 'staff', id: practitioner.id });
    expect(bobsHistory[0]).toMatchObject({ actor: expect.stringMatching(/^alice/), undoable: false });
  });
});
