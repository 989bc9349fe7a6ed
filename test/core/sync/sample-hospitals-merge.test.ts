// Two different sample hospitals merged through one folder: both laptops end with the same rows, and every value
// either hospital held is still there, in a row or as a conflict to restore.
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { columnOf, encode, type FieldKind, type FieldValue } from '../../../electron/core/db/entity';
import { entities, entityNamed } from '../../../electron/core/db/entity-registry';
import { seedSampleHospital } from '../../../electron/core/sample/hospital';
import { isBookkeeping, Redirects } from '../../../electron/core/sync/duplicates';
import { syncState } from '../../../electron/core/sync/sync-state';
import { canonicalDump, firstDifference } from './support/canonical-dump';
import { sharedFolderTeam, type TestLaptop } from './support/shared-folder-pair';

let team: ReturnType<typeof sharedFolderTeam>;
afterEach(() => team?.dispose());

interface Written {
  entity: string;
  recordId: string;
  field: string;
  value: string;
}

/** What a laptop wrote itself, field by field, as the last value of each (what it brings to the merge). */
function ownValues(db: Database): Written[] {
  return db
    .prepare(
      `SELECT entity, record_id AS recordId, field, new_value AS value FROM change_log c
       WHERE seq = (SELECT max(seq) FROM change_log d WHERE d.entity = c.entity AND d.record_id = c.record_id AND d.field = c.field) AND field <> '_deleted'`,
    )
    .all() as Written[];
}

/** The values neither in their record's row (or its survivor's) nor kept as a conflict. */
function missingValues(db: Database, written: readonly Written[]): string[] {
  const redirects = new Redirects(db, syncState(db));
  const parentOf = new Map<string, Map<string, string>>();
  for (const e of entities) {
    const fks = db.prepare(`PRAGMA foreign_key_list(${e.table})`).all() as { table: string; from: string }[];
    parentOf.set(e.name, new Map(fks.map((k) => [k.from, entities.find((p) => p.table === k.table)?.name ?? ''])));
  }
  const conflict = db.prepare('SELECT 1 FROM sync_conflicts WHERE entity = ? AND record_id IN (?, ?) AND field = ? AND lost_value IS ?').pluck();
  const missing: string[] = [];
  for (const w of written) {
    const entity = entityNamed(w.entity)!;
    if (isBookkeeping(w.field) || !Object.hasOwn(entity.fields, w.field)) continue;
    const root = redirects.resolve(w.entity, w.recordId);
    const column = columnOf(w.field);
    const row = db.prepare(`SELECT ${column} AS v FROM ${entity.table} WHERE id = ?`).get(root) as { v: unknown } | undefined;
    let expected = encode((entity.fields as Record<string, FieldKind>)[w.field]!, JSON.parse(w.value) as FieldValue);
    const parent = parentOf.get(w.entity)!.get(column);
    if (parent && typeof expected === 'string') expected = redirects.resolve(parent, expected);
    if (row && row.v === expected) continue;
    if (conflict.get(w.entity, root, w.recordId, w.field, w.value) === 1) continue;
    missing.push(`${w.entity} ${w.recordId}.${w.field} = ${w.value.slice(0, 60)} (row ${root}: ${row ? JSON.stringify(row.v)?.slice(0, 60) : 'absent'})`);
  }
  return missing;
}

describe('two sample hospitals merged through one folder', () => {
  it('end with the same rows on both laptops, every value of both kept as a row or a conflict', () => {
    team = sharedFolderTeam(['lantern', 'harbour']);
    const [a, b] = team.laptops as [TestLaptop, TestLaptop];
    const today = new Date('2026-03-02T12:00:00Z');
    seedSampleHospital(a.core.context, { staff: 16, seed: 11, today });
    seedSampleHospital(b.core.context, { staff: 12, seed: 12, today });
    const written = [...ownValues(a.core.context.db), ...ownValues(b.core.context.db)];
    for (let round = 0; round < 3; round++) for (const l of [a, b]) l.sync();

    const dumpA = canonicalDump(a.core.context.db);
    expect(firstDifference(dumpA, canonicalDump(b.core.context.db))).toBeNull();
    for (const l of [a, b]) {
      const db = l.core.context.db;
      expect(db.prepare("SELECT entity, reason FROM sync_parked WHERE reason LIKE '%UNIQUE%'").all(), l.name).toEqual([]);
      expect(missingValues(db, written), l.name).toEqual([]);
    }
    const merged = a.core.context.db.prepare("SELECT entity, count(*) AS n FROM sync_state WHERE field = '_mergedInto' GROUP BY entity").all();
    console.log(`two sample hospitals: ${Object.values(dumpA).reduce((n, rows) => n + rows.length, 0)} rows on each laptop; merged ${JSON.stringify(merged)}`);
  }, 60_000);
});
