// This laptop's backups in its data folder: listed newest first, made on demand and once a day, rotated.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupSummary } from '../../../shared/contract/backup';
import { backupNameAt, backupNames, backupsDir, takenAtOf } from './backup-folder';
import { countRecords, readBackupInfo, writeBackup, type BackupSource } from './backup-file';
import { backupsToKeep, keptDays, keptWeeks } from './rotation';

export const keepsSentence = `The newest backup of each of the last ${keptDays} days and of each of the last ${keptWeeks} weeks is kept.`;

export function listBackups(dataDir: string): BackupSummary[] {
  return backupNames(dataDir).flatMap((name) => {
    const file = path.join(backupsDir(dataDir), name);
    const info = readBackupInfo(file);
    if (!info) return [];
    return [{ name, takenAt: takenAtOf(name)!.toISOString(), sizeBytes: fs.statSync(file).size, records: info.records, documents: info.documents, schemaVersion: info.schemaVersion }];
  });
}

/** Makes a backup into backups/, then removes the ones rotation no longer keeps. */
export async function backUpNow(source: BackupSource): Promise<BackupSummary> {
  const name = backupNameAt(source.now());
  const file = path.join(backupsDir(source.dataDir), name);
  const info = await writeBackup(source, file);
  rotateBackups(source.dataDir);
  return { name, takenAt: takenAtOf(name)!.toISOString(), sizeBytes: fs.statSync(file).size, records: info.records, documents: info.documents, schemaVersion: info.schemaVersion };
}

export function rotateBackups(dataDir: string): string[] {
  const all = backupNames(dataDir).map((name) => ({ name, takenAt: takenAtOf(name)! }));
  const keep = backupsToKeep(all);
  const removed = all.filter((b) => !keep.has(b.name)).map((b) => b.name);
  for (const name of removed) fs.rmSync(path.join(backupsDir(dataDir), name), { force: true });
  return removed;
}

/** The day's automatic backup: made when no backup was taken today (UTC) and the database holds records. */
export async function backUpIfDue(source: BackupSource): Promise<BackupSummary | null> {
  const today = source.now().toISOString().slice(0, 10);
  const newest = backupNames(source.dataDir)[0];
  if (newest && takenAtOf(newest)!.toISOString().slice(0, 10) === today) return null;
  if (countRecords(source.db) === 0) return null;
  return backUpNow(source);
}

const checkEveryMs = 3600_000;

/**
 * Automatic backups while the core runs: one check when it opens, then every hour (a laptop left open for days still
 * gets one a day). The timer never keeps the process alive and stops with the core; a failure is logged, never thrown.
 */
export function startDailyBackups(source: BackupSource, onError: (error: unknown) => void = (e) => console.error('[chartroom] automatic backup failed:', e)): () => void {
  let running = false;
  const check = () => {
    if (running || !source.db.open) return;
    running = true;
    backUpIfDue(source)
      .catch((error: unknown) => {
        if (source.db.open) onError(error);
      })
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(check, 0);
  const timer = setInterval(check, checkEveryMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
