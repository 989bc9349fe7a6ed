// The check on open: SQLite's quick_check (every page and record, but not every index entry against its table). On
// the 5,000-staff bench database (457 MB) it costs 0.9 s of CPU, the full integrity_check 3.5 s: too long a wait for
// every start, so the full check is left to restore. A damaged database is copied aside before anything else.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { backupsDir, setAsideName } from './backup-folder';
import { openDatabaseFile } from './database-copy';

/** What quick_check found wrong, in a sentence, or null when the database is sound. */
export function quickCheckProblem(db: Database): string | null {
  let rows: string[];
  try {
    rows = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
  } catch (error) {
    return describe(error);
  }
  return rows.length === 1 && rows[0] === 'ok' ? null : `SQLite's check found ${rows.length} problem(s), first: ${rows[0]}`;
}

/** Opens a database file read-only and checks it: null when sound (or absent), else what is wrong. */
export function damageOf(file: string): string | null {
  if (!fs.existsSync(file)) return null;
  let db: Database;
  try {
    db = openDatabaseFile(file, { readonly: true });
  } catch (error) {
    return describe(error);
  }
  try {
    db.pragma('user_version');
    return quickCheckProblem(db);
  } catch (error) {
    return describe(error);
  } finally {
    db.close();
  }
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_NOTADB') return 'the file is no longer a database (its header is overwritten)';
  if (code === 'SQLITE_CORRUPT') return 'the file is damaged (SQLite reports a malformed database)';
  return (error as Error).message;
}

const digestOf = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/**
 * Copies the damaged database (and its write-ahead log) into backups/ as damaged-<when>.sqlite3, once: a copy with the
 * same bytes already there is reused. The file itself stays in place until a backup replaces it, so quitting here
 * brings the director back to this screen, never to an empty database. Returns the copy's path.
 */
export function keepDamagedCopy(databaseFile: string, dataDir: string, now: Date): string {
  const dir = backupsDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const digest = digestOf(databaseFile);
  for (const name of fs.readdirSync(dir).filter((n) => n.startsWith('damaged-') && n.endsWith('.sqlite3')).sort().reverse()) {
    const candidate = path.join(dir, name);
    if (fs.statSync(candidate).size === fs.statSync(databaseFile).size && digestOf(candidate) === digest) return candidate;
  }
  const copy = path.join(dir, setAsideName('damaged', now));
  for (const suffix of ['', '-wal']) {
    if (fs.existsSync(databaseFile + suffix) && fs.statSync(databaseFile + suffix).size > 0) fs.copyFileSync(databaseFile + suffix, copy + suffix);
  }
  return copy;
}
