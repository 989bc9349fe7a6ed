// The sync channels through the real dispatch: set up, sync now, status with devices seen, conflicts to compare
// and restore; and the CLI's one-shot sync.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { makeTempDir, openTempCore, removeDir } from '../../support/temp-core';
import { syncedOrganisation } from './support/shared-folder-pair';
import { syncTestPlaces } from './support/test-places';

process.env.CHARTROOM_AUTO_SYNC = '0';
const { cleanup, laptop, folder } = syncTestPlaces();

describe('sync channels', () => {
  it('sets up, syncs, shows devices, and restores a conflict', async () => {
    const shared = folder();
    const alice = laptop();
    const bob = laptop();
    const { practitioner } = await syncedOrganisation(alice);
    const notSet = await alice.call('sync.status', {});
    expect(notSet.configured).toBe(false);
    await expect(alice.call('sync.configure', { folder: shared, deviceName: 'Alice' })).rejects.toThrow(/passphrase/);
    await alice.call('sync.configure', { folder: shared, deviceName: 'Alice', passphrase: 'team passphrase 1' });
    await expect(bob.call('sync.configure', { folder: shared, deviceName: 'Bob', passphrase: 'wrong passphrase' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await bob.call('sync.configure', { folder: shared, deviceName: 'Bob', passphrase: 'team passphrase 1' });
    expect((await alice.call('sync.status', {})).pendingChanges).toBeGreaterThan(0);
    await alice.call('sync.now', {});
    const bobStatus = await bob.call('sync.now', {});
    expect(bobStatus.devices.map((d) => d.name)).toEqual(['Alice']);
    expect(bobStatus.lastReport.join(' ')).toMatch(/Received \d+ changes in 1 file from Alice/);

    await alice.call('staff.update', { id: practitioner.id, patch: { familyName: 'Quill' } });
    await new Promise((r) => setTimeout(r, 5));
    await bob.call('staff.update', { id: practitioner.id, patch: { familyName: 'Mere' } });
    await alice.call('sync.now', {});
    await bob.call('sync.now', {});
    const [conflict] = await bob.call('sync.conflicts', {});
    expect(conflict).toMatchObject({ entity: 'staff', field: 'familyName', kind: 'concurrent', keptValue: '"Mere"', lostValue: '"Quill"', lostBy: 'Alice', keptBy: 'Bob' });
    expect(conflict!.recordLabel).toMatch(/Mere, Amara/);
    const resolved = await bob.call('sync.resolveConflict', { id: conflict!.id, choice: 'restore' });
    expect(resolved.resolution).toBe('restored');
    expect((await bob.call('staff.get', { id: practitioner.id })).familyName).toBe('Quill');
    await bob.call('sync.now', {});
    await alice.call('sync.now', {});
    expect((await alice.call('staff.get', { id: practitioner.id })).familyName).toBe('Quill');
    expect(await bob.call('sync.conflicts', {})).toEqual([]);
  });

  it('the CLI runs one sync and prints what it did; a wrong passphrase stops it', async () => {
    const shared = folder();
    const dataDir = makeTempDir('chartroom-cli-sync-');
    cleanup.push(() => removeDir(dataDir));
    const alice = openTempCore({ dataDir });
    await syncedOrganisation(alice);
    alice.close();
    const passFile = path.join(shared, '..', `pass-${path.basename(shared)}`);
    fs.writeFileSync(passFile, 'team passphrase 1\n');
    cleanup.push(() => fs.rmSync(passFile, { force: true }));
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
    expect(await runCli(['sync', '--data', dataDir, '--folder', shared, '--passphrase-file', passFile, '--name', 'Alice'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/^Sent \d+ changes in 1 file\./);
    fs.writeFileSync(passFile, 'another passphrase\n');
    expect(await runCli(['sync', '--data', dataDir, '--folder', shared, '--passphrase-file', passFile], io)).toBe(1);
    expect(err.join('\n')).toMatch(/WRONG_PASSPHRASE/);
  });
});
