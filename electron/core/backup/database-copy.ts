// The one place a backup's database is made and opened. Encryption at rest changes only this file: a backup must be
// encrypted exactly as the database it copies, and be opened with the same key.
import Database from 'better-sqlite3';

/**
 * A consistent copy of the open database into `file`, made with SQLite's online backup API: it copies pages in steps,
 * so writers wait only for a step, never for the whole copy.
 */
export async function copyDatabaseTo(db: Database.Database, file: string): Promise<void> {
  await db.backup(file);
}

/** Opens a backup file (or a database file set aside) on its own, outside any core. */
export function openDatabaseFile(file: string, options: { readonly?: boolean } = {}): Database.Database {
  return new Database(file, { readonly: options.readonly ?? false, fileMustExist: true });
}
