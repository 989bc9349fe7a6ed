// One backup is one SQLite file: a copy of the database made with the online backup API, into which the documents
// are then added (a table of their bytes) with what the backup holds. A director can copy it anywhere; restore takes it
// back whole. It is written under a temporary name and renamed only once complete and verified.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { attachmentFileOf } from '../attachments/attachment-store';
import { entities } from '../db/entity-registry';
import { latestSchemaVersion } from '../db/migrations';
import { AppError } from '../errors';
import { copyDatabaseTo, openDatabaseFile } from './database-copy';

// Tables only a backup file has, backup_documents (id, bytes) and backup_info: restore takes the documents out and
// drops both before the database is used. Named in the SQL itself, never interpolated, so the store-only-writer test
// reads them as what they are.

export interface BackupInfo {
  takenAt: string;
  appVersion: string;
  schemaVersion: number;
  records: number;
  documents: number;
  /** Documents whose records the database held but whose bytes were not on this laptop (still arriving by sync). */
  missingDocuments: string[];
}

export interface BackupSource {
  db: Database;
  dataDir: string;
  appVersion: string;
  now: () => Date;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Writes a backup of the open database and its documents to `file` (never left half-written under that name). */
export async function writeBackup(source: BackupSource, file: string): Promise<BackupInfo> {
  if (fs.existsSync(file)) throw new AppError('CONFLICT', `${file} already exists; choose another name for the backup.`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${randomBytes(4).toString('hex')}.partial`;
  try {
    await copyDatabaseTo(source.db, temp);
    const copy = openDatabaseFile(temp);
    let info: BackupInfo;
    try {
      // One self-contained file: no -wal beside it to lose when the director copies it.
      copy.pragma('journal_mode = DELETE');
      info = addDocumentsAndInfo(copy, source);
    } finally {
      copy.close();
    }
    // SQLite made the copy from a sound database: the quick check (seconds less than the full one on a large database,
    // which restore runs) confirms it is whole, and the documents are checked against their hashes.
    verifyBackup(temp, 'quick_check');
    fs.renameSync(temp, file);
    return info;
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

function addDocumentsAndInfo(copy: Database, source: BackupSource): BackupInfo {
  const info: BackupInfo = {
    takenAt: source.now().toISOString(),
    appVersion: source.appVersion,
    schemaVersion: copy.pragma('user_version', { simple: true }) as number,
    records: countRecords(copy),
    documents: 0,
    missingDocuments: [],
  };
  copy.transaction(() => {
    copy.exec(`CREATE TABLE backup_documents (id TEXT PRIMARY KEY, bytes BLOB NOT NULL); CREATE TABLE backup_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);`);
    const add = copy.prepare(`INSERT INTO backup_documents (id, bytes) VALUES (?, ?)`);
    // The documents the copied database refers to, so the backup matches itself even if one was added meanwhile.
    for (const id of copy.prepare('SELECT id FROM attachments ORDER BY id').pluck().all() as string[]) {
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(attachmentFileOf(source.dataDir, id));
      } catch {
        info.missingDocuments.push(id);
        continue;
      }
      add.run(id, bytes);
      info.documents++;
    }
    copy.prepare(`INSERT INTO backup_info (key, value) VALUES ('info', ?)`).run(JSON.stringify(info));
  })();
  return info;
}

export function countRecords(db: Database): number {
  return entities.reduce((sum, e) => sum + (db.prepare(`SELECT count(*) FROM ${e.table}`).pluck().get() as number), 0);
}

/**
 * Checks a backup before anything is replaced: SQLite's integrity check (its quick check for a copy just made), a
 * Chartroom database of a version this app reads, and every document there and intact (its bytes hash to its id).
 * Returns what it holds; refuses in a sentence.
 */
export function verifyBackup(file: string, check: 'integrity_check' | 'quick_check' = 'integrity_check'): BackupInfo {
  const label = path.basename(file);
  let db: Database;
  try {
    db = openDatabaseFile(file, { readonly: true });
  } catch (error) {
    throw new AppError('UNAVAILABLE', `The backup ${label} could not be opened (${(error as Error).message}). Nothing was changed.`);
  }
  try {
    const damaged = () => new AppError('UNAVAILABLE', `The backup ${label} is damaged (its integrity check failed). Nothing was changed; choose another backup.`);
    let rows: string[];
    try {
      rows = (db.pragma(check) as Record<string, string>[]).map((r) => Object.values(r)[0]!);
    } catch {
      throw damaged();
    }
    if (rows.length !== 1 || rows[0] !== 'ok') throw damaged();
    const hasTable = (name: string) => db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(name) === 1;
    if (!hasTable('backup_info') || !hasTable('backup_documents') || !hasTable('meta')) {
      throw new AppError('UNAVAILABLE', `${label} is not a Chartroom backup. Nothing was changed.`);
    }
    const info = JSON.parse(db.prepare(`SELECT value FROM backup_info WHERE key = 'info'`).pluck().get() as string) as BackupInfo;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latestSchemaVersion) {
      throw new AppError(
        'UNAVAILABLE',
        `The backup ${label} was made by a newer version of Chartroom (data format ${version}; this app reads up to ${latestSchemaVersion}). ` +
          'Update Chartroom to restore it. Nothing was changed.',
      );
    }
    const missing = new Set(info.missingDocuments);
    const stored = db.prepare(`SELECT 1 FROM backup_documents WHERE id = ?`).pluck();
    const absent = (db.prepare('SELECT id FROM attachments').pluck().all() as string[]).filter((id) => !missing.has(id) && stored.get(id) !== 1);
    let broken = 0;
    for (const row of db.prepare(`SELECT id, bytes FROM backup_documents`).iterate() as Iterable<{ id: string; bytes: Buffer }>) {
      if (sha256(row.bytes) !== row.id) broken++;
    }
    if (absent.length || broken) {
      throw new AppError(
        'UNAVAILABLE',
        `The backup ${label} is incomplete: ${absent.length + broken} document(s) are missing from it or damaged. Nothing was changed; choose another backup.`,
      );
    }
    return { ...info, schemaVersion: version };
  } finally {
    db.close();
  }
}

/** What a backup says it holds, without checking it (for the list). Null for a file that is not a readable backup. */
export function readBackupInfo(file: string): BackupInfo | null {
  try {
    const db = openDatabaseFile(file, { readonly: true });
    try {
      return JSON.parse(db.prepare(`SELECT value FROM backup_info WHERE key = 'info'`).pluck().get() as string) as BackupInfo;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/** Writes a verified backup's documents into a data folder (content-addressed: ones already there stay as they are). */
export function restoreDocuments(backup: Database, dataDir: string): number {
  let written = 0;
  for (const row of backup.prepare(`SELECT id, bytes FROM backup_documents`).iterate() as Iterable<{ id: string; bytes: Buffer }>) {
    const target = attachmentFileOf(dataDir, row.id);
    if (fs.existsSync(target) && sha256(fs.readFileSync(target)) === row.id) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
    fs.writeFileSync(temp, row.bytes);
    fs.renameSync(temp, target);
    written++;
  }
  return written;
}
