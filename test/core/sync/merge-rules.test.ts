// The merge rules one by one, on two or three laptops sharing one real folder: long text merged or kept as a
// conflict, delete against edit, files still arriving, strangers' files ignored, snapshots for a new laptop,
// compaction only after everyone has applied, documents carried by content.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staffEntity } from '../../../electron/core/staff/entities';
import { mergeThreeWay } from '../../../electron/core/sync/three-way-merge';
import { canonicalDump } from './support/canonical-dump';
import { sharedFolderTeam, syncedOrganisation, type TestLaptop } from './support/shared-folder-pair';

let team: ReturnType<typeof sharedFolderTeam>;
afterEach(() => team?.dispose());

const two = () => team.laptops as [TestLaptop, TestLaptop];
const staffName = (l: TestLaptop, id: string) => l.core.context.db.prepare('SELECT given_name FROM staff WHERE id = ?').pluck().get(id);
const conflicts = (l: TestLaptop) => l.core.context.db.prepare('SELECT entity, field, kind, kept_value AS kept, lost_value AS lost FROM sync_conflicts ORDER BY id').all();

async function policyOn(l: TestLaptop, ownerId: string, body: string) {
  const policy = await l.core.call('policies.create', { reference: 'IC-001', title: 'Hand hygiene', category: 'Infection control', ownerId, body });
  return l.core.context.db.prepare('SELECT id FROM policy_versions WHERE policy_id = ?').pluck().get(policy.id) as string;
}
const bodyOf = (l: TestLaptop, versionId: string) => l.core.context.db.prepare('SELECT body FROM policy_versions WHERE id = ?').pluck().get(versionId);

describe('three-way text merge', () => {
  it('merges edits to different paragraphs and refuses overlapping ones', () => {
    const base = 'one\ntwo\nthree\nfour\n';
    expect(mergeThreeWay(base, 'ONE\ntwo\nthree\nfour\n', 'one\ntwo\nthree\nFOUR\n')).toBe('ONE\ntwo\nthree\nFOUR\n');
    expect(mergeThreeWay(base, 'one\nTWO\nthree\nfour\n', 'one\nTwo!\nthree\nfour\n')).toBeNull();
    expect(mergeThreeWay(base, 'one\ntwo\nthree\nfour\nfive\n', 'zero\none\ntwo\nthree\nfour\n')).toBe('zero\none\ntwo\nthree\nfour\nfive\n');
  });
});

