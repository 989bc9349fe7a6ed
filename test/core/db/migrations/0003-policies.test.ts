// Migration 3 on a version-2 database: policy tables, and the FTS index kept in step with versions by triggers.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/db/open';
import { migrations } from '../../../../electron/core/db/migrations';

function atVersion3() {
  const db = new Database(':memory:');
  migrate(db, migrations.slice(0, 2));
  db.exec(`INSERT INTO roles VALUES ('r', 'Attending Physician', 'physician', 'x', 'x');
    INSERT INTO departments VALUES ('d', 'CARD', 'Cardiology', 'x', 'x');
    INSERT INTO staff (id, given_name, family_name, role_id, department_id, created_at, updated_at) VALUES ('s', 'A', 'B', 'r', 'd', 'x', 'x');`);
  expect(migrate(db, migrations.slice(0, 3))).toEqual({ from: 2, to: 3 });
  db.exec(`INSERT INTO policies (id, reference, title, category, owner_id, created_at, updated_at) VALUES ('p', 'IC-001', 'Hand hygiene', 'IC', 's', 'x', 'x')`);
  return db;
}

const insertVersion = (db: Database.Database, id: string, number: number, body: string) =>
  db.prepare(`INSERT INTO policy_versions (id, policy_id, number, stage, title, body, body_hash, change_summary, author_id, created_at, updated_at)
    VALUES (?, 'p', ?, 'draft', 'Hand hygiene', ?, 'h', 'c', 's', 'x', 'x')`).run(id, number, body);
const search = (db: Database.Database, q: string) => db.prepare('SELECT v.id FROM policy_search JOIN policy_versions v ON v.rowid = policy_search.rowid WHERE policy_search MATCH ?').pluck().all(q);

describe('0003 policies', () => {
  it('indexes a version as it is written, updated and deleted', () => {
    const db = atVersion3();
    insertVersion(db, 'v1', 1, 'Alcohol rub before contact');
    expect(search(db, 'alcohol')).toEqual(['v1']);
    db.prepare("UPDATE policy_versions SET body = 'Soap and water' WHERE id = 'v1'").run();
    expect(search(db, 'alcohol')).toEqual([]);
    expect(search(db, 'soap')).toEqual(['v1']);
    db.prepare("DELETE FROM policy_versions WHERE id = 'v1'").run();
    expect(search(db, 'soap')).toEqual([]);
    expect(db.prepare("INSERT INTO policy_search (policy_search) VALUES ('integrity-check')").run()).toBeTruthy();
  });

  it('stems and folds accents: "washing" finds "washed", "cafe" finds "café"', () => {
    const db = atVersion3();
    insertVersion(db, 'v1', 1, 'Hands are washed in the café area');
    expect(search(db, 'washing')).toEqual(['v1']);
    expect(search(db, 'cafe')).toEqual(['v1']);
  });

  it('keeps one number per version of a policy and one reference per policy', () => {
    const db = atVersion3();
    insertVersion(db, 'v1', 1, 'a');
    expect(() => insertVersion(db, 'v2', 1, 'b')).toThrow(/UNIQUE/);
    expect(() => db.exec(`INSERT INTO policies (id, reference, title, category, owner_id, created_at, updated_at) VALUES ('q', 'IC-001', 'x', 'IC', 's', 'x', 'x')`)).toThrow(/UNIQUE/);
  });
});
