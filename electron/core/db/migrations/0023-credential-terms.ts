// Version 23: a renewal is a new term. Each earlier term of a credential is kept in credential_terms (its dates and
// document), and each verification records the expiry its source confirmed, so a credential whose expiry moved past
// what was verified needs verification again.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 23,
  name: 'credential-terms',
  up(db) {
    db.exec(`
      CREATE TABLE credential_terms (
        id             TEXT PRIMARY KEY,
        credential_id  TEXT NOT NULL REFERENCES credentials (id) ON DELETE CASCADE,
        issued_on      TEXT,
        expires_on     TEXT NOT NULL,
        document_id    TEXT REFERENCES attachments (id),
        -- The organisation's day the next term was recorded.
        renewed_on     TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        -- Two laptops recording the same renewal apart keep one copy of the term it ended (sync merges by this key).
        UNIQUE (credential_id, expires_on)
      ) STRICT;

      ALTER TABLE verifications ADD COLUMN confirmed_expires_on TEXT;

      -- A check from before this version confirmed the expiry the credential had when the check was recorded: the
      -- latest value the change log gave it by then, else the value the first later change replaced, else today's.
      -- One dated before the credential's current issue date vouched for an earlier term whose expiry nobody recorded:
      -- it confirms nothing about this term, so it stays without a confirmed expiry and the credential stays queued,
      -- as the old "renewed since" rule had it.
      UPDATE verifications SET confirmed_expires_on = (
        SELECT CASE
                 WHEN c.issued_on IS NOT NULL AND verifications.verified_on < c.issued_on THEN NULL
                 WHEN before.seq IS NOT NULL THEN json_extract(before.new_value, '$')
                 WHEN after.seq IS NOT NULL THEN json_extract(after.old_value, '$')
                 ELSE c.expires_on
               END
        FROM credentials c
        LEFT JOIN change_log before ON before.seq = (SELECT max(l.seq) FROM change_log l
          WHERE l.entity = 'credential' AND l.record_id = c.id AND l.field = 'expiresOn' AND l.at <= verifications.created_at)
        LEFT JOIN change_log after ON after.seq = (SELECT min(l.seq) FROM change_log l
          WHERE l.entity = 'credential' AND l.record_id = c.id AND l.field = 'expiresOn' AND l.at > verifications.created_at)
        WHERE c.id = verifications.credential_id);
    `);
  },
};
