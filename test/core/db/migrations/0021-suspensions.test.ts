// Migration 17: the suspensions table, and a registered name on credentials; credentials from before keep their values.
import { migrateUpTo as upTo } from './migrate-up-to';
import { describe, expect, it } from 'vitest';

describe('0017 suspensions', () => {
  it('adds suspensions (a scope the rule knows, cascading with the practitioner) and leaves credentials as they were', () => {
    const db = upTo(20);
    const at = '2026-01-01T00:00:00Z';
    db.prepare('INSERT INTO departments (id, code, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run('d1', 'CARD', 'Cardiology', at, at);
    db.prepare('INSERT INTO roles (id, name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run('r1', 'Hospitalist', 'physician', at, at);
    db.prepare('INSERT INTO staff (id, given_name, family_name, role_id, department_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run('s1', 'Amara', 'Quillmere', 'r1', 'd1', at, at);
    db.prepare("INSERT INTO credentials (id, staff_id, type, number, expires_on, created_at, updated_at) VALUES ('c1', 's1', 'dea', 'FQ1234563', '2026-10-31', ?, ?)").run(at, at);
    upTo(21, db);
    expect(db.prepare('SELECT number, registered_name FROM credentials').raw().get()).toEqual(['FQ1234563', null]);
    const insert = db.prepare('INSERT INTO suspensions (id, staff_id, credential_id, scope, reason, started_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    insert.run('su1', 's1', 'c1', 'controlled-substance-prescribing', 'DEA lapsed', '2026-11-01', at, at);
    expect(() => insert.run('su2', 's1', null, 'everything', 'x', '2026-11-01', at, at)).toThrow(/CHECK/);
    db.prepare("DELETE FROM credentials WHERE id = 'c1'").run();
    expect(db.prepare('SELECT credential_id FROM suspensions').pluck().get()).toBeNull();
    db.prepare("DELETE FROM staff WHERE id = 's1'").run();
    expect(db.prepare('SELECT count(*) FROM suspensions').pluck().get()).toBe(0);
  });
});
