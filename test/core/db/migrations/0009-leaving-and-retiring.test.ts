// Migration 9: an appointment's end (day and reason) on staff, and a retired day on departments and roles; rows from
// before keep their values and are neither ended nor retired.
import { migrateUpTo as upTo } from './migrate-up-to';
import { describe, expect, it } from 'vitest';

describe('0009 leaving and retiring', () => {
  it('adds the columns, leaving earlier rows current and their appointments open', () => {
    const db = upTo(8);
    const at = '2026-01-01T00:00:00Z';
    db.prepare('INSERT INTO departments (id, code, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run('d1', 'CARD', 'Cardiology', at, at);
    db.prepare('INSERT INTO roles (id, name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run('r1', 'Hospitalist', 'physician', at, at);
    db.prepare('INSERT INTO staff (id, given_name, family_name, role_id, department_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run('s1', 'Amara', 'Quillmere', 'r1', 'd1', at, at);
    upTo(9, db);
    expect(db.prepare('SELECT given_name, appointment_ended_on, appointment_end_reason FROM staff').raw().get()).toEqual(['Amara', null, null]);
    expect(db.prepare('SELECT name, retired_on FROM departments').raw().get()).toEqual(['Cardiology', null]);
    expect(db.prepare('SELECT name, retired_on FROM roles').raw().get()).toEqual(['Hospitalist', null]);
  });
});
