// Opens the one database file in a data directory: refuses a newer schema untouched, then migrates in one transaction.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import type { Migration } from './migration';
import { migrations as allMigrations } from './migrations';

export const databaseFileName = 'chartroom.sqlite3';

export interface OpenOptions {
  /** Only tests pass this, to open a database at an intermediate version. */
  migrations?: readonly Migration[];
}

export function databasePath(dataDir: string): string {
  return path.join(dataDir, databaseFileName);
}

export function openDatabase(dataDir: string, options: OpenOptions = {}): Database.Database {
  const migrations = options.migrations ?? allMigrations;
  const latest = migrations.at(-1)?.version ?? 0;
  const file = databasePath(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });

  // Look before touching: setting WAL or migrating would write to a file a newer Chartroom owns.
  if (fs.existsSync(file)) {
    const found = readSchemaVersion(file);
    if (found > latest) {
      throw new AppError(
        'UNAVAILABLE',
        `This database was written by a newer version of Chartroom (data format ${found}; this app reads up to ${latest}). ` +
          'Update Chartroom to open it. The file was left untouched.',
      );
    }
  }

  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function readSchemaVersion(file: string): number {
  let probe: Database.Database;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new AppError('UNAVAILABLE', `The database file could not be opened (${(error as Error).message}). It was left untouched.`);
  }
  try {
    return probe.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw new AppError('UNAVAILABLE', `${file} is not a Chartroom database, or it is damaged (${(error as Error).message}). It was left untouched.`);
  } finally {
    probe.close();
  }
}

/** Applies every pending migration in one transaction: a failure leaves the file at its old version. */
export function migrate(db: Database.Database, migrations: readonly Migration[]): { from: number; to: number } {
  checkOrder(migrations);
  const from = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from };
  // The pragma is a no-op inside a transaction, so it is set around it.
  const keysWereOn = db.pragma('foreign_keys', { simple: true }) === 1;
  const rebuilds = pending.some((m) => m.rebuildsReferencedTable);
  if (rebuilds) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const m of pending) {
        m.up(db);
        db.pragma(`user_version = ${m.version}`);
      }
      if (rebuilds) {
        const broken = db.pragma('foreign_key_check') as { table: string }[];
        if (broken.length > 0) throw new Error(`Upgrading the data format left ${broken.length} broken reference(s) in ${[...new Set(broken.map((b) => b.table))].join(', ')}; nothing was changed.`);
      }
    }).immediate();
  } finally {
    if (rebuilds && keysWereOn) db.pragma('foreign_keys = ON');
  }
  return { from, to: pending.at(-1)!.version };
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}; expected ${i + 1}. Migrations are numbered 1, 2, 3… with no gaps.`);
  });
}
