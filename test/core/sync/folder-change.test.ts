// A laptop pointed at another shared folder, or at its folder set up again: what it has applied is per folder
// (format.json's folderId), its numbering there starts afresh, and everything it holds (its own earlier edits, and
// what it merged from others elsewhere) goes out with its first file, so the others converge and nothing is lost.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentSeqOf } from '../../../electron/core/sync/folder-layout';
import { openFolder } from '../../../electron/core/sync/folder-format';
import { runSync, type SyncReport } from '../../../electron/core/sync/sync-engine';
import { maybeCompact, maybeWriteSnapshot } from '../../../electron/core/sync/snapshots';
import { syncState } from '../../../electron/core/sync/sync-state';
import type { TempCore } from '../../support/temp-core';
import { canonicalDump } from './support/canonical-dump';
import { syncedOrganisation } from './support/shared-folder-pair';
import { syncTestPlaces } from './support/test-places';

process.env.CHARTROOM_AUTO_SYNC = '0';
const passphrase = 'lantern bay medical staff office';
const { cleanup, laptop, folder: newFolder } = syncTestPlaces();
function syncWith(core: TempCore, folder: string, name: string, extra: { compact?: boolean } = {}): SyncReport {
  const c = core.context;
  return runSync({ db: c.db, store: c.store, dataDir: c.dataDir, appVersion: c.appVersion, now: c.now }, { folder, passphrase, deviceName: name, compact: false, ...extra });
}
const ownSeqs = (folder: string, core: TempCore) =>
  fs
    .readdirSync(path.join(folder, 'devices', core.context.store.deviceId, 'segments'))
    .map(segmentSeqOf)
    .filter((s): s is number => s !== null)
    .sort((a, b) => a - b);
const staffNames = (core: TempCore) => core.context.db.prepare('SELECT given_name FROM staff ORDER BY given_name').pluck().all() as string[];

