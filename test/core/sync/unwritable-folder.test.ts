// A shared folder this laptop cannot write to (here: its own device folder replaced by a file, which stops even root)
// stops the sync with a sentence, through the channels and the command line alike; a failure after the changes were
// applied is a problem in the report, which says what was applied, never a failed sync.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../shared/contract/sync';
import { runCli } from '../../../electron/cli/cli';
import { makeTempDir, openTempCore, removeDir, type TempCore } from '../../support/temp-core';
import { syncedOrganisation } from './support/shared-folder-pair';
import { syncTestPlaces } from './support/test-places';

process.env.CHARTROOM_AUTO_SYNC = '0';
const { cleanup, laptop, folder } = syncTestPlaces();
const passphrase = 'team passphrase 1';

/** Replaces a laptop's folder in the shared folder with a file: nothing can be written under it. */
function blockDeviceFolder(shared: string, deviceId: string) {
  const dir = path.join(shared, 'devices', deviceId);
  fs.rmSync(dir, { recursive: true });
  fs.writeFileSync(dir, 'not a folder');
}

const familyName = (core: TempCore, id: string) => core.context.db.prepare('SELECT family_name FROM staff WHERE id = ?').pluck().get(id);

describe('a shared folder that cannot be written', () => {
  it('sync.now answers with the stop in the status, never INTERNAL; what was applied before a late failure is reported', async () => {
    const shared = folder();
    const alice = laptop();
    const bob = laptop();
    const carol = laptop();
    for (const [core, name] of [[alice, 'Alice'], [bob, 'Bob'], [carol, 'Carol']] as const) {
      await core.call('sync.configure', { folder: shared, deviceName: name, passphrase });
    }
    const { practitioner } = await syncedOrganisation(alice);
    await alice.call('sync.now', {});
    await bob.call('sync.now', {});
    await carol.call('sync.now', {});
    await alice.call('staff.update', { id: practitioner.id, patch: { familyName: 'Quill' } });
    await alice.call('sync.now', {});

    blockDeviceFolder(shared, bob.context.store.deviceId);
    await bob.call('staff.update', { id: practitioner.id, patch: { givenName: 'Amira' } });
    const stopped = await bob.dispatch('sync.now', {});
    expect(stopped.ok).toBe(true);
    const status = stopped.ok ? (stopped.value as SyncStatus) : null;
    expect(status?.lastStop?.code).toBe('FOLDER_NOT_WRITABLE');
    expect(status?.lastStop?.message).toMatch(/^Chartroom could not write to the sync folder .*a file stands where a folder should be\)\. Nothing was changed on this laptop and nothing was sent\./);
    expect(familyName(bob, practitioner.id)).toBe('Quillmere');
    expect(status?.pendingChanges).toBeGreaterThan(0);

    // Carol has nothing to send: Alice's change is applied, and only her presence file could not be written.
    blockDeviceFolder(shared, carol.context.store.deviceId);
    const applied = await carol.dispatch('sync.now', {});
    expect(applied.ok).toBe(true);
    const carolStatus = applied.ok ? (applied.value as SyncStatus) : null;
    expect(carolStatus?.lastStop).toBeNull();
    expect(carolStatus?.lastReport.join(' ')).toMatch(/Received 1 change in 1 file from Alice; 1 applied/);
    expect(carolStatus?.problems.join(' ')).toMatch(/presence file was not written to the sync folder.*The changes this sync applied are kept/);
    expect(familyName(carol, practitioner.id)).toBe('Quill');
  });

  it('the CLI prints a sentence, not a stack trace, and says what it applied', async () => {
    const shared = folder();
    const alice = laptop();
    await alice.call('sync.configure', { folder: shared, deviceName: 'Alice', passphrase });
    const { practitioner } = await syncedOrganisation(alice);
    await alice.call('sync.now', {});

    const dataDir = makeTempDir('chartroom-cli-sync-');
    cleanup.push(() => removeDir(dataDir));
    const opened = openTempCore({ dataDir });
    const deviceId = opened.context.store.deviceId;
    opened.close();
    const passFile = path.join(dataDir, '..', `pass-${path.basename(dataDir)}`);
    fs.writeFileSync(passFile, `${passphrase}\n`);
    cleanup.push(() => fs.rmSync(passFile, { force: true }));
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
    const sync = () => runCli(['sync', '--data', dataDir, '--folder', shared, '--passphrase-file', passFile, '--name', 'Dan'], io);
    expect(await sync()).toBe(0);

    await alice.call('staff.update', { id: practitioner.id, patch: { familyName: 'Quill' } });
    await alice.call('sync.now', {});
    blockDeviceFolder(shared, deviceId);
    out.length = 0;
    expect(await sync()).toBe(0);
    expect(out.join('\n')).toMatch(/Received 1 change in 1 file from Alice; 1 applied/);
    expect(out.join('\n')).toMatch(/Problem: This laptop's presence file was not written to the sync folder/);

    const again = openTempCore({ dataDir });
    await again.call('staff.update', { id: practitioner.id, patch: { givenName: 'Amira' } });
    again.close();
    expect(await sync()).toBe(1);
    expect(err.join('\n')).toMatch(/^Sync stopped \(FOLDER_NOT_WRITABLE\): Chartroom could not write to the sync folder .* Nothing was changed on this laptop and nothing was sent\./);
    expect(err.join('\n')).not.toMatch(/\n\s+at /);
  });
});
