// Backups and restore on real SQLite: one file holds the database and its documents, a restore puts back exactly what
// was backed up (documents byte for byte), and a backup that is damaged or too new is refused with nothing touched.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupsDir } from '../../../electron/core/backup/backup-folder';
import { latestSchemaVersion } from '../../../electron/core/db/migrations';
import { databasePath } from '../../../electron/core/db/open';
import { openTempCore, tableCounts, type TempCore } from '../../support/temp-core';
import { smallOrganisation } from '../../support/staff-fixtures';
import { overwriteMiddle } from '../../support/damage';

let core: TempCore;
beforeEach(() => {
  core = openTempCore();
});
afterEach(() => core.dispose());

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);
const staffNames = () => core.context.db.prepare("SELECT given_name || ' ' || family_name FROM staff ORDER BY 1").pluck().all();
const filesIn = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);

async function licenceWithDocument(staffId: string, bytes: Buffer) {
  const credential = await core.call('credentials.create', { staffId, type: 'state-license', number: 'MD884213', jurisdiction: 'WA', expiresOn: '2028-06-30' });
  return core.call('credentials.attachDocument', { credentialId: credential.id, fileName: 'licence.pdf', dataBase64: bytes.toString('base64') });
}

describe('backup and restore', () => {
  it('puts back the records and the documents, byte for byte, and keeps the replaced database aside', async () => {
    const { practitioner, cardiology } = await smallOrganisation(core);
    const kept = await licenceWithDocument(practitioner.id, pdf('the licence as scanned'));
    const backup = await core.call('backup.now', {});
    expect(backup).toMatchObject({ documents: 1, schemaVersion: latestSchemaVersion });
    expect(filesIn(backupsDir(core.dataDir))).toEqual([backup.name]);

    // After the backup: a new practitioner, and the document's file lost from the data folder.
    await core.call('staff.create', { givenName: 'Late', familyName: 'Arrival', degree: 'DO', roleId: 'role-np', departmentId: cardiology.id });
    fs.rmSync(path.join(core.dataDir, 'attachments'), { recursive: true });
    expect(staffNames()).toContain('Late Arrival');

    const outcome = await core.call('backup.restore', { name: backup.name });
    expect(outcome.restoredFrom).toBe(backup.name);
    expect(staffNames()).toEqual(['Amara Quillmere']);
    const read = await core.call('attachments.read', { id: kept.documentId! });
    expect(Buffer.from(read.dataBase64, 'base64').equals(pdf('the licence as scanned'))).toBe(true);
    // The database that was replaced is kept whole beside the backups, with the edit made after the backup.
    expect(path.dirname(outcome.setAsideAs)).toBe(backupsDir(core.dataDir));
    const aside = new Database(outcome.setAsideAs, { readonly: true });
    expect(aside.prepare("SELECT count(*) FROM staff WHERE family_name = 'Arrival'").pluck().get()).toBe(1);
    aside.close();
    // The backup's own tables are gone from the restored database.
    expect(core.context.db.prepare("SELECT name FROM sqlite_schema WHERE name LIKE 'backup_%'").pluck().all()).toEqual([]);
    // And the core goes on working on the restored database.
    await core.call('staff.create', { givenName: 'After', familyName: 'Restore', degree: 'MD', roleId: 'role-np', departmentId: cardiology.id });
    expect(staffNames()).toEqual(['After Restore', 'Amara Quillmere']);
  });

  it('refuses a damaged backup, changing nothing', async () => {
    await smallOrganisation(core);
    const backup = await core.call('backup.now', {});
    const file = path.join(backupsDir(core.dataDir), backup.name);
    overwriteMiddle(file);
    const before = tableCounts(core);
    const liveBytes = fs.statSync(databasePath(core.dataDir)).size;
    const result = await core.dispatch('backup.restore', { name: backup.name });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringMatching(/damaged.*Nothing was changed/) } });
    expect(tableCounts(core)).toEqual(before);
    expect(fs.statSync(databasePath(core.dataDir)).size).toBe(liveBytes);
    expect(filesIn(backupsDir(core.dataDir))).toEqual([backup.name]);
  });

  it('refuses a backup made by a newer Chartroom, changing nothing', async () => {
    await smallOrganisation(core);
    const backup = await core.call('backup.now', {});
    const file = path.join(backupsDir(core.dataDir), backup.name);
    const db = new Database(file);
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    db.close();
    const before = tableCounts(core);
    const result = await core.dispatch('backup.restore', { name: backup.name });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringMatching(/newer version of Chartroom.*Nothing was changed/) } });
    expect(tableCounts(core)).toEqual(before);
    expect(filesIn(backupsDir(core.dataDir))).toEqual([backup.name]);
  });

  it('refuses a backup whose document does not match its content hash', async () => {
    const { practitioner } = await smallOrganisation(core);
    const attached = await licenceWithDocument(practitioner.id, pdf('original'));
    const backup = await core.call('backup.now', {});
    const db = new Database(path.join(backupsDir(core.dataDir), backup.name));
    db.prepare('UPDATE backup_documents SET bytes = ? WHERE id = ?').run(pdf('altered'), attached.documentId);
    db.close();
    const result = await core.dispatch('backup.restore', { name: backup.name });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringMatching(/1 document\(s\) are missing from it or damaged/) } });
  });

  it('takes a backup only from the list: an invented path is refused', async () => {
    expect(await core.dispatch('backup.restore', { name: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await core.dispatch('backup.restore', { name: 'chartroom-backup-2026-01-01-000000.sqlite3' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