describe('merge rules between laptops', () => {
  it('keeps the later edit of a field and the earlier one as a conflict to restore', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = two();
    const { practitioner } = await syncedOrganisation(alice.core);
    alice.sync();
    bob.sync();
    await alice.core.call('staff.update', { id: practitioner.id, patch: { givenName: 'Amira' } });
    await new Promise((r) => setTimeout(r, 5));
    await bob.core.call('staff.update', { id: practitioner.id, patch: { givenName: 'Amaya' } });
    alice.sync();
    bob.sync();
    alice.sync();
    expect(staffName(alice, practitioner.id)).toBe('Amaya');
    expect(staffName(bob, practitioner.id)).toBe('Amaya');
    for (const l of [alice, bob]) expect(conflicts(l)).toEqual([{ entity: 'staff', field: 'givenName', kind: 'concurrent', kept: '"Amaya"', lost: '"Amira"' }]);
  });

  it('merges policy text edited in different paragraphs on two laptops; overlapping edits become a conflict', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = two();
    const { practitioner } = await syncedOrganisation(alice.core);
    const versionId = await policyOn(alice, practitioner.id, 'Scope\nWash hands.\nUse gel.\nAudit monthly.\n');
    alice.sync();
    bob.sync();
    await alice.core.call('policies.saveDraft', { versionId, body: 'Scope: all staff\nWash hands.\nUse gel.\nAudit monthly.\n' });
    await bob.core.call('policies.saveDraft', { versionId, body: 'Scope\nWash hands.\nUse gel.\nAudit weekly.\n' });
    alice.sync();
    bob.sync();
    alice.sync();
    expect(bodyOf(alice, versionId)).toBe('Scope: all staff\nWash hands.\nUse gel.\nAudit weekly.\n');
    expect(bodyOf(bob, versionId)).toBe(bodyOf(alice, versionId));

    await alice.core.call('policies.saveDraft', { versionId, body: 'Scope: all staff\nWash hands for 20 s.\nUse gel.\nAudit weekly.\n' });
    await bob.core.call('policies.saveDraft', { versionId, body: 'Scope: all staff\nWash hands with soap.\nUse gel.\nAudit weekly.\n' });
    alice.sync();
    bob.sync();
    alice.sync();
    expect(bodyOf(bob, versionId)).toBe(bodyOf(alice, versionId));
    const open = bob.core.context.db.prepare("SELECT lost_value FROM sync_conflicts WHERE field = 'body' AND kind = 'concurrent'").pluck().all() as string[];
    expect(open.length).toBe(1);
  });

  it('a delete wins over earlier edits; a later edit brings the record back with an explained conflict', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = two();
    const { practitioner } = await syncedOrganisation(alice.core);
    alice.sync();
    bob.sync();
    await bob.core.call('staff.update', { id: practitioner.id, patch: { specialty: 'Cardiology' } });
    await new Promise((r) => setTimeout(r, 5));
    alice.core.context.store.remove(staffEntity, practitioner.id);
    bob.sync();
    alice.sync();
    bob.sync();
    expect(staffName(alice, practitioner.id)).toBeUndefined();
    expect(staffName(bob, practitioner.id)).toBeUndefined();
    expect(conflicts(bob).map((c) => (c as { kind: string }).kind)).toContain('deleted');

    const second = await alice.core.call('staff.create', { givenName: 'Ola', familyName: 'Brightwater', roleId: 'role-np', departmentId: (alice.core.context.db.prepare('SELECT id FROM departments').pluck().get() as string) });
    alice.sync();
    bob.sync();
    alice.core.context.store.remove(staffEntity, second.id);
    await new Promise((r) => setTimeout(r, 5));
    await bob.core.call('staff.update', { id: second.id, patch: { specialty: 'Oncology' } });
    alice.sync();
    bob.sync();
    alice.sync();
    expect(staffName(alice, second.id)).toBe('Ola');
    expect(staffName(bob, second.id)).toBe('Ola');
    expect(conflicts(alice).some((c) => (c as { kind: string }).kind === 'resurrected')).toBe(true);
    expect(canonicalDump(alice.core.context.db)).toEqual(canonicalDump(bob.core.context.db));
  });

  it('waits for a file still arriving and ignores temp files and conflicted copies', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = two();
    await syncedOrganisation(alice.core);
    alice.sync();
    const segments = path.join(team.folder, 'devices', alice.core.context.store.deviceId, 'segments');
    const [name] = fs.readdirSync(segments);
    const whole = fs.readFileSync(path.join(segments, name!));
    fs.writeFileSync(path.join(segments, name!), whole.subarray(0, whole.length - 20));
    fs.writeFileSync(path.join(segments, `.syncthing.${name}.tmp`), whole.subarray(0, 10));
    fs.writeFileSync(path.join(segments, name!.replace('.seg', '.sync-conflict-20261122-101500-ABCD.seg')), whole);
    fs.writeFileSync(path.join(segments, name!.replace('.seg', " (Bob's conflicted copy 2026-11-22).seg")), whole);
    const first = bob.sync();
    expect(first.received.segments).toBe(0);
    expect(first.problems.join(' ')).toMatch(/still arriving/);
    fs.writeFileSync(path.join(segments, name!), whole);
    const second = bob.sync();
    expect(second.received.segments).toBe(1);
    // The whole file, once it is whole: the same rows on both laptops, not merely as many.
    expect(canonicalDump(bob.core.context.db)).toEqual(canonicalDump(alice.core.context.db));
    expect(bob.core.context.db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(1);
  });

  it('a new laptop joins from a snapshot; segments are removed only after every active laptop applied them', async () => {
    team = sharedFolderTeam(['alice', 'bob', 'carol']);
    const [alice, bob, carol] = team.laptops as [TestLaptop, TestLaptop, TestLaptop];
    const { cardiology } = await syncedOrganisation(alice.core);
    for (let i = 0; i < 30; i++) {
      await alice.core.call('staff.create', { givenName: `G${i}`, familyName: `F${i}`, roleId: 'role-np', departmentId: cardiology.id });
      alice.sync({ compact: false });
    }
    bob.sync({ compact: false });
    const { maybeWriteSnapshot, maybeCompact } = await import('../../../electron/core/sync/snapshots');
    const { syncState } = await import('../../../electron/core/sync/sync-state');
    const { openFolder } = await import('../../../electron/core/sync/folder-format');
    const opened = openFolder(team.folder, 'lantern bay medical staff office', '0.1.0');
    const host = (l: TestLaptop) => ({ ...l.core.context });
    expect(maybeWriteSnapshot(host(alice), syncState(alice.core.context.db), opened.layout, opened.key, alice.core.context.store.deviceId, () => new Date().toISOString(), true)).toMatch(/\.snap$/);
    const aliceSegments = path.join(team.folder, 'devices', alice.core.context.store.deviceId, 'segments');
    const before = fs.readdirSync(aliceSegments).length;
    expect(before).toBeGreaterThanOrEqual(30);
    // bob has applied all of alice's segments and said so in his presence file: they can go.
    expect(maybeCompact(host(alice), syncState(alice.core.context.db), opened.layout, opened.key, alice.core.context.store.deviceId)).toBe(before);
    const joined = carol.sync({ compact: false });
    expect(joined.snapshot.loaded).toMatch(/\.snap$/);
    expect(canonicalDump(carol.core.context.db)).toEqual(canonicalDump(alice.core.context.db));
    expect(canonicalDump(bob.core.context.db)).toEqual(canonicalDump(alice.core.context.db));
  }, 60_000);

  it('carries an attached document through the folder, sealed', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = two();
    const { practitioner } = await syncedOrganisation(alice.core);
    const credential = await alice.core.call('credentials.create', { staffId: practitioner.id, type: 'state-license', number: 'A123', expiresOn: '2030-01-31' });
    const pdf = Buffer.from('%PDF-1.4\n% a licence\n%%EOF\n');
    await alice.core.call('credentials.attachDocument', { credentialId: credential.id, fileName: 'licence.pdf', dataBase64: pdf.toString('base64') });
    alice.sync();
    const sealed = fs.readdirSync(path.join(team.folder, 'attachments'));
    expect(sealed).toHaveLength(1);
    expect(fs.readFileSync(path.join(team.folder, 'attachments', sealed[0]!)).includes(Buffer.from('a licence'))).toBe(false);
    bob.sync();
    const documentId = bob.core.context.db.prepare('SELECT document_id FROM credentials WHERE id = ?').pluck().get(credential.id) as string;
    const read = await bob.core.call('attachments.read', { id: documentId });
    expect(Buffer.from(read.dataBase64, 'base64').equals(pdf)).toBe(true);
  });
});

