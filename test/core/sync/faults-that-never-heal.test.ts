// Faults that used to wedge a team for good: a stray file in a laptop's own folder, a damaged segment, a clock
// dragged days ahead by an accepted change, a copied data folder, a shared folder that cannot be written.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHlc } from '../../../electron/core/db/hlc';
import { databasePath } from '../../../electron/core/db/open';
import { runSync } from '../../../electron/core/sync/sync-engine';
import { SyncStop } from '../../../electron/core/sync/sync-stop';
import { openTempCore, type TempCore } from '../../support/temp-core';
import { canonicalDump, firstDifference } from './support/canonical-dump';
import { sharedFolderTeam, syncedOrganisation, teamPassphrase, type TestLaptop } from './support/shared-folder-pair';

let team: ReturnType<typeof sharedFolderTeam>;
const extraCores: TempCore[] = [];
afterEach(() => {
  extraCores.splice(0).forEach((c) => c.close());
  team.dispose();
});

const day = 86_400_000;

function stopOf(run: () => unknown): SyncStop | null {
  try {
    run();
  } catch (error) {
    if (error instanceof SyncStop) return error;
    throw error;
  }
  return null;
}

function expectConverged(laptops: readonly TestLaptop[]) {
  const [first, ...rest] = laptops.map((l) => canonicalDump(l.core.context.db));
  for (const other of rest) expect(firstDifference(first!, other)).toBeNull();
}

/** The clock stamp of this laptop's latest edit. */
const latestOwnStamp = (l: TestLaptop) =>
  l.core.context.db.prepare('SELECT hlc FROM change_log WHERE device_id = ? ORDER BY seq DESC LIMIT 1').pluck().get(l.core.context.store.deviceId) as string;

describe('accepting changes from the future', () => {
  it("does not drag this laptop's clock: its next edit is dated by its own clock, and the others do not stop on it", async () => {
    team = sharedFolderTeam(['alice', 'bob', 'carol']);
    const [alice, bob, carol] = team.laptops as [TestLaptop, TestLaptop, TestLaptop];
    const { practitioner } = await syncedOrganisation(alice.core);
    alice.sync();
    carol.sync();
    bob.skewMs = 10 * day;
    bob.sync();
    await bob.core.call('staff.update', { id: practitioner.id, patch: { specialty: 'Electrophysiology' } });
    bob.sync();

    expect(stopOf(() => alice.sync())?.code).toBe('FUTURE_CHANGES');
    expect(alice.sync({ allowFutureChanges: true }).received.applied).toBeGreaterThan(0);
    expect(carol.sync({ allowFutureChanges: true }).received.applied).toBeGreaterThan(0);

    // An ordinary edit on Alice's laptop, then on a laptop that restarts its sync channels (the clock resumes from
    // what it has seen).
    await alice.core.call('staff.update', { id: practitioner.id, patch: { familyName: 'Quill' } });
    const ahead = parseHlc(latestOwnStamp(alice)).wallMs - Date.now();
    expect(Math.abs(ahead)).toBeLessThan(60_000);
    alice.sync();
    await alice.core.call('staff.update', { id: practitioner.id, patch: { givenName: 'Amira' } });
    expect(parseHlc(latestOwnStamp(alice)).wallMs - Date.now()).toBeLessThan(60_000);
    alice.sync();

    // Carol, with a right clock, takes Alice's edits without being asked to accept anything.
    expect(stopOf(() => carol.sync())).toBeNull();
    expect(carol.core.context.db.prepare('SELECT family_name FROM staff WHERE id = ?').pluck().get(practitioner.id)).toBe('Quill');
    bob.sync();
    alice.sync();
    // Bob's accepted edit still wins where it is the latest, the same everywhere.
    expect(alice.core.context.db.prepare('SELECT specialty FROM staff WHERE id = ?').pluck().get(practitioner.id)).toBe('Electrophysiology');
    expectConverged([alice, bob, carol]);
  }, 60_000);
});

const segmentsOf = (l: TestLaptop) => path.join(team.folder, 'devices', l.core.context.store.deviceId, 'segments');
const ownFiles = (l: TestLaptop) => fs.readdirSync(segmentsOf(l)).filter((n) => n.endsWith('.seg')).sort();
const familyName = (l: TestLaptop, id: string) => l.core.context.db.prepare('SELECT family_name FROM staff WHERE id = ?').pluck().get(id);

