// Migration 16 (privilege kinds, FPPE decisions): existing privileges become regular, and the new kinds and decisions
// are checked. Numbered from the migration itself, so renumbering at merge is one edit in the migration file.
import { describe, expect, it } from 'vitest';
import { migration } from '../../../../electron/core/db/migrations/0018-privilege-kinds';
import { migrateUpTo as upTo } from './migrate-up-to';

describe('privilege kinds migration', () => {
  it('keeps privileges as regular, accepts the new kinds and FPPE decisions, refuses others', () => {
    const db = upTo(migration.version - 1);
    const at = '2026-01-01T00:00:00Z';
    db.prepare("INSERT INTO departments (id, code, name, created_at, updated_at) VALUES ('d1', 'MED', 'Medicine', ?, ?)").run(at, at);
    db.prepare("INSERT INTO roles (id, name, kind, created_at, updated_at) VALUES ('r1', 'Attending', 'physician', ?, ?)").run(at, at);
    db.prepare("INSERT INTO staff (id, given_name, family_name, role_id, department_id, status, created_at, updated_at) VALUES ('s1', 'Ada', 'Stone', 'r1', 'd1', 'active', ?, ?)").run(at, at);
    db.prepare("INSERT INTO privileges (id, staff_id, name, status, created_at, updated_at) VALUES ('p1', 's1', 'Sedation', 'granted', ?, ?)").run(at, at);
    db.prepare("INSERT INTO evaluations (id, staff_id, privilege_id, kind, period_start, period_end, due_on, outcome, created_at, updated_at) VALUES ('e1', 's1', 'p1', 'fppe', '2026-01-01', '2026-04-01', '2026-05-01', 'pending', ?, ?)").run(at, at);
    upTo(migration.version, db);
    expect(db.prepare("SELECT kind FROM privileges WHERE id = 'p1'").pluck().get()).toBe('regular');
    db.prepare("UPDATE privileges SET kind = 'telemedicine', distant_site = 'Harbour University Hospital'").run();
    expect(() => db.prepare("UPDATE privileges SET kind = 'locum'").run()).toThrow(/CHECK/);
    db.prepare("UPDATE evaluations SET decision = 'limit', decision_note = 'Proctored for 5 more cases'").run();
    expect(() => db.prepare("UPDATE evaluations SET decision = 'maybe'").run()).toThrow(/CHECK/);
  });
});
