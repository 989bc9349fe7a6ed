// The guards that stop a sync with a clear message and write nothing: a wrong passphrase, a folder written by a
// newer format, changes dated far in the future, a sync that would delete a large share of the records.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staffEntity } from '../../../electron/core/staff/entities';
import { SyncStop } from '../../../electron/core/sync/sync-stop';
import { tableCounts } from '../../support/temp-core';
import { sharedFolderTeam, syncedOrganisation as smallOrganisation } from './support/shared-folder-pair';

let team: ReturnType<typeof sharedFolderTeam>;
afterEach(() => team.dispose());

function stopCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof SyncStop) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'no stop';
}

describe('sync guards', () => {
  it('refuses a wrong passphrase before writing anything', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = team.laptops as [typeof team.laptops[0], typeof team.laptops[0]];
    await smallOrganisation(alice.core);
    alice.sync();
    await smallOrganisation(bob.core);
    const counts = tableCounts(bob.core);
    const listing = team.folderListing();
    expect(stopCode(() => bob.sync({ passphrase: 'not the team passphrase' }))).toMatch(/^WRONG_PASSPHRASE: The team passphrase does not open this sync folder/);
    expect(tableCounts(bob.core)).toEqual(counts);
    expect(team.folderListing()).toEqual(listing);
  });

  it('refuses a folder written by a newer format, and an unreadable format.json', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = team.laptops as [typeof team.laptops[0], typeof team.laptops[0]];
    alice.sync();
    const formatFile = path.join(team.folder, 'format.json');
    const format = JSON.parse(fs.readFileSync(formatFile, 'utf8'));
    await smallOrganisation(bob.core);
    const counts = tableCounts(bob.core);

    fs.writeFileSync(formatFile, JSON.stringify({ ...format, format: 2 }));
    const listing = team.folderListing();
    expect(stopCode(() => bob.sync())).toMatch(/^NEWER_FORMAT: The sync folder was written by a newer Chartroom/);
    fs.writeFileSync(formatFile, JSON.stringify({ ...format, minAppVersion: '99.0.0' }));
    expect(stopCode(() => bob.sync())).toMatch(/^NEWER_FORMAT: The sync folder needs Chartroom 99.0.0/);
    fs.writeFileSync(formatFile, '{"format": 1, "minAppVer');
    expect(stopCode(() => bob.sync())).toMatch(/^FOLDER_UNREADABLE/);
    fs.rmSync(formatFile);
    // devices/ without format.json: an unmounted or half-synced drive, not a new folder.
    expect(stopCode(() => bob.sync())).toMatch(/^FOLDER_UNREADABLE/);
    expect(tableCounts(bob.core)).toEqual(counts);
    expect(team.folderListing().filter((l) => !l.startsWith('format.json'))).toEqual(listing.filter((l) => !l.startsWith('format.json')));
  });

  it('holds changes dated days ahead, and applies them once the director accepts', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = team.laptops as [typeof team.laptops[0], typeof team.laptops[0]];
    bob.skewMs = 3 * 86_400_000;
    await smallOrganisation(bob.core);
    bob.sync();
    const counts = tableCounts(alice.core);
    expect(stopCode(() => alice.sync())).toMatch(/^FUTURE_CHANGES: Changes from bob are dated 3 days ahead/);
    expect(tableCounts(alice.core)).toEqual(counts);
    const report = alice.sync({ allowFutureChanges: true });
    expect(report.received.segments).toBe(1);
    expect(alice.core.context.db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(1);
  });

  it('stops a sync that would delete a large share of the records, and applies it when allowed', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = team.laptops as [typeof team.laptops[0], typeof team.laptops[0]];
    const { cardiology } = await smallOrganisation(alice.core);
    const ids: string[] = [];
    for (let i = 0; i < 120; i++) ids.push((await alice.core.call('staff.create', { givenName: `G${i}`, familyName: `F${i}`, roleId: 'role-np', departmentId: cardiology.id })).id);
    alice.sync();
    bob.sync();
    expect(bob.core.context.db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(121);
    alice.core.context.store.transaction(() => ids.slice(0, 100).forEach((id) => alice.core.context.store.remove(staffEntity, id)));
    alice.sync();
    const counts = tableCounts(bob.core);
    expect(stopCode(() => bob.sync())).toMatch(/^MASS_DELETE: This sync would delete 100 of this laptop's \d+ records/);
    expect(tableCounts(bob.core)).toEqual(counts);
    bob.sync({ allowMassDelete: true });
    expect(bob.core.context.db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(21);
  });
});