describe("a laptop's own numbering", () => {
  it('is not moved by a stray file with its next number, so the others never wait for a number it skipped', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = team.laptops as [TestLaptop, TestLaptop];
    const { practitioner } = await syncedOrganisation(alice.core);
    alice.sync();
    bob.sync();
    // A sync client's placeholder (or a half-copied file) with Alice's next number.
    const stray = path.join(segmentsOf(alice), '0000000002-00000000.seg');
    fs.writeFileSync(stray, '');
    await alice.core.call('staff.update', { id: practitioner.id, patch: { familyName: 'Quill' } });
    alice.sync();
    expect(ownFiles(alice).filter((n) => n !== path.basename(stray)).map((n) => n.slice(0, 10))).toEqual(['0000000001', '0000000002']);
    bob.sync();
    expect(familyName(bob, practitioner.id)).toBe('Quill');

    // The stray goes away; Alice's changes go on reaching Bob.
    fs.rmSync(stray);
    await alice.core.call('staff.update', { id: practitioner.id, patch: { familyName: 'Mere' } });
    alice.sync();
    const report = bob.sync();
    expect(report.problems).toEqual([]);
    expect(familyName(bob, practitioner.id)).toBe('Mere');
    expectConverged([alice, bob]);
  });
});

describe('a damaged or missing segment', () => {
  it('is named with its writer, who sends it again at its next sync; the later ones then follow', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = team.laptops as [TestLaptop, TestLaptop];
    const { practitioner, cardiology } = await syncedOrganisation(alice.core);
    alice.sync();
    bob.sync();
    await alice.core.call('staff.update', { id: practitioner.id, patch: { familyName: 'Quill' } });
    alice.sync();
    await alice.core.call('staff.create', { givenName: 'Later', familyName: 'Edit', roleId: 'role-np', departmentId: cardiology.id });
    alice.sync();
    // One byte of Alice's second file flips on the drive.
    const [, second] = ownFiles(alice) as [string, string, string];
    const file = path.join(segmentsOf(alice), second);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length >> 1]! ^= 0xff;
    fs.writeFileSync(file, bytes);

    const stuck = bob.sync();
    expect(stuck.problems.join(' ')).toContain(`A change file from alice cannot be applied (devices/${alice.core.context.store.deviceId}/segments/${second}: it is damaged)`);
    expect(familyName(bob, practitioner.id)).toBe('Quillmere');

    const resent = alice.sync();
    expect(resent.problems.join(' ')).toMatch(/Sent again a change file another laptop could not apply \(0000000002-[0-9a-f]{8}\.seg\)/);
    expect(alice.sync().problems).toEqual([]);
    const healed = bob.sync();
    expect(healed.problems).toEqual([]);
    expect(familyName(bob, practitioner.id)).toBe('Quill');
    expect(bob.core.context.db.prepare("SELECT count(*) FROM staff WHERE given_name = 'Later'").pluck().get()).toBe(1);
    expectConverged([alice, bob]);
  });

  it('gone from the folder, is reported with what to do, and its writer sends it again', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = team.laptops as [TestLaptop, TestLaptop];
    const { practitioner } = await syncedOrganisation(alice.core);
    alice.sync();
    bob.sync();
    await alice.core.call('staff.update', { id: practitioner.id, patch: { familyName: 'Quill' } });
    alice.sync();
    await alice.core.call('staff.update', { id: practitioner.id, patch: { givenName: 'Amira' } });
    alice.sync();
    fs.rmSync(path.join(segmentsOf(alice), ownFiles(alice)[1]!));

    const waiting = bob.sync();
    expect(waiting.problems.join(' ')).toMatch(/Changes from alice wait for file number 2, .*ask whoever uses alice to open Chartroom and sync/);
    alice.sync();
    bob.sync();
    expect(bob.core.context.db.prepare('SELECT given_name || family_name FROM staff WHERE id = ?').pluck().get(practitioner.id)).toBe('AmiraQuill');
    expectConverged([alice, bob]);
  });
});