describe('segments from a newer Chartroom', () => {
  it('waits, whole, for a segment written with a newer database schema rather than applying the part it understands', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = two();
    const { practitioner } = await syncedOrganisation(alice.core);
    alice.sync();
    bob.sync();
    const { openFolder } = await import('../../../electron/core/sync/folder-format');
    const { encodeSegment } = await import('../../../electron/core/sync/segment-codec');
    const { latestSchemaVersion } = await import('../../../electron/core/db/migrations');
    const { formatHlc } = await import('../../../electron/core/db/hlc');
    const { key } = openFolder(team.folder, 'lantern bay medical staff office', '0.1.0');
    const newer = 'abcdefabcdef0123';
    const hlc = formatHlc({ wallMs: Date.now(), counter: 0, deviceId: newer });
    const segment = {
      header: { format: 1, schemaVersion: latestSchemaVersion + 1, device: newer, deviceName: 'dana', seq: 1, hlcMin: hlc, hlcMax: hlc, count: 2, known: {}, writtenAt: new Date().toISOString() },
      changes: [
        ['staff', practitioner.id, 'givenName', '"Dana"', null, hlc],
        ['peerReviewCase', 'case-1', 'summary', '"a kind of record this version does not know"', null, hlc],
      ] as [string, string, string, string | null, string | null, string][],
    };
    const dir = path.join(team.folder, 'devices', newer, 'segments');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, '0000000001-0a0b0c0d.seg'), encodeSegment(key, segment));
    const report = bob.sync();
    expect(report.received.segments).toBe(0);
    expect(report.problems.join(' ')).toMatch(/newer Chartroom/);
    expect(staffName(bob, practitioner.id)).toBe('Amara');
    expect(bob.core.context.db.prepare('SELECT count(*) FROM sync_segments WHERE device_id = ?').pluck().get(newer)).toBe(0);
  }, 60_000);
});

