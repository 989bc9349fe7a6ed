// A database taken up to one schema version, as a laptop that last ran that version holds it: each migration test
// fills in rows from before and then takes it one step further.
import Database from 'better-sqlite3';
import { migrations } from '../../../../electron/core/db/migrations';

export function migrateUpTo(version: number, db = new Database(':memory:')): Database.Database {
  db.pragma('foreign_keys = ON');
  for (const m of migrations.filter((m) => m.version <= version && m.version > (db.pragma('user_version', { simple: true }) as number))) {
    m.up(db);
    db.pragma(`user_version = ${m.version}`);
  }
  return db;
}
