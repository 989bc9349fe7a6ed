// A database taken up to one schema version, as a laptop that last ran that version holds it: each migration test
// fills in rows from before and then takes it one step further, through the same runner the app uses.
import Database from 'better-sqlite3';
import { migrate } from '../../../../electron/core/db/open';
import { migrations } from '../../../../electron/core/db/migrations';

export function migrateUpTo(version: number, db = new Database(':memory:')): Database.Database {
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.filter((m) => m.version <= version));
  return db;
}