describe('compaction waits for every active laptop', () => {
  it("keeps the segments a laptop has not acknowledged while that laptop's presence file cannot be read", async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = two();
    const { cardiology } = await syncedOrganisation(alice.core);
    const addStaff = (i: number) => alice.core.call('staff.create', { givenName: `G${i}`, familyName: `F${i}`, roleId: 'role-np', departmentId: cardiology.id });
    for (let i = 0; i < 5; i++) {
      await addStaff(i);
      alice.sync({ compact: false });
    }
    bob.sync({ compact: false });
    alice.sync({ compact: false });
    for (let i = 5; i < 10; i++) {
      await addStaff(i);
      alice.sync({ compact: false });
    }
    // Bob's presence file is being replaced by his sync service: for now it cannot be read.
    const bobDir = path.join(team.folder, 'devices', bob.core.context.store.deviceId);
    for (const name of fs.readdirSync(bobDir).filter((n) => n.startsWith('presence-'))) {
      const file = path.join(bobDir, name);
      fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 40));
    }
    const { maybeWriteSnapshot, maybeCompact } = await import('../../../electron/core/sync/snapshots');
    const { syncState } = await import('../../../electron/core/sync/sync-state');
    const { openFolder } = await import('../../../electron/core/sync/folder-format');
    const { layout, key } = openFolder(team.folder, 'lantern bay medical staff office', '0.1.0');
    const aliceId = alice.core.context.store.deviceId;
    const state = syncState(alice.core.context.db);
    maybeWriteSnapshot(alice.core.context, state, layout, key, aliceId, () => new Date().toISOString(), true);
    const acknowledgedByBob = (bob.core.context.db.prepare('SELECT max(seq) FROM sync_segments WHERE device_id = ?').pluck().get(aliceId) as number);
    const segments = path.join(team.folder, 'devices', aliceId, 'segments');
    const before = fs.readdirSync(segments).length;
    expect(maybeCompact(alice.core.context, state, layout, key, aliceId)).toBe(acknowledgedByBob);
    expect(fs.readdirSync(segments).length).toBe(before - acknowledgedByBob);
    bob.sync({ compact: false });
    expect(canonicalDump(bob.core.context.db)).toEqual(canonicalDump(alice.core.context.db));
  }, 90_000);
});

