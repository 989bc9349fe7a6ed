// Migration 1 on a fresh database: the tables, constraints and indexes the foundation relies on.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration } from '../../../../electron/core/db/migrations/0001-foundation';

function fresh() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migration.up(db);
  return db;
}

describe('0001 foundation', () => {
  it('creates the change log, settings and organisation tables', () => {
    const db = fresh();
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
    expect(tables).toEqual(['change_log', 'departments', 'meta', 'roles', 'settings', 'staff']);
  });

  it('refuses a staff member in a department that does not exist', () => {
    const db = fresh();
    db.prepare("INSERT INTO roles VALUES ('r', 'Nurse', 'nursing', 'now', 'now')").run();
    expect(() =>
      db.prepare("INSERT INTO staff (id, given_name, family_name, role_id, department_id, created_at, updated_at) VALUES ('s', 'A', 'B', 'r', 'missing', 'now', 'now')").run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('refuses an unknown staff status and a duplicate NPI', () => {
    const db = fresh();
    db.prepare("INSERT INTO roles VALUES ('r', 'Nurse', 'nursing', 'now', 'now')").run();
    db.prepare("INSERT INTO departments VALUES ('d', 'MED', 'Medicine', 'now', 'now')").run();
    const insert = db.prepare("INSERT INTO staff (id, given_name, family_name, role_id, department_id, npi, status, created_at, updated_at) VALUES (?, 'A', 'B', 'r', 'd', ?, ?, 'now', 'now')");
    expect(() => insert.run('s1', null, 'retired')).toThrow(/CHECK/);
    insert.run('s2', '1234567893', 'active');
    expect(() => insert.run('s3', '1234567893', 'active')).toThrow(/UNIQUE/);
  });

  it('reads a record history through the change-log index', () => {
    const plan = fresh().prepare('EXPLAIN QUERY PLAN SELECT * FROM change_log WHERE entity = ? AND record_id = ? ORDER BY seq DESC').all('staff', 'x') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX change_log_record/);
  });

  it('sorts the staff list by name from its index, without a temporary sort', () => {
    const plan = fresh().prepare('EXPLAIN QUERY PLAN SELECT id FROM staff ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE LIMIT 50').all() as { detail: string }[];
    const detail = plan.map((p) => p.detail).join(' ');
    expect(detail).toMatch(/staff_by_name/);
    expect(detail).not.toMatch(/TEMP B-TREE/);
  });
});
