// Migration 16 on this branch (19 in the plan): reappointments arrive empty beside the staff they refer to; one per
// practitioner and cycle, outcomes only from the list, and a staff member's delete takes their reappointments.
import { describe, expect, it } from 'vitest';
import { migrateUpTo as upTo } from './migrate-up-to';
import { migration } from '../../../../electron/core/db/migrations/0020-reappointments';

describe('reappointments migration', () => {
  it('adds the table, keeps staff, and holds its rules', () => {
    const db = upTo(migration.version - 1);
    const at = '2026-01-01T00:00:00Z';
    db.prepare("INSERT INTO roles (id, name, kind, created_at, updated_at) VALUES ('r', 'Attending', 'physician', ?, ?)").run(at, at);
    db.prepare("INSERT INTO departments (id, code, name, created_at, updated_at) VALUES ('d', 'CARD', 'Cardiology', ?, ?)").run(at, at);
    db.prepare("INSERT INTO staff (id, given_name, family_name, role_id, department_id, created_at, updated_at) VALUES ('s', 'Amara', 'Quillmere', 'r', 'd', ?, ?)").run(at, at);

    upTo(migration.version, db);

    expect(db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(1);
    const insert = (id: string, dueOn: string, outcome = 'favourable') =>
      db.prepare("INSERT INTO reappointments (id, staff_id, due_on, status, application_received_on, chair_on, chair_outcome, created_at, updated_at) VALUES (?, 's', ?, 'open', '2026-09-01', '2026-09-10', ?, ?, ?)").run(id, dueOn, outcome, at, at);
    insert('a', '2026-12-01');
    expect(() => insert('b', '2026-12-01')).toThrow(/UNIQUE/);
    expect(() => insert('c', '2028-12-01', 'maybe')).toThrow(/CHECK/);
    db.prepare("DELETE FROM staff WHERE id = 's'").run();
    expect(db.prepare('SELECT count(*) FROM reappointments').pluck().get()).toBe(0);
  });
});
