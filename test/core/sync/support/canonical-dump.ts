// Every synced table's rows, sorted, without the local-only created_at/updated_at: two laptops hold the same data
// exactly when their dumps are equal. The rows are the digest's (electron/core/sync/digest.ts): the tests and
// `cli digest` mean the same thing by "the same rows"; the dump keeps the rows themselves for a readable failure.
import type { Database } from 'better-sqlite3';
import { entities } from '../../../../electron/core/db/entity-registry';
import { sharedDigest, sharedRows } from '../../../../electron/core/sync/digest';

export function canonicalDump(db: Database): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const e of entities) {
    const rows = [...sharedRows(db, e)];
    if (rows.length) out[e.table] = rows;
  }
  return out;
}

/** The digest's total: equal on two laptops exactly when their canonical dumps are equal. */
export function digestTotal(db: Database): string {
  return sharedDigest(db).total;
}

/** The first difference between two dumps, for a failure message a person can read. */
export function firstDifference(a: Record<string, unknown[][]>, b: Record<string, unknown[][]>): string | null {
  for (const table of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const ra = a[table] ?? [];
    const rb = b[table] ?? [];
    const byId = (rows: unknown[][]) => new Map(rows.map((r) => [r[0] as string, JSON.stringify(r)]));
    const ma = byId(ra);
    const mb = byId(rb);
    for (const id of new Set([...ma.keys(), ...mb.keys()])) {
      if (ma.get(id) !== mb.get(id)) return `${table} ${id}: ${ma.get(id) ?? '(absent)'} vs ${mb.get(id) ?? '(absent)'}`;
    }
  }
  return null;
}
