// A migration moves the schema up one version; each lives in its own file and runs inside the opening transaction.
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
  /**
   * Rebuilds a table that others reference (SQLite cannot change a CHECK in place): runs with foreign-key enforcement
   * off, as SQLite's documented table-rebuild procedure requires, so dropping the old table cascades nothing, and
   * every key is checked before the transaction commits.
   */
  rebuildsReferencedTable?: true;
}
