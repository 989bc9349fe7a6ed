// Migration 16: earlier credential terms get their own table, and each verification from before records the expiry
// it confirmed: the one the credential had when the check was recorded, read from the change log.
import { describe, expect, it } from 'vitest';
import { migrateUpTo as upTo } from './migrate-up-to';

function atVersion15() {
  const db = upTo(22);
  db.prepare("INSERT INTO roles (id, name, kind, created_at, updated_at) VALUES ('r', 'Attending Physician', 'physician', 'x', 'x')").run();
  db.prepare("INSERT INTO departments (id, code, name, created_at, updated_at) VALUES ('d', 'CARD', 'Cardiology', 'x', 'x')").run();
  db.prepare("INSERT INTO staff (id, given_name, family_name, role_id, department_id, created_at, updated_at) VALUES ('s', 'Amara', 'Quillmere', 'r', 'd', 'x', 'x')").run();
  return db;
}

const credential = (db: ReturnType<typeof upTo>, id: string, issuedOn: string, expiresOn: string | null) =>
  db.prepare("INSERT INTO credentials (id, staff_id, type, issued_on, expires_on, created_at, updated_at) VALUES (?, 's', 'state-license', ?, ?, 'x', 'x')").run(id, issuedOn, expiresOn);
const verification = (db: ReturnType<typeof upTo>, id: string, credentialId: string, verifiedOn: string, createdAt: string) =>
  db.prepare("INSERT INTO verifications (id, credential_id, kind, source, verified_on, verifier, method, result, created_at, updated_at) VALUES (?, ?, 'initial', 'Board', ?, 'M. Q', 'online', 'verified', ?, ?)")
    .run(id, credentialId, verifiedOn, createdAt, createdAt);
const expiryChange = (db: ReturnType<typeof upTo>, credentialId: string, oldValue: string | null, newValue: string, at: string) =>
  db.prepare("INSERT INTO change_log (tx_id, entity, record_id, field, old_value, new_value, actor, at, hlc, device_id) VALUES ('t', 'credential', ?, 'expiresOn', ?, ?, 'director', ?, ?, 'dev')")
    .run(credentialId, JSON.stringify(oldValue), JSON.stringify(newValue), at, at);

describe('0016 credential terms', () => {
  it('gives each earlier verification the expiry the credential had when it was recorded', () => {
    const db = atVersion15();
    // Renewed in place after its check: created with 2026-12-31, verified in March, its expiry edited to 2028-12-31 in November.
    credential(db, 'renewed', '2024-12-01', '2028-12-31');
    expiryChange(db, 'renewed', null, '2026-12-31', '2024-12-02T09:00:00.000Z');
    verification(db, 'v-renewed', 'renewed', '2026-03-01', '2026-03-01T10:00:00.000Z');
    expiryChange(db, 'renewed', '2026-12-31', '2028-12-31', '2026-11-20T10:00:00.000Z');
    // Its creation was never logged (imported whole), but a later edit says what it was before.
    credential(db, 'edited', '2024-12-01', '2029-01-31');
    verification(db, 'v-edited', 'edited', '2025-01-05', '2025-01-05T10:00:00.000Z');
    expiryChange(db, 'edited', '2027-01-31', '2029-01-31', '2026-10-01T10:00:00.000Z');
    // Never changed: the expiry it has.
    credential(db, 'steady', '2025-06-01', '2027-06-01');
    verification(db, 'v-steady', 'steady', '2025-06-10', '2025-06-10T10:00:00.000Z');
    // Checked before its current issue: it vouched for an earlier term, so it confirms nothing about this one.
    credential(db, 'reissued', '2026-01-01', '2028-01-01');
    verification(db, 'v-reissued', 'reissued', '2025-05-01', '2025-05-01T10:00:00.000Z');

    upTo(23, db);
    const confirmed = Object.fromEntries((db.prepare('SELECT id, confirmed_expires_on FROM verifications').raw().all() as [string, string | null][]));
    expect(confirmed).toEqual({ 'v-renewed': '2026-12-31', 'v-edited': '2027-01-31', 'v-steady': '2027-06-01', 'v-reissued': null });
  });

  it('keeps one copy of a term per credential and expiry, and removes the terms with their credential', () => {
    const db = atVersion15();
    upTo(23, db);
    credential(db, 'c', '2024-12-01', '2028-12-31');
    const term = db.prepare("INSERT INTO credential_terms (id, credential_id, issued_on, expires_on, renewed_on, created_at, updated_at) VALUES (?, 'c', '2024-12-01', '2026-12-31', '2026-11-20', 'x', 'x')");
    term.run('t1');
    expect(() => term.run('t2')).toThrow(/UNIQUE/);
    db.prepare("DELETE FROM credentials WHERE id = 'c'").run();
    expect(db.prepare('SELECT count(*) FROM credential_terms').pluck().get()).toBe(0);
  });
});
