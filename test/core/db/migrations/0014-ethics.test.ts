// Migration 14: ethics cases and their notes. A note goes with its case; a unit deleted leaves the case without one;
// the CASES step is one of six.
import { describe, expect, it } from 'vitest';
import { migrateUpTo as upTo } from './migrate-up-to';

describe('0014 ethics', () => {
  it('adds ethics cases and notes, notes going with their case, and checks the step', () => {
    const db = upTo(13);
    upTo(14, db);
    const at = '2026-01-01T00:00:00Z';
    db.prepare("INSERT INTO departments (id, code, name, created_at, updated_at) VALUES ('d1', 'ICU', 'Critical Care', ?, ?)").run(at, at);
    const insertCase = db.prepare(
      `INSERT INTO ethics_cases (id, case_number, status, requested_at, requester_name, requester_role, urgency, unit_id, type, question, created_at, updated_at)
       VALUES (?, 'EC-2026-001', ?, ?, 'enc1:x', 'Nurse', 'urgent', 'd1', 'futility', 'enc1:y', ?, ?)`,
    );
    insertCase.run('e1', 'clarify', at, at, at);
    expect(() => insertCase.run('e2', 'pondering', at, at, at)).toThrow(/CHECK/);
    db.prepare("INSERT INTO ethics_notes (id, case_id, at, author, text, created_at, updated_at) VALUES ('n1', 'e1', ?, 'A', 'enc1:z', ?, ?)").run(at, at, at);
    db.prepare("DELETE FROM departments WHERE id = 'd1'").run();
    expect(db.prepare("SELECT unit_id FROM ethics_cases WHERE id = 'e1'").pluck().get()).toBeNull();
    db.prepare("DELETE FROM ethics_cases WHERE id = 'e1'").run();
    expect(db.prepare('SELECT COUNT(*) FROM ethics_notes').pluck().get()).toBe(0);
  });
});
