// Restore: verify the backup, prepare the database to put in place (documents back, the backup's own tables gone, a
// new sync identity), and only then set the current database aside and put the backup in its place.
//
// Sync after a restore: the restored database knows what this laptop had sent up to the backup. Its changes sent since
// are still in the shared folder under its old device id: the restored laptop becomes a new device, so it reads its
// old id's files like another laptop's, from the first it does not hold, and gets those changes back; what others
// changed or deleted since applies as usual (nothing they deleted comes back). Its new edits go out under the new id,
// numbered from 1, with clock stamps after every stamp it had issued: none can be taken for one it already published.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { RestoreOutcome } from '../../../shared/contract/backup';
import { readMeta, writeMeta } from '../db/meta';
import { databasePath } from '../db/open';
import { becomeNewDevice } from '../sync/device-identity';
import { backupsDir, setAsideName } from './backup-folder';
import { restoreDocuments, verifyBackup, type BackupInfo } from './backup-file';
import { openDatabaseFile } from './database-copy';

export interface RestorePlan {
  name: string;
  info: BackupInfo;
  /** The prepared database, beside the live one in the data folder, waiting to be renamed into place. */
  prepared: string;
  sync: string[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const syncConfig = (db: Database, key: string) => db.prepare('SELECT value FROM sync_config WHERE key = ?').pluck().get(key) as string | undefined;

/**
 * Everything that can fail, done before the current database is touched. `current`: the live database when it can
 * be read (null when it is damaged), to tell the director what this laptop had sent since the backup.
 */
export function prepareRestore(dataDir: string, backupFile: string, current: Database | null): RestorePlan {
  const info = verifyBackup(backupFile);
  const prepared = path.join(dataDir, `${path.basename(databasePath(dataDir))}.restoring-${randomBytes(4).toString('hex')}`);
  fs.copyFileSync(backupFile, prepared);
  try {
    const db = openDatabaseFile(prepared);
    try {
      restoreDocuments(db, dataDir);
      db.exec(`DROP TABLE backup_documents; DROP TABLE backup_info;`);
      const sync = handOverSync(db, current);
      db.exec('VACUUM');
      return { name: path.basename(backupFile), info, prepared, sync };
    } finally {
      db.close();
    }
  } catch (error) {
    fs.rmSync(prepared, { force: true });
    throw error;
  }
}

/** Makes the restored database a new sync device and says, in sentences, what the next sync will do. */
function handOverSync(restored: Database, current: Database | null): string[] {
  const oldId = readMeta(restored, 'device_id');
  if (!oldId) return [];
  const hasSynced = (db: Database) => db.prepare('SELECT 1 FROM sync_segments LIMIT 1').pluck().get() === 1 || !!syncConfig(db, 'folder');
  const synced = hasSynced(restored) || (current !== null && hasSynced(current));

  const sentThen = new Set(restored.prepare('SELECT device_id || \'/\' || seq FROM sync_segments').pluck().all() as string[]);
  let sentSince: { files: number; changes: number } | null = null;
  let unsentLost = 0;
  if (current) {
    const currentId = readMeta(current, 'device_id') ?? oldId;
    const own = current
      .prepare("SELECT device_id AS deviceId, seq, count FROM sync_segments WHERE device_id IN (?, ?) AND name NOT LIKE 'snapshot:%'")
      .all(oldId, currentId) as { deviceId: string; seq: number; count: number }[];
    const since = own.filter((s) => !sentThen.has(`${s.deviceId}/${s.seq}`));
    sentSince = { files: new Set(since.map((s) => `${s.deviceId}/${s.seq}`)).size, changes: since.reduce((n, s) => n + s.count, 0) };
    const exported = Number(syncConfig(current, 'exportedSeq') ?? 0);
    unsentLost = current.prepare('SELECT count(*) FROM change_log WHERE device_id = ? AND seq > ?').pluck().get(currentId, exported) as number;
    // Stamps under the new id come after every stamp the replaced database issued, those sent since the backup included.
    const latest = current.prepare('SELECT max(hlc) FROM change_log').pluck().get() as string | null;
    const floor = readMeta(restored, 'clock_floor');
    if (latest && (!floor || latest > floor)) writeMeta(restored, 'clock_floor', latest);
  }
  const notice = 'This laptop was restored from a backup, so it now syncs as a device of its own: what it sends cannot be taken for what it sent before the restore.';
  // After the floor above: becomeNewDevice raises it further if the backup itself holds later stamps.
  const floorBefore = readMeta(restored, 'clock_floor');
  becomeNewDevice(restored, oldId, notice);
  const floorAfter = readMeta(restored, 'clock_floor');
  if (floorBefore && floorAfter && floorBefore > floorAfter) {
    restored.prepare("UPDATE meta SET value = ? WHERE key = 'clock_floor'").run(floorBefore);
  }

  if (!synced) return ['This laptop had not synced with a shared folder: there is nothing to send or receive.'];
  const sentences = [
    sentSince === null
      ? 'At the next sync, the changes this laptop had sent to the shared folder after the backup come back from the folder.'
      : sentSince.changes === 0
        ? 'This laptop had sent nothing to the shared folder since the backup: nothing of its own needs to come back.'
        : `At the next sync, the ${plural(sentSince.changes, 'change')} this laptop had sent after the backup (${plural(sentSince.files, 'change file')}) come back from the shared folder.`,
    'What colleagues changed or deleted since the backup applies too: nothing they deleted comes back.',
    'This laptop now syncs as a new device, so none of its new edits can be mistaken for ones it sent before.',
  ];
  if (unsentLost > 0) {
    sentences.push(`${plural(unsentLost, 'change')} made on this laptop since its last sync were never sent and are not in the backup; they remain only in the database set aside.`);
  }
  return sentences;
}

/**
 * Sets the current database aside and puts the prepared one in its place. No connection may be open on it. A damaged
 * one already copied aside (`keptAt`) is removed instead of being moved, so it is not kept twice.
 */
export function putRestoreInPlace(plan: RestorePlan, dataDir: string, now: Date, keptAt: string | null = null): RestoreOutcome {
  const live = databasePath(dataDir);
  let setAsideAs = keptAt ?? '';
  if (!keptAt && fs.existsSync(live)) {
    fs.mkdirSync(backupsDir(dataDir), { recursive: true });
    setAsideAs = path.join(backupsDir(dataDir), setAsideName('before-restore', now));
  }
  // The write-ahead log and shared memory go with their database, under the same new name.
  const moved: string[] = [];
  for (const suffix of ['-wal', '-shm', '']) {
    if (!fs.existsSync(live + suffix)) continue;
    if (keptAt) fs.rmSync(live + suffix);
    else {
      fs.renameSync(live + suffix, setAsideAs + suffix);
      moved.push(suffix);
    }
  }
  try {
    fs.renameSync(plan.prepared, live);
  } catch (error) {
    // Never leave the data folder without its database: what was set aside goes back.
    for (const suffix of moved) fs.renameSync(setAsideAs + suffix, live + suffix);
    throw error;
  }
  return { restoredFrom: plan.name, takenAt: plan.info.takenAt, setAsideAs, sync: plan.sync };
}
