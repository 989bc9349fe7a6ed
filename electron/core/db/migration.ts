// A migration moves the schema up one version; each lives in its own file and runs inside the opening transaction.
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