describe('a laptop and a folder set up again', () => {
  it('after "enter the passphrase again", a re-created folder gets everything from file 1 and both laptops converge', async () => {
    const shared = newFolder();
    const alice = laptop();
    const bob = laptop();
    const { cardiology } = await syncedOrganisation(alice);
    const add = (core: TempCore, givenName: string) => core.call('staff.create', { givenName, familyName: 'Test', roleId: 'role-np', departmentId: cardiology.id });
    await alice.call('sync.configure', { folder: shared, deviceName: 'Alice', passphrase: 'team passphrase 1' });
    await bob.call('sync.configure', { folder: shared, deviceName: 'Bob', passphrase: 'team passphrase 1' });
    for (let i = 0; i < 3; i++) {
      await add(alice, `Alice${i}`);
      await alice.call('sync.now', {});
      await bob.call('sync.now', {});
    }
    expect(ownSeqs(shared, alice)).toEqual([1, 2, 3]);
    // Alice edits offline; meanwhile the team sets the folder up again, with a new passphrase.
    await add(alice, 'AliceOffline');
    await bob.call('staff.update', { id: bob.context.db.prepare("SELECT id FROM staff WHERE given_name = 'Alice0'").pluck().get() as string, patch: { specialty: 'Echo' } });
    for (const name of fs.readdirSync(shared)) fs.rmSync(path.join(shared, name), { recursive: true, force: true });
    await bob.call('sync.configure', { folder: shared, deviceName: 'Bob', passphrase: 'team passphrase 2' });
    await bob.call('sync.now', {});
    expect((await alice.call('sync.now', {})).lastStop?.code).toBe('FOLDER_CHANGED');
    await alice.call('sync.configure', { folder: shared, deviceName: 'Alice', passphrase: 'team passphrase 2' });
    const aliceStatus = await alice.call('sync.now', {});
    expect(aliceStatus.lastStop).toBeNull();
    // Her numbering starts afresh here, so Bob does not wait for a file 1 that would never come.
    expect(ownSeqs(shared, alice)).toEqual([1]);
    const bobStatus = await bob.call('sync.now', {});
    expect(bobStatus.problems.join(' ')).not.toMatch(/wait for file number/);
    await alice.call('sync.now', {});
    expect(staffNames(bob)).toContain('AliceOffline');
    expect(canonicalDump(bob.context.db)).toEqual(canonicalDump(alice.context.db));
    expect(bob.context.db.prepare("SELECT specialty FROM staff WHERE given_name = 'Alice0'").pluck().get()).toBe('Echo');
    // Each sees the other in this folder only.
    expect(bobStatus.devices.map((d) => d.name)).toEqual(['Alice']);
  });

  it('a laptop that syncs with another folder brings that folder everything it holds, and back again', async () => {
    const first = newFolder();
    const second = newFolder();
    const alice = laptop();
    const bob = laptop();
    const carol = laptop();
    const { cardiology } = await syncedOrganisation(alice);
    const add = (core: TempCore, givenName: string) => core.call('staff.create', { givenName, familyName: 'Test', roleId: 'role-np', departmentId: cardiology.id });
    for (let i = 0; i < 3; i++) {
      await add(alice, `Alice${i}`);
      syncWith(alice, first, 'alice');
    }
    syncWith(bob, first, 'bob');
    await add(bob, 'Bob0');
    syncWith(bob, first, 'bob');
    syncWith(alice, first, 'alice');
    // Alice's files in the first folder are compacted away once Bob has applied them.
    const opened = openFolder(first, passphrase, '0.1.0');
    const aliceId = alice.context.store.deviceId;
    maybeWriteSnapshot(alice.context, syncState(alice.context.db), opened.layout, opened.key, aliceId, () => new Date().toISOString(), true);
    expect(maybeCompact(alice.context, syncState(alice.context.db), opened.layout, opened.key, aliceId)).toBe(3);

    // The same laptop, pointed at a second folder (the CLI with another --folder), where Carol already works.
    await add(alice, 'AliceBetween');
    const oncology = await carol.call('departments.create', { code: 'ONC', name: 'Oncology' });
    syncWith(carol, second, 'carol');
    const there = syncWith(alice, second, 'alice');
    expect(ownSeqs(second, alice)).toEqual([1]);
    expect(there.problems).toEqual([]);
    syncWith(carol, second, 'carol');
    // Carol has everything Alice holds: her own records and Bob's, made before Alice ever saw this folder.
    expect(staffNames(carol)).toEqual(['Alice0', 'Alice1', 'Alice2', 'AliceBetween', 'Amara', 'Bob0']);
    expect(there.received.changes).toBeGreaterThan(0);
    await carol.call('staff.create', { givenName: 'Carol0', familyName: 'Test', roleId: 'role-np', departmentId: oncology.id });
    syncWith(carol, second, 'carol');
    syncWith(alice, second, 'alice');
    expect(canonicalDump(carol.context.db)).toEqual(canonicalDump(alice.context.db));

    // Back in the first folder: her numbering there goes on after the files Bob already applied (compacted away),
    // and what she brought from the second folder reaches Bob.
    const back = syncWith(alice, first, 'alice');
    expect(back.problems).toEqual([]);
    expect(ownSeqs(first, alice)).toEqual([4]);
    const bobReport = syncWith(bob, first, 'bob');
    expect(bobReport.problems).toEqual([]);
    expect(staffNames(bob)).toEqual(expect.arrayContaining(['Carol0', 'AliceBetween']));
    syncWith(alice, first, 'alice');
    expect(canonicalDump(bob.context.db)).toEqual(canonicalDump(alice.context.db));
  }, 60_000);

  it('a laptop that synced before sync state was kept per folder, with no folder id on record, goes on where it was', async () => {
    const shared = newFolder();
    const alice = laptop();
    const bob = laptop();
    const { cardiology } = await syncedOrganisation(alice);
    syncWith(alice, shared, 'alice');
    syncWith(bob, shared, 'bob');
    // As the upgrade leaves a laptop that only ever synced from the command line.
    for (const core of [alice, bob]) {
      core.context.db.prepare("DELETE FROM sync_config WHERE key = 'syncedFolderId'").run();
      core.context.db.prepare("UPDATE sync_segments SET folder_id = ''").run();
      core.context.db.prepare("UPDATE sync_devices SET folder_id = ''").run();
    }
    await alice.call('staff.create', { givenName: 'Later', familyName: 'Test', roleId: 'role-np', departmentId: cardiology.id });
    const report = syncWith(alice, shared, 'alice');
    expect(report.sent.changes).toBeLessThan(10);
    expect(ownSeqs(shared, alice)).toEqual([1, 2]);
    const bobReport = syncWith(bob, shared, 'bob');
    expect(bobReport.received).toMatchObject({ segments: 1 });
    expect(bob.context.db.prepare('SELECT count(*) FROM sync_conflicts').pluck().get()).toBe(0);
    expect(canonicalDump(bob.context.db)).toEqual(canonicalDump(alice.context.db));
  });
});