describe('joining from snapshots', () => {
  it('a new laptop loads every snapshot it needs, not only the one that covers most', async () => {
    team = sharedFolderTeam(['alice', 'bob', 'carol', 'dave']);
    const [alice, bob, carol, dave] = team.laptops as [TestLaptop, TestLaptop, TestLaptop, TestLaptop];
    const { cardiology } = await syncedOrganisation(alice.core);
    const add = (l: TestLaptop, name: string) => l.core.call('staff.create', { givenName: name, familyName: 'Test', roleId: 'role-np', departmentId: cardiology.id });
    const { maybeWriteSnapshot, maybeCompact } = await import('../../../electron/core/sync/snapshots');
    const { syncState } = await import('../../../electron/core/sync/sync-state');
    const { openFolder } = await import('../../../electron/core/sync/folder-format');
    const { layout, key } = openFolder(team.folder, 'lantern bay medical staff office', '0.1.0');
    const snapshot = (l: TestLaptop) => maybeWriteSnapshot(l.core.context, syncState(l.core.context.db), layout, key, l.core.context.store.deviceId, () => new Date().toISOString(), true);

    for (let i = 0; i < 3; i++) {
      await add(alice, `A${i}`);
      alice.sync({ compact: false });
    }
    bob.sync({ compact: false });
    for (let i = 0; i < 6; i++) {
      await add(bob, `B${i}`);
      bob.sync({ compact: false });
    }
    // Bob's snapshot covers most in all, but alice only up to her third segment.
    snapshot(bob);
    for (let i = 3; i < 6; i++) {
      await add(alice, `A${i}`);
      alice.sync({ compact: false });
    }
    // Dave syncs while bob's files have not reached him yet: his snapshot covers all of alice and nothing of bob.
    const bobDir = path.join(team.folder, 'devices', bob.core.context.store.deviceId);
    const hidden = path.join(team.folder, 'devices', '.bob-not-yet-delivered');
    fs.renameSync(bobDir, hidden);
    dave.sync({ compact: false });
    snapshot(dave);
    fs.renameSync(hidden, bobDir);
    for (const l of [bob, dave, alice]) l.sync({ compact: false });
    const aliceId = alice.core.context.store.deviceId;
    expect(maybeCompact(alice.core.context, syncState(alice.core.context.db), layout, key, aliceId)).toBe(6);

    const joined = carol.sync({ compact: false });
    expect(joined.snapshot.loaded).toMatch(/\.snap$/);
    expect(canonicalDump(carol.core.context.db)).toEqual(canonicalDump(alice.core.context.db));
  }, 90_000);

  it('a laptop back after a long absence loads a snapshot when all of a device\'s segments were compacted away', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = two();
    const { cardiology } = await syncedOrganisation(alice.core);
    const add = (name: string) => alice.core.call('staff.create', { givenName: name, familyName: 'Test', roleId: 'role-np', departmentId: cardiology.id });
    await add('A0');
    alice.sync({ compact: false });
    // Bob's last sync was long ago: he no longer counts as active, so his acknowledgement is not waited for.
    bob.skewMs = -40 * 86_400_000;
    bob.sync({ compact: false, allowFutureChanges: true });
    bob.skewMs = 0;
    for (let i = 1; i < 4; i++) {
      await add(`A${i}`);
      alice.sync({ compact: false });
    }
    const { maybeWriteSnapshot, maybeCompact } = await import('../../../electron/core/sync/snapshots');
    const { syncState } = await import('../../../electron/core/sync/sync-state');
    const { openFolder } = await import('../../../electron/core/sync/folder-format');
    const { layout, key } = openFolder(team.folder, 'lantern bay medical staff office', '0.1.0');
    const aliceId = alice.core.context.store.deviceId;
    const state = syncState(alice.core.context.db);
    maybeWriteSnapshot(alice.core.context, state, layout, key, aliceId, () => new Date().toISOString(), true);
    expect(maybeCompact(alice.core.context, state, layout, key, aliceId)).toBe(4);
    expect(fs.readdirSync(layout.segmentsDir(aliceId))).toEqual([]);

    const back = bob.sync({ compact: false });
    expect(back.snapshot.loaded).toMatch(/\.snap$/);
    expect(canonicalDump(bob.core.context.db)).toEqual(canonicalDump(alice.core.context.db));
  }, 90_000);
});

