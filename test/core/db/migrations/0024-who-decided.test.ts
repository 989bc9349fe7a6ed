// Migration 16 (who decided): earlier policies get a 30-day attestation window; earlier reviews, approvals and
// attestations keep their values with no recorder or evidence; a retirement cannot take effect before it is decided.
import { describe, expect, it } from 'vitest';
import { migrateUpTo as upTo } from './migrate-up-to';

describe('0016 who decided', () => {
  it('keeps earlier rows, gives policies a 30-day attestation window, and refuses a retirement in force before its decision', () => {
    const db = upTo(23);
    const at = '2026-01-01T00:00:00Z';
    db.prepare('INSERT INTO departments (id, code, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run('d1', 'CARD', 'Cardiology', at, at);
    db.prepare('INSERT INTO roles (id, name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run('r1', 'Hospitalist', 'physician', at, at);
    db.prepare('INSERT INTO staff (id, given_name, family_name, role_id, department_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run('s1', 'Amara', 'Quillmere', 'r1', 'd1', at, at);
    db.prepare(`INSERT INTO policies (id, reference, title, category, owner_id, keywords, review_interval_months, review_warning_days, created_at, updated_at)
      VALUES ('p1', 'IC-001', 'Hand hygiene', 'Infection control', 's1', '[]', 24, 60, ?, ?)`).run(at, at);
    db.prepare("INSERT INTO policy_reviews (id, policy_id, reviewed_on, reviewer, created_at, updated_at) VALUES ('r1', 'p1', '2025-12-01', 'jdoe', ?, ?)").run(at, at);
    upTo(24, db);
    expect(db.prepare('SELECT attestation_due_days FROM policies').pluck().get()).toBe(30);
    expect(db.prepare('SELECT reviewer, approver_kind, recorded_by, evidence_attachment_id FROM policy_reviews').raw().get()).toEqual(['jdoe', null, null, null]);
    const retire = db.prepare(`INSERT INTO policy_retirements (id, policy_id, decided_on, effective_on, reason, approver_kind, approver_name, recorded_by, evidence_method, created_at, updated_at)
      VALUES (?, 'p1', '2026-02-01', ?, 'Superseded', 'person', 'Dr Chen', 'Dr Chen (CMO)', 'in-person', ?, ?)`);
    expect(() => retire.run('x1', '2026-01-31', at, at)).toThrow(/CHECK/);
    retire.run('x2', '2026-02-01', at, at);
  });
});
