// Migration 5 on a fresh database: the sync tables, their keys, and the indexes the hot lookups use.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';

function fresh() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const m of migrations.filter((m) => m.version <= 5)) m.up(db);
  return db;
}

describe('0005 sync', () => {
  it('creates the sync tables', () => {
    const tables = fresh().prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'sync_%' ORDER BY name").pluck().all();
    expect(tables).toEqual(['sync_config', 'sync_conflicts', 'sync_devices', 'sync_parked', 'sync_segments', 'sync_state']);
  });

  it('keeps one register per field and one conflict per lost value', () => {
    const db = fresh();
    const put = db.prepare("INSERT INTO sync_state (entity, record_id, field, value, hlc, device_id, seq) VALUES ('staff', 's', 'givenName', ?, ?, 'd', 1)");
    put.run('"A"', 'h1');
    expect(() => put.run('"B"', 'h2')).toThrow(/UNIQUE|PRIMARY/);
    const conflict = db.prepare("INSERT INTO sync_conflicts (entity, record_id, field, kind, kept_value, kept_hlc, lost_value, lost_hlc, detected_at) VALUES ('staff', 's', 'givenName', ?, 'x', 'h2', 'y', 'h1', 'now')");
    conflict.run('concurrent');
    expect(() => conflict.run('concurrent')).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO sync_conflicts (entity, record_id, field, kind, kept_hlc, lost_hlc, detected_at) VALUES ('a', 'b', 'c', 'guess', 'h', 'i', 'now')").run()).toThrow(/CHECK/);
  });

  it('finds the registers of one record, and the children pointing at a record, through indexes', () => {
    const db = fresh();
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join(' ');
    expect(plan("SELECT field, value, hlc FROM sync_state WHERE entity = 'staff' AND record_id = 'x'")).toMatch(/USING PRIMARY KEY/);
    expect(plan("SELECT record_id FROM sync_state WHERE entity = 'credential' AND field = 'staffId' AND value = '\"x\"'")).toMatch(/sync_state_by_value/);
    expect(plan("SELECT max(seq) FROM sync_segments WHERE device_id = 'd'")).toMatch(/sync_segments_by_seq/);
  });
});