describe('a stopped sync sends no document either', () => {
  async function attachOn(l: (typeof team.laptops)[0]) {
    const { practitioner } = await smallOrganisation(l.core);
    const credential = await l.core.call('credentials.create', { staffId: practitioner.id, type: 'state-license', number: 'A123', expiresOn: '2030-01-31' });
    const pdf = Buffer.from('%PDF-1.4\n% a licence\n%%EOF\n');
    await l.core.call('credentials.attachDocument', { credentialId: credential.id, fileName: 'licence.pdf', dataBase64: pdf.toString('base64') });
  }

  it('leaves the folder untouched when changes dated ahead stop the sync', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = team.laptops as [typeof team.laptops[0], typeof team.laptops[0]];
    bob.skewMs = 3 * 86_400_000;
    await smallOrganisation(bob.core);
    bob.sync();
    await attachOn(alice);
    const counts = tableCounts(alice.core);
    const listing = team.folderListing();
    expect(stopCode(() => alice.sync())).toMatch(/^FUTURE_CHANGES/);
    expect(team.folderListing()).toEqual(listing);
    expect(tableCounts(alice.core)).toEqual(counts);
    alice.sync({ allowFutureChanges: true });
    expect(fs.readdirSync(path.join(team.folder, 'attachments'))).toHaveLength(1);
  });

  it('leaves the folder untouched when a mass deletion stops the sync', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = team.laptops as [typeof team.laptops[0], typeof team.laptops[0]];
    const { cardiology } = await smallOrganisation(alice.core);
    const ids: string[] = [];
    for (let i = 0; i < 80; i++) ids.push((await alice.core.call('staff.create', { givenName: `G${i}`, familyName: `F${i}`, roleId: 'role-np', departmentId: cardiology.id })).id);
    alice.sync();
    bob.sync();
    alice.core.context.store.transaction(() => ids.forEach((id) => alice.core.context.store.remove(staffEntity, id)));
    alice.sync();
    const practitioner = bob.core.context.db.prepare("SELECT id FROM staff WHERE given_name = 'Amara'").pluck().get() as string;
    const credential = await bob.core.call('credentials.create', { staffId: practitioner, type: 'state-license', number: 'B456', expiresOn: '2030-01-31' });
    await bob.core.call('credentials.attachDocument', { credentialId: credential.id, fileName: 'b.pdf', dataBase64: Buffer.from('%PDF-1.4\n% bob\n%%EOF\n').toString('base64') });
    const listing = team.folderListing();
    expect(stopCode(() => bob.sync())).toMatch(/^MASS_DELETE/);
    expect(team.folderListing()).toEqual(listing);
  });
});

describe('a snapshot passes the same clock guard', () => {
  it('a new laptop joining from a snapshot with stamps days ahead stops, writing nothing', async () => {
    team = sharedFolderTeam(['alice', 'bob', 'carol']);
    const [alice, bob, carol] = team.laptops as [typeof team.laptops[0], typeof team.laptops[0], typeof team.laptops[0]];
    bob.skewMs = 3 * 86_400_000;
    await smallOrganisation(bob.core);
    bob.sync({ compact: false });
    alice.sync({ compact: false, allowFutureChanges: true });
    const { maybeWriteSnapshot, maybeCompact } = await import('../../../electron/core/sync/snapshots');
    const { syncState } = await import('../../../electron/core/sync/sync-state');
    const { openFolder } = await import('../../../electron/core/sync/folder-format');
    const { layout, key } = openFolder(team.folder, 'lantern bay medical staff office', '0.1.0');
    const bobId = bob.core.context.store.deviceId;
    const state = syncState(bob.core.context.db);
    bob.sync({ compact: false });
    maybeWriteSnapshot(bob.core.context, state, layout, key, bobId, () => bob.core.context.now().toISOString(), true);
    expect(maybeCompact(bob.core.context, state, layout, key, bobId)).toBe(1);

    const counts = tableCounts(carol.core);
    const listing = team.folderListing();
    expect(stopCode(() => carol.sync())).toMatch(/^FUTURE_CHANGES: A snapshot in the sync folder holds changes .* dated 3 days ahead/);
    expect(tableCounts(carol.core)).toEqual(counts);
    expect(team.folderListing()).toEqual(listing);
    const report = carol.sync({ allowFutureChanges: true });
    expect(report.snapshot.loaded).toMatch(/\.snap$/);
    expect(carol.core.context.db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(1);
  }, 60_000);
});

describe('the mass-deletion guard and snapshots', () => {
  it('counts the rows a snapshot removes, and stops with nothing written', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = team.laptops as [typeof team.laptops[0], typeof team.laptops[0]];
    const { cardiology } = await smallOrganisation(alice.core);
    const ids: string[] = [];
    for (let i = 0; i < 80; i++) ids.push((await alice.core.call('staff.create', { givenName: `G${i}`, familyName: `F${i}`, roleId: 'role-np', departmentId: cardiology.id })).id);
    alice.sync({ compact: false });
    // Bob's last sync was long ago: he no longer counts as active, so compaction does not wait for him.
    bob.skewMs = -40 * 86_400_000;
    bob.sync({ compact: false, allowFutureChanges: true });
    bob.skewMs = 0;
    expect(bob.core.context.db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(81);
    alice.core.context.store.transaction(() => ids.forEach((id) => alice.core.context.store.remove(staffEntity, id)));
    alice.sync({ compact: false });
    const { maybeWriteSnapshot, maybeCompact } = await import('../../../electron/core/sync/snapshots');
    const { syncState } = await import('../../../electron/core/sync/sync-state');
    const { openFolder } = await import('../../../electron/core/sync/folder-format');
    const { layout, key } = openFolder(team.folder, 'lantern bay medical staff office', '0.1.0');
    const aliceId = alice.core.context.store.deviceId;
    maybeWriteSnapshot(alice.core.context, syncState(alice.core.context.db), layout, key, aliceId, () => new Date().toISOString(), true);
    expect(maybeCompact(alice.core.context, syncState(alice.core.context.db), layout, key, aliceId)).toBe(2);

    // Bob is back: only the snapshot holds the deletions now.
    const counts = tableCounts(bob.core);
    const listing = team.folderListing();
    expect(stopCode(() => bob.sync())).toMatch(/^MASS_DELETE: This sync would delete 80 of this laptop's \d+ records/);
    expect(tableCounts(bob.core)).toEqual(counts);
    expect(team.folderListing()).toEqual(listing);
    const report = bob.sync({ allowMassDelete: true });
    expect(report.snapshot.loaded).toMatch(/\.snap$/);
    expect(report.removedRows).toBe(80);
    expect(bob.core.context.db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(1);
  }, 60_000);
});
