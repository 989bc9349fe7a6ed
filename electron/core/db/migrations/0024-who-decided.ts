// Version 16 (22 once the branches before it are merged): who decided and on what evidence. Approvals, reviews and
// attestations name who recorded them and how the decision reached the director; retiring a policy becomes a decision
// of its own with an approver; a policy says how many days staff have to attest to a new version.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 24,
  name: 'who-decided',
  up(db) {
    db.exec(`
      ALTER TABLE policy_approvals ADD COLUMN recorded_by TEXT;
      ALTER TABLE policy_approvals ADD COLUMN evidence_method TEXT;
      ALTER TABLE policy_approvals ADD COLUMN evidence_attachment_id TEXT REFERENCES attachments (id);

      ALTER TABLE policy_attestations ADD COLUMN recorded_by TEXT;
      ALTER TABLE policy_attestations ADD COLUMN evidence_attachment_id TEXT REFERENCES attachments (id);

      -- "Reviewed, no revision needed" is approved: by a person on the staff list or a committee's motion.
      ALTER TABLE policy_reviews ADD COLUMN approver_kind TEXT CHECK (approver_kind IN ('person', 'committee'));
      ALTER TABLE policy_reviews ADD COLUMN approver_staff_id TEXT REFERENCES staff (id);
      ALTER TABLE policy_reviews ADD COLUMN motion_id TEXT;
      ALTER TABLE policy_reviews ADD COLUMN recorded_by TEXT;
      ALTER TABLE policy_reviews ADD COLUMN evidence_method TEXT;
      ALTER TABLE policy_reviews ADD COLUMN evidence_attachment_id TEXT REFERENCES attachments (id);

      ALTER TABLE policies ADD COLUMN attestation_due_days INTEGER NOT NULL DEFAULT 30;

      CREATE TABLE policy_retirements (
        id                      TEXT PRIMARY KEY,
        policy_id               TEXT NOT NULL REFERENCES policies (id) ON DELETE CASCADE,
        decided_on              TEXT NOT NULL,
        effective_on            TEXT NOT NULL CHECK (effective_on >= decided_on),
        reason                  TEXT NOT NULL,
        approver_kind           TEXT NOT NULL CHECK (approver_kind IN ('person', 'committee')),
        approver_staff_id       TEXT REFERENCES staff (id),
        approver_name           TEXT NOT NULL,
        motion_id               TEXT,
        recorded_by             TEXT NOT NULL,
        evidence_method         TEXT NOT NULL,
        evidence_attachment_id  TEXT REFERENCES attachments (id),
        created_at              TEXT NOT NULL,
        updated_at              TEXT NOT NULL
      ) STRICT;
      CREATE INDEX policy_retirements_by_policy ON policy_retirements (policy_id, decided_on);
    `);
  },
};
