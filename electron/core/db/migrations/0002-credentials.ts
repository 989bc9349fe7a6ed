// Version 2: medical staff appointments, credentials, verifications, privileges, FPPE/OPPE, attachments and the reveal log.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 2,
  name: 'credentials',
  up(db) {
    db.exec(`
      ALTER TABLE staff ADD COLUMN appointment_category TEXT CHECK (appointment_category IN ('active', 'provisional', 'courtesy', 'consulting', 'ahp'));
      ALTER TABLE staff ADD COLUMN appointment_start TEXT;
      ALTER TABLE staff ADD COLUMN appointment_end TEXT;

      -- Content-addressed: the id is the SHA-256 of the bytes, so one document attached twice is stored once.
      CREATE TABLE attachments (
        id          TEXT PRIMARY KEY,
        file_name   TEXT NOT NULL,
        media_type  TEXT NOT NULL,
        size        INTEGER NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE credentials (
        id            TEXT PRIMARY KEY,
        staff_id      TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        type          TEXT NOT NULL,
        title         TEXT,
        number        TEXT,
        issuer        TEXT,
        jurisdiction  TEXT,
        issued_on     TEXT,
        expires_on    TEXT,
        restrictions  TEXT,
        document_id   TEXT REFERENCES attachments (id),
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        CHECK (expires_on IS NULL OR issued_on IS NULL OR expires_on >= issued_on)
      ) STRICT;
      CREATE INDEX credentials_by_staff ON credentials (staff_id, type, jurisdiction, expires_on);
      CREATE INDEX credentials_by_expiry ON credentials (expires_on);

      CREATE TABLE verifications (
        id             TEXT PRIMARY KEY,
        credential_id  TEXT NOT NULL REFERENCES credentials (id) ON DELETE CASCADE,
        kind           TEXT NOT NULL,
        source         TEXT NOT NULL,
        verified_on    TEXT NOT NULL,
        verifier       TEXT NOT NULL,
        method         TEXT NOT NULL,
        result         TEXT NOT NULL,
        notes          TEXT,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX verifications_by_credential ON verifications (credential_id, verified_on);

      CREATE TABLE privileges (
        id             TEXT PRIMARY KEY,
        staff_id       TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        name           TEXT NOT NULL,
        is_core        INTEGER NOT NULL DEFAULT 0,
        status         TEXT NOT NULL,
        granted_on     TEXT,
        expires_on     TEXT,
        conditions     TEXT,
        fppe_required  INTEGER NOT NULL DEFAULT 0,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX privileges_by_staff ON privileges (staff_id);

      CREATE TABLE evaluations (
        id            TEXT PRIMARY KEY,
        staff_id      TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        privilege_id  TEXT REFERENCES privileges (id) ON DELETE SET NULL,
        kind          TEXT NOT NULL CHECK (kind IN ('fppe', 'oppe')),
        period_start  TEXT NOT NULL,
        period_end    TEXT NOT NULL,
        due_on        TEXT NOT NULL,
        indicators    TEXT NOT NULL DEFAULT '[]',
        reviewer      TEXT,
        outcome       TEXT NOT NULL,
        completed_on  TEXT,
        notes         TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX evaluations_by_staff ON evaluations (staff_id, due_on);
      CREATE INDEX evaluations_open_by_due ON evaluations (due_on) WHERE completed_on IS NULL;

      -- Who saw a masked number in full, and when. Local to this laptop: it is an audit trail, not shared data.
      CREATE TABLE access_log (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        at         TEXT NOT NULL,
        actor      TEXT NOT NULL,
        action     TEXT NOT NULL,
        entity     TEXT NOT NULL,
        record_id  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
