// Migration 13: training's tables arrive empty beside the staff they refer to; the schema refuses what the rules refuse
// (an unknown recurrence, a waiver that ends before it is granted) and a staff member's delete takes their training.
import { describe, expect, it } from 'vitest';
import { migrateUpTo as upTo } from './migrate-up-to';

describe('0013 training', () => {
  it('adds the training tables, keeps staff, and holds their rules', () => {
    const db = upTo(12);
    const at = '2026-01-01T00:00:00Z';
    db.prepare("INSERT INTO roles (id, name, kind, created_at, updated_at) VALUES ('r', 'Attending', 'physician', ?, ?)").run(at, at);
    db.prepare("INSERT INTO departments (id, code, name, created_at, updated_at) VALUES ('d', 'CARD', 'Cardiology', ?, ?)").run(at, at);
    db.prepare("INSERT INTO staff (id, given_name, family_name, role_id, department_id, created_at, updated_at) VALUES ('s', 'Amara', 'Quillmere', 'r', 'd', ?, ?)").run(at, at);

    upTo(13, db);

    expect(db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(1);
    db.prepare("INSERT INTO training_courses (id, title, credit_type, credits, modality, available_from, created_at, updated_at) VALUES ('c', 'Sepsis', 'ama-pra-1', 1.5, 'online', '2020-01-01', ?, ?)").run(at, at);
    db.prepare("INSERT INTO training_requirements (id, title, course_id, recurrence, source, effective_from, created_at, updated_at) VALUES ('q', 'Sepsis', 'c', 'one-time', 'policy', '2026-01-01', ?, ?)").run(at, at);
    expect(() => db.prepare("INSERT INTO training_requirements (id, title, course_id, recurrence, source, effective_from, created_at, updated_at) VALUES ('q2', 'X', 'c', 'fortnightly', 'policy', '2026-01-01', ?, ?)").run(at, at)).toThrow(/CHECK/);
    db.prepare("INSERT INTO training_completions (id, staff_id, course_id, completed_on, credits, credit_type, method, created_at, updated_at) VALUES ('t', 's', 'c', '2026-02-01', 1.5, 'ama-pra-1', 'entered', ?, ?)").run(at, at);
    expect(() => db.prepare("INSERT INTO training_waivers (id, staff_id, requirement_id, approver, reason, granted_on, ends_on, created_at, updated_at) VALUES ('w', 's', 'q', 'CMO', 'Leave', '2026-03-01', '2026-02-01', ?, ?)").run(at, at)).toThrow(/CHECK/);
    db.prepare("INSERT INTO cme_state_profiles (id, state, total_credits, category1_minimum, created_at, updated_at) VALUES ('p', 'OR', 60, 30, ?, ?)").run(at, at);
    expect(() => db.prepare("INSERT INTO cme_state_profiles (id, state, total_credits, category1_minimum, created_at, updated_at) VALUES ('p2', 'OR', 50, 25, ?, ?)").run(at, at)).toThrow(/UNIQUE/);
    db.prepare("DELETE FROM staff WHERE id = 's'").run();
    expect(db.prepare('SELECT count(*) FROM training_completions').pluck().get()).toBe(0);
  });
});
