// Version 21: a suspension is an event on the practitioner (what it covers, why, from when, the notice, the
// reinstatement), not only a colour computed from a lapse; and a DEA registration can carry the name it is registered
// under, for the surname check when that is a former surname or a business.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 21,
  name: 'suspensions',
  up(db) {
    db.exec(`
      CREATE TABLE suspensions (
        id                 TEXT PRIMARY KEY,
        staff_id           TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        credential_id      TEXT REFERENCES credentials (id) ON DELETE SET NULL,
        scope              TEXT NOT NULL CHECK (scope IN ('all-privileges', 'controlled-substance-prescribing')),
        reason             TEXT NOT NULL,
        started_on         TEXT NOT NULL,
        notice_sent_on     TEXT,
        reinstated_on      TEXT,
        reinstatement_note TEXT,
        notes              TEXT,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX suspensions_by_staff ON suspensions (staff_id, started_on);
      CREATE INDEX suspensions_by_credential ON suspensions (credential_id);
      ALTER TABLE credentials ADD COLUMN registered_name TEXT;
    `);
  },
};
