// A laptop restored from a backup rejoins its team without losing or resurrecting anything: the changes it had sent
// after the backup come back from the shared folder, deletions made elsewhere apply, and its new edits go out under a
// new device id, numbered afresh, never mistaken for files or clock stamps it had already published.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedDigest } from '../../../electron/core/sync/digest';
import { databasePath } from '../../../electron/core/db/open';
import { overwriteMiddle } from '../../support/damage';
import { openTempCore } from '../../support/temp-core';
import { sharedFolderTeam, syncedOrganisation, type TestLaptop } from './support/shared-folder-pair';
import { canonicalDump, firstDifference } from './support/canonical-dump';

process.env.CHARTROOM_AUTO_SYNC = '0';
let team: ReturnType<typeof sharedFolderTeam> | null = null;
afterEach(() => {
  team?.dispose();
  team = null;
});

const departments = (l: TestLaptop) => l.core.context.db.prepare('SELECT code, name FROM departments ORDER BY code').all();
const deviceOf = (l: TestLaptop) => l.core.context.store.deviceId;

describe('a laptop restored from a backup, then synced', () => {
  it('ends with the same rows as the others, everything it had sent back, nothing deleted elsewhere resurrected', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = team.laptops as [TestLaptop, TestLaptop];
    await syncedOrganisation(alice.core);
    const early = await alice.core.call('departments.create', { code: 'EARLY', name: 'Early department' });
    const bobsTarget = await alice.core.call('departments.create', { code: 'GONE', name: 'Deleted by Bob later' });
    alice.sync();
    bob.sync();
    const oldDevice = deviceOf(alice);

    const backup = await alice.core.call('backup.now', {});

    // After the backup, Alice adds, renames and deletes, and syncs all of it; Bob deletes a department and syncs.
    await alice.core.call('departments.create', { code: 'LATE', name: 'Added after the backup' });
    await alice.core.call('departments.update', { id: early.id, patch: { name: 'Early department, renamed after the backup' } });
    const aliceDeletes = await alice.core.call('departments.create', { code: 'TEMP', name: 'Made and deleted after the backup' });
    alice.sync();
    await alice.core.call('departments.remove', { id: aliceDeletes.id });
    expect(alice.sync().sent.segments).toBe(1);
    bob.sync();
    await bob.core.call('departments.remove', { id: bobsTarget.id });
    bob.sync();

    const outcome = await alice.core.call('backup.restore', { name: backup.name });
    expect(outcome.sync[0]).toBe('At the next sync, the 6 changes this laptop had sent after the backup (2 change files) come back from the shared folder.');
    expect(outcome.sync).toContain('What colleagues changed or deleted since the backup applies too: nothing they deleted comes back.');
    // Restored: the department Bob deleted is back for now, Alice's later work is not here yet.
    expect(departments(alice).map((d) => (d as { code: string }).code)).toEqual(['CARD', 'EARLY', 'GONE']);
    expect(deviceOf(alice)).not.toBe(oldDevice);

    const first = alice.sync();
    expect(first.problems).toEqual([expect.stringMatching(/restored from a backup/)]);
    bob.sync();
    alice.sync();

    const expected = [
      { code: 'CARD', name: 'Cardiology' },
      { code: 'EARLY', name: 'Early department, renamed after the backup' },
      { code: 'LATE', name: 'Added after the backup' },
    ];
    expect(departments(alice)).toEqual(expected);
    expect(departments(bob)).toEqual(expected);
    expect(firstDifference(canonicalDump(alice.core.context.db), canonicalDump(bob.core.context.db))).toBeNull();
    expect(sharedDigest(alice.core.context.db).total).toBe(sharedDigest(bob.core.context.db).total);

    // A new edit goes out under the new id, in its own first file, with a stamp past every stamp Alice had published.
    const newest = bob.core.context.db.prepare('SELECT max(hlc) FROM change_log').pluck().get() as string;
    await alice.core.call('departments.create', { code: 'NEW', name: 'After the restore' });
    expect(alice.sync().sent.segments).toBe(1);
    expect(fs.readdirSync(`${team.folder}/devices/${deviceOf(alice)}/segments`)).toEqual([expect.stringMatching(/^0*1[-.]/)]);
    const stamp = alice.core.context.db.prepare("SELECT hlc FROM change_log WHERE entity = 'department' AND field = 'code' AND new_value = '\"NEW\"'").pluck().get() as string;
    expect(stamp > newest).toBe(true);
    bob.sync();
    expect(sharedDigest(alice.core.context.db).total).toBe(sharedDigest(bob.core.context.db).total);
    expect(departments(bob)).toContainEqual({ code: 'NEW', name: 'After the restore' });
  }, 60_000);

  it('recovers the same way from a damaged database, where what it had sent cannot be counted beforehand', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = team.laptops as [TestLaptop, TestLaptop];
    await syncedOrganisation(alice.core);
    for (let i = 0; i < 60; i++) await alice.core.call('departments.create', { code: `D${i}`, name: `Department ${i} before the backup` });
    alice.sync();
    bob.sync();
    const backup = await alice.core.call('backup.now', {});
    await alice.core.call('departments.create', { code: 'LATE', name: 'Added after the backup' });
    alice.sync();
    const gone = (await bob.core.call('departments.list', {})).find((d) => d.code === 'D7')!;
    await bob.core.call('departments.remove', { id: gone.id });
    bob.sync();

    // Alice's disk damages her database; she opens Chartroom on the recovery screen and restores the backup.
    alice.core.close();
    overwriteMiddle(databasePath(alice.core.dataDir));
    alice.core = openTempCore({ dataDir: alice.core.dataDir, actor: 'alice', recoverDamaged: true });
    expect(await alice.core.call('recovery.status', {})).toMatchObject({ damaged: true });
    const outcome = await alice.core.call('recovery.restore', { name: backup.name });
    expect(outcome.sync[0]).toBe('At the next sync, the changes this laptop had sent to the shared folder after the backup come back from the folder.');

    alice.sync();
    bob.sync();
    const codes = (l: TestLaptop) => departments(l).map((d) => (d as { code: string }).code);
    expect(codes(alice)).toContain('LATE');
    expect(codes(alice)).not.toContain('D7');
    expect(firstDifference(canonicalDump(alice.core.context.db), canonicalDump(bob.core.context.db))).toBeNull();
    expect(sharedDigest(alice.core.context.db).total).toBe(sharedDigest(bob.core.context.db).total);
  }, 60_000);
});
