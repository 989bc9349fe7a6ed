// A fingerprint of the shared tables: per synced table its row count and a SHA-256 of its rows sorted by id, and
// one total. Two laptops that converged hold the same rows and so print the same total; the tests compare the same
// rows (canonical-dump), so "converged" means one thing everywhere.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { columnOf, type EntityDef } from '../db/entity';
import { entities } from '../db/entity-registry';

export interface TableDigest {
  table: string;
  rows: number;
  sha256: string;
}

export interface SharedDigest {
  tables: TableDigest[];
  rows: number;
  /** SHA-256 over every table's name, count and hash, in the registry's order. */
  total: string;
}

/**
 * The columns two laptops must agree on: the id and every synced field. Only created_at/updated_at are left out: they
 * say when this laptop wrote the row, not what the team holds. Tables outside the entity registry (change log, sync
 * state, reveals) are this laptop's own and are never compared.
 */
export function sharedColumns(entity: EntityDef): string[] {
  return ['id', ...Object.keys(entity.fields).map(columnOf)];
}

/** A shared table's rows as arrays in sharedColumns order, sorted by id (as stored: JSON fields stay text). */
export function sharedRows(db: Database, entity: EntityDef): IterableIterator<unknown[]> {
  return db.prepare(`SELECT ${sharedColumns(entity).join(', ')} FROM ${entity.table} ORDER BY id`).raw().iterate() as IterableIterator<unknown[]>;
}

export function tableDigest(db: Database, entity: EntityDef): TableDigest {
  const hash = createHash('sha256');
  let rows = 0;
  // One JSON line per row: a value can never run into the next one, and the text is the same on every platform.
  for (const row of sharedRows(db, entity)) {
    hash.update(JSON.stringify(row));
    hash.update('\n');
    rows++;
  }
  return { table: entity.table, rows, sha256: hash.digest('hex') };
}

export function sharedDigest(db: Database): SharedDigest {
  const tables = entities.map((e) => tableDigest(db, e));
  const total = createHash('sha256');
  for (const t of tables) total.update(`${t.table} ${t.rows} ${t.sha256}\n`);
  return { tables, rows: tables.reduce((sum, t) => sum + t.rows, 0), total: total.digest('hex') };
}

/** The total as a person compares it by eye on two screens: its first 12 hex digits in groups of four. */
export function shortDigest(total: string): string {
  return total.slice(0, 12).match(/.{4}/g)!.join(' ');
}
