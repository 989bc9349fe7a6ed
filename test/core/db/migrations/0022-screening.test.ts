// Migration 16 (18 in the plan): staff gain a date of birth and a last-screened day; screenings, their matches and NPDB
// queries go with their practitioner; a listed entry matches one practitioner once.
import { describe, expect, it } from 'vitest';
import { migrateUpTo as upTo } from './migrate-up-to';

describe('0016 screening', () => {
  it('adds the screening tables, each match and query going with its practitioner', () => {
    const db = upTo(21);
    const at = '2026-01-01T00:00:00Z';
    db.prepare("INSERT INTO departments (id, code, name, created_at, updated_at) VALUES ('d1', 'CARD', 'Cardiology', ?, ?)").run(at, at);
    db.prepare("INSERT INTO roles (id, name, kind, created_at, updated_at) VALUES ('r1', 'Attending', 'physician', ?, ?)").run(at, at);
    db.prepare("INSERT INTO staff (id, given_name, family_name, role_id, department_id, status, created_at, updated_at) VALUES ('s1', 'Ann', 'Lee', 'r1', 'd1', 'active', ?, ?)").run(at, at);
    upTo(22, db);
    db.prepare("UPDATE staff SET date_of_birth = '1970-01-01', last_screened_on = '2026-01-01' WHERE id = 's1'").run();
    db.prepare(`INSERT INTO exclusion_screenings (id, list_kind, list_name, file_name, file_sha256, screened_on, row_count, staff_screened, match_count, created_at, updated_at)
      VALUES ('x1', 'leie', 'OIG LEIE', 'UPDATED.csv', 'abc', '2026-01-01', 80000, 1, 1, ?, ?)`).run(at, at);
    const insertMatch = db.prepare(`INSERT INTO exclusion_matches (id, staff_id, screening_id, basis, listed_key, listed_name, status, created_at, updated_at)
      VALUES (?, 's1', 'x1', 'npi', 'k', 'ANN LEE', ?, ?, ?)`);
    insertMatch.run('m1', 'possible', at, at);
    expect(() => insertMatch.run('m2', 'possible', at, at)).toThrow(/UNIQUE/);
    expect(() => db.prepare(`INSERT INTO exclusion_matches (id, staff_id, screening_id, basis, listed_key, listed_name, status, created_at, updated_at)
      VALUES ('m3', 's1', 'x1', 'npi', 'k2', 'ANN LEE', 'maybe', ?, ?)`).run(at, at)).toThrow(/CHECK/);
    db.prepare("INSERT INTO npdb_queries (id, staff_id, queried_on, kind, result, created_at, updated_at) VALUES ('q1', 's1', '2026-01-01', 'initial', 'no-report', ?, ?)").run(at, at);
    db.prepare("DELETE FROM staff WHERE id = 's1'").run();
    expect(db.prepare('SELECT (SELECT count(*) FROM exclusion_matches) + (SELECT count(*) FROM npdb_queries)').pluck().get()).toBe(0);
  });
});
