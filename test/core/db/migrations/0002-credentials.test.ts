// Migration 2 on a version-1 database holding staff: columns added without loss, credential tables and their indexes.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/db/open';
import { migrations } from '../../../../electron/core/db/migrations';

function atVersion1WithStaff() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 1));
  db.prepare("INSERT INTO roles VALUES ('r', 'Attending Physician', 'physician', 'x', 'x')").run();
  db.prepare("INSERT INTO departments VALUES ('d', 'CARD', 'Cardiology', 'x', 'x')").run();
  db.prepare("INSERT INTO staff (id, given_name, family_name, role_id, department_id, npi, created_at, updated_at) VALUES ('s', 'Amara', 'Quillmere', 'r', 'd', '1234567893', 'x', 'x')").run();
  return db;
}

describe('0002 credentials', () => {
  it('keeps existing staff and adds appointment columns', () => {
    const db = atVersion1WithStaff();
    expect(migrate(db, migrations.slice(0, 2))).toEqual({ from: 1, to: 2 });
    expect(db.prepare('SELECT given_name, appointment_category, appointment_start FROM staff').get()).toEqual({ given_name: 'Amara', appointment_category: null, appointment_start: null });
  });

  it('refuses a credential that expires before it was issued, even from outside the app', () => {
    const db = atVersion1WithStaff();
    migrate(db, migrations.slice(0, 2));
    expect(() => db.prepare("INSERT INTO credentials (id, staff_id, type, issued_on, expires_on, created_at, updated_at) VALUES ('c', 's', 'bls', '2026-05-01', '2026-04-01', 'x', 'x')").run()).toThrow(/CHECK/);
  });

  it('finds expiring credentials through the expiry index', () => {
    const db = atVersion1WithStaff();
    migrate(db, migrations.slice(0, 2));
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM credentials WHERE expires_on IS NOT NULL AND expires_on <= '2027-01-01'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/credentials_by_expiry/);
  });

  it('removes a practitioner’s credentials, privileges and evaluations with the practitioner', () => {
    const db = atVersion1WithStaff();
    migrate(db, migrations.slice(0, 2));
    db.prepare("INSERT INTO credentials (id, staff_id, type, created_at, updated_at) VALUES ('c', 's', 'bls', 'x', 'x')").run();
    db.prepare("INSERT INTO privileges (id, staff_id, name, status, created_at, updated_at) VALUES ('p', 's', 'Core', 'granted', 'x', 'x')").run();
    db.prepare('DELETE FROM staff').run();
    expect(db.prepare('SELECT (SELECT count(*) FROM credentials) + (SELECT count(*) FROM privileges)').pluck().get()).toBe(0);
  });
});