describe('a text merge whose record is absent', () => {
  it('stays an open conflict, and is written once the record is back', async () => {
    process.env.CHARTROOM_AUTO_SYNC = '0';
    team = sharedFolderTeam(['alice', 'bob', 'carol']);
    const [alice, bob, carol] = team.laptops as [TestLaptop, TestLaptop, TestLaptop];
    const { practitioner } = await syncedOrganisation(alice.core);
    const firstId = await policyOn(alice, practitioner.id, 'Scope\nWash hands.\nUse gel.\nAudit monthly.\n');
    const policyId = alice.core.context.db.prepare('SELECT policy_id FROM policy_versions WHERE id = ?').pluck().get(firstId) as string;
    const { policyVersionEntity } = await import('../../../electron/core/policies/entities');
    alice.core.context.store.update(policyVersionEntity, firstId, { stage: 'approved' });
    for (const l of [alice, bob, carol]) l.sync();
    // A new draft that Alice and Bob hold and Carol does not: deleting the policy removes the versions Carol holds
    // with it (each a logged delete), but this one only waits for the policy, absent.
    const versionId = (await alice.core.call('policies.newVersion', { fromVersionId: firstId, changeSummary: 'Audit cadence' })).id;
    for (const l of [alice, bob]) l.sync();
    // Alice and Bob edit different paragraphs (Bob also the policy's category); a moment later, unaware of both,
    // Carol deletes the policy: the draft waits for it, absent, on every laptop when the texts merge.
    await alice.core.call('policies.saveDraft', { versionId, body: 'Scope: all staff\nWash hands.\nUse gel.\nAudit monthly.\n' });
    await bob.core.call('policies.saveDraft', { versionId, body: 'Scope\nWash hands.\nUse gel.\nAudit weekly.\n' });
    await bob.core.call('policies.update', { id: policyId, patch: { category: 'Hygiene' } });
    await new Promise((r) => setTimeout(r, 5));
    const { policyEntity } = await import('../../../electron/core/policies/entities');
    carol.core.context.store.remove(policyEntity, policyId);
    // Carol's delete reaches each of them before the other's edit does.
    for (const l of [carol, alice, bob, alice, carol, bob]) l.sync();
    const merged = 'Scope: all staff\nWash hands.\nUse gel.\nAudit weekly.\n';
    for (const l of [alice, bob, carol]) {
      expect(bodyOf(l, versionId)).toBeUndefined();
      const open = l.core.context.db.prepare("SELECT kept_value FROM sync_conflicts WHERE kind = 'merged' AND resolved_at IS NULL").pluck().all();
      expect(open, `${l.name} keeps the merge open`).toEqual([JSON.stringify(merged)]);
    }
    const waiting = await carol.core.call('sync.conflicts', {});
    expect(waiting.find((c) => c.kind === 'merged')).toMatchObject({ field: 'body', resolvedAt: null });

    // Alice brings the policy back (Bob's category edit lost to the delete); her next sync writes the merged text.
    const [deleted] = (await alice.core.call('sync.conflicts', {})).filter((c) => c.entity === 'policy' && c.kind === 'deleted');
    await alice.core.call('sync.resolveConflict', { id: deleted!.id, choice: 'restore' });
    const report = alice.sync();
    expect(report.textMerges).toBe(1);
    expect(bodyOf(alice, versionId)).toBe(merged);
    for (const l of [bob, carol, alice]) l.sync();
    for (const l of [alice, bob, carol]) {
      expect(bodyOf(l, versionId)).toBe(merged);
      expect(l.core.context.db.prepare("SELECT count(*) FROM sync_conflicts WHERE kind = 'merged' AND resolved_at IS NULL").pluck().get()).toBe(0);
    }
    expect(canonicalDump(bob.core.context.db)).toEqual(canonicalDump(alice.core.context.db));
    expect(canonicalDump(carol.core.context.db)).toEqual(canonicalDump(alice.core.context.db));
  }, 60_000);

  it('an open merge the director applies puts both edits in the record, bringing it back', async () => {
    process.env.CHARTROOM_AUTO_SYNC = '0';
    team = sharedFolderTeam(['alice', 'bob', 'carol']);
    const [alice, bob, carol] = team.laptops as [TestLaptop, TestLaptop, TestLaptop];
    const { practitioner } = await syncedOrganisation(alice.core);
    const versionId = await policyOn(alice, practitioner.id, 'Scope\nWash hands.\nUse gel.\nAudit monthly.\n');
    for (const l of [alice, bob, carol]) l.sync();
    await alice.core.call('policies.saveDraft', { versionId, body: 'Scope: all staff\nWash hands.\nUse gel.\nAudit monthly.\n' });
    await bob.core.call('policies.saveDraft', { versionId, body: 'Scope\nWash hands.\nUse gel.\nAudit weekly.\n' });
    await new Promise((r) => setTimeout(r, 5));
    const { policyVersionEntity } = await import('../../../electron/core/policies/entities');
    carol.core.context.store.remove(policyVersionEntity, versionId);
    for (const l of [carol, alice, bob]) l.sync();
    expect(bodyOf(bob, versionId)).toBeUndefined();
    const merge = (await bob.core.call('sync.conflicts', {})).find((c) => c.kind === 'merged');
    expect(merge).toMatchObject({ field: 'body', resolvedAt: null });
    await bob.core.call('sync.resolveConflict', { id: merge!.id, choice: 'restore' });
    expect(bodyOf(bob, versionId)).toBe('Scope: all staff\nWash hands.\nUse gel.\nAudit weekly.\n');
  }, 60_000);
});

