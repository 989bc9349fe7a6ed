// Where backups live (the data folder's backups/, never the shared folder) and how their names carry their date.
import fs from 'node:fs';
import path from 'node:path';

const backupPattern = /^chartroom-backup-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})\.sqlite3$/;

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** chartroom-backup-2026-12-03-174500.sqlite3: the instant in UTC, so names sort by date and a director reads them. */
export function backupNameAt(at: Date): string {
  const iso = at.toISOString();
  return `chartroom-backup-${iso.slice(0, 10)}-${iso.slice(11, 19).replace(/:/g, '')}.sqlite3`;
}

/** The instant a backup's name carries, or null for any other file (a temporary one, a set-aside database). */
export function takenAtOf(name: string): Date | null {
  const m = backupPattern.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
}

/** The backups in a data folder, newest first. */
export function backupNames(dataDir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupsDir(dataDir));
  } catch {
    return [];
  }
  return names.filter((n) => takenAtOf(n) !== null).sort().reverse();
}

/** A name for a file set aside beside the backups: before-restore-…, damaged-…, stamped so none replaces another. */
export function setAsideName(kind: 'before-restore' | 'damaged', at: Date): string {
  return `${kind}-${at.toISOString().replace(/[:.]/g, '-')}.sqlite3`;
}