describe('a copied data folder', () => {
  /** A second laptop opened on a copy of `l`'s data folder (closed for the copy, then opened again). */
  function copyOf(l: TestLaptop, name: string, sameHome: boolean): TestLaptop {
    const dataDir = l.core.context.dataDir;
    l.core.close();
    const copyDir = path.join(path.dirname(team.folder), name);
    fs.cpSync(dataDir, copyDir, { recursive: true });
    l.core = openTempCore({ dataDir, actor: l.name });
    if (sameHome) {
      // As if opened at the same path on a computer of the same name (or restored from a backup in place): nothing
      // at open tells the copy apart.
      const db = new Database(databasePath(copyDir));
      db.prepare("UPDATE meta SET value = json_set(value, '$.dir', ?) WHERE key = 'device_home'").run(fs.realpathSync(copyDir));
      db.close();
    }
    const copy: TestLaptop = {
      name,
      skewMs: 0,
      core: openTempCore({ dataDir: copyDir, actor: name }),
      sync: (extra = {}) => {
        const c = copy.core.context;
        return runSync({ db: c.db, store: c.store, dataDir: c.dataDir, appVersion: c.appVersion, now: c.now }, { folder: team.folder, passphrase: teamPassphrase, deviceName: name, ...extra });
      },
    };
    extraCores.push(copy.core);
    return copy;
  }

  it('opened in another folder or on another computer, becomes a device of its own at once; both copies then sync', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = team.laptops as [TestLaptop, TestLaptop];
    const { practitioner } = await syncedOrganisation(alice.core);
    await alice.core.call('staff.update', { id: practitioner.id, patch: { specialty: 'Unsent before the copy' } });
    alice.sync();
    bob.sync();
    await alice.core.call('staff.update', { id: practitioner.id, patch: { degree: 'DO' } });
    const copy = copyOf(alice, 'alice-copy', false);
    expect(copy.core.context.store.deviceId).not.toBe(alice.core.context.store.deviceId);
    await alice.core.call('staff.update', { id: practitioner.id, patch: { familyName: 'Original' } });
    await copy.core.call('staff.update', { id: practitioner.id, patch: { givenName: 'Copy' } });
    alice.sync();
    const first = copy.sync();
    expect(first.problems.join(' ')).toMatch(/copied or moved from .* so it now syncs as a device of its own/);
    for (let round = 0; round < 2; round++) for (const l of [alice, copy, bob]) l.sync();
    expect(bob.core.context.db.prepare('SELECT given_name, family_name, degree FROM staff WHERE id = ?').raw().get(practitioner.id)).toEqual(['Copy', 'Original', 'DO']);
    expectConverged([alice, copy, bob]);
  }, 60_000);

  it('that nothing at open tells apart is found by the file it wrote under the same id, and becomes a device of its own before it sends', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = team.laptops as [TestLaptop, TestLaptop];
    const { practitioner } = await syncedOrganisation(alice.core);
    alice.sync();
    bob.sync();
    const copy = copyOf(alice, 'alice-restored', true);
    const sharedId = alice.core.context.store.deviceId;
    expect(copy.core.context.store.deviceId).toBe(sharedId);
    await alice.core.call('staff.update', { id: practitioner.id, patch: { familyName: 'Original' } });
    alice.sync();
    await copy.core.call('staff.update', { id: practitioner.id, patch: { givenName: 'Copy' } });
    const first = copy.sync();
    expect(first.problems.join(' ')).toMatch(/Another copy of this laptop's Chartroom data writes to the sync folder as the same device/);
    expect(copy.core.context.store.deviceId).not.toBe(sharedId);
    // Nothing of the copy's went out under the shared id.
    expect(fs.readdirSync(path.join(team.folder, 'devices', sharedId, 'segments')).filter((n) => n.endsWith('.seg'))).toHaveLength(2);
    for (let round = 0; round < 2; round++) for (const l of [alice, copy, bob]) l.sync();
    expect(alice.core.context.store.deviceId).toBe(sharedId);
    expect(bob.core.context.db.prepare('SELECT given_name, family_name FROM staff WHERE id = ?').raw().get(practitioner.id)).toEqual(['Copy', 'Original']);
    expectConverged([alice, copy, bob]);
  }, 60_000);

  it('is not confused with a sync that crashed after writing its file: that file is its own, and the numbering goes past it', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = team.laptops as [TestLaptop, TestLaptop];
    const { practitioner } = await syncedOrganisation(alice.core);
    alice.sync();
    bob.sync();
    await alice.core.call('staff.update', { id: practitioner.id, patch: { familyName: 'Quill' } });
    // The database as it was before a sync whose file reached the folder but whose transaction never committed.
    const dataDir = alice.core.context.dataDir;
    alice.core.close();
    const before = fs.readFileSync(databasePath(dataDir));
    alice.core = openTempCore({ dataDir, actor: 'alice' });
    alice.sync();
    alice.core.close();
    fs.writeFileSync(databasePath(dataDir), before);
    alice.core = openTempCore({ dataDir, actor: 'alice' });
    const id = alice.core.context.store.deviceId;

    const report = alice.sync();
    expect(report.problems).toEqual([]);
    expect(alice.core.context.store.deviceId).toBe(id);
    expect(ownFiles(alice).map((n) => n.slice(0, 10))).toEqual(['0000000001', '0000000002', '0000000003']);
    bob.sync();
    expect(familyName(bob, practitioner.id)).toBe('Quill');
    expectConverged([alice, bob]);
  });
});