describe('snapshots carry conflict records', () => {
  it('a laptop joining from a snapshot holds the conflicts found in the segments it never reads', async () => {
    team = sharedFolderTeam(['alice', 'bob', 'carol']);
    const [alice, bob, carol] = team.laptops as [TestLaptop, TestLaptop, TestLaptop];
    const { practitioner } = await syncedOrganisation(alice.core);
    alice.sync({ compact: false });
    bob.sync({ compact: false });
    await alice.core.call('staff.update', { id: practitioner.id, patch: { givenName: 'Amira' } });
    await new Promise((r) => setTimeout(r, 5));
    await bob.core.call('staff.update', { id: practitioner.id, patch: { givenName: 'Amaya' } });
    bob.sync({ compact: false });
    alice.sync({ compact: false });
    bob.sync({ compact: false });
    expect(conflicts(alice)).toEqual([{ entity: 'staff', field: 'givenName', kind: 'concurrent', kept: '"Amaya"', lost: '"Amira"' }]);
    const { maybeWriteSnapshot, maybeCompact } = await import('../../../electron/core/sync/snapshots');
    const { syncState } = await import('../../../electron/core/sync/sync-state');
    const { openFolder } = await import('../../../electron/core/sync/folder-format');
    const { layout, key } = openFolder(team.folder, 'lantern bay medical staff office', '0.1.0');
    const aliceId = alice.core.context.store.deviceId;
    maybeWriteSnapshot(alice.core.context, syncState(alice.core.context.db), layout, key, aliceId, () => new Date().toISOString(), true);
    expect(maybeCompact(alice.core.context, syncState(alice.core.context.db), layout, key, aliceId)).toBe(2);

    const joined = carol.sync({ compact: false });
    expect(joined.snapshot.loaded).toMatch(/\.snap$/);
    expect(staffName(carol, practitioner.id)).toBe('Amaya');
    expect(conflicts(carol)).toEqual(conflicts(alice));
    expect(carol.core.context.db.prepare('SELECT lost_hlc, resolved_at FROM sync_conflicts').all()).toEqual(
      alice.core.context.db.prepare('SELECT lost_hlc, resolved_at FROM sync_conflicts').all(),
    );
  }, 60_000);
});
