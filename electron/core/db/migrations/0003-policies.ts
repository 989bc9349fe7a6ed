// Version 3: policies and their versions, approval chains, reviews, read-and-sign, the standards crosswalk,
// full-text search (FTS5, kept in step by triggers) and the editor's crash buffer.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 3,
  name: 'policies',
  up(db) {
    db.exec(`
      CREATE TABLE policies (
        id                      TEXT PRIMARY KEY,
        reference               TEXT NOT NULL UNIQUE,
        title                   TEXT NOT NULL,
        category                TEXT NOT NULL,
        department_id           TEXT REFERENCES departments (id),
        owner_id                TEXT NOT NULL REFERENCES staff (id),
        keywords                TEXT NOT NULL DEFAULT '[]',
        review_interval_months  INTEGER NOT NULL DEFAULT 24,
        review_warning_days     INTEGER NOT NULL DEFAULT 60,
        last_reviewed_on        TEXT,
        retired_on              TEXT,
        created_at              TEXT NOT NULL,
        updated_at              TEXT NOT NULL
      ) STRICT;

      CREATE TABLE policy_versions (
        id              TEXT PRIMARY KEY,
        policy_id       TEXT NOT NULL REFERENCES policies (id) ON DELETE CASCADE,
        number          INTEGER NOT NULL,
        stage           TEXT NOT NULL CHECK (stage IN ('draft', 'in-review', 'approved')),
        title           TEXT NOT NULL,
        body            TEXT NOT NULL DEFAULT '',
        -- SHA-256 of the text: an attestation to an earlier version still counts when the words did not change.
        body_hash       TEXT NOT NULL,
        change_summary  TEXT NOT NULL,
        author_id       TEXT NOT NULL REFERENCES staff (id),
        submitted_at    TEXT,
        approved_at     TEXT,
        effective_on    TEXT,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        UNIQUE (policy_id, number)
      ) STRICT;
      -- Covers the lifecycle facts of every version, so placing the whole library never reads the (long) text.
      CREATE INDEX policy_versions_lifecycle ON policy_versions (policy_id, number, stage, effective_on, id);

      CREATE TABLE policy_approvals (
        id             TEXT PRIMARY KEY,
        version_id     TEXT NOT NULL REFERENCES policy_versions (id) ON DELETE CASCADE,
        round          INTEGER NOT NULL,
        position       INTEGER NOT NULL,
        approver_kind  TEXT NOT NULL CHECK (approver_kind IN ('person', 'committee')),
        staff_id       TEXT REFERENCES staff (id),
        approver_name  TEXT NOT NULL,
        decision       TEXT NOT NULL CHECK (decision IN ('pending', 'approved', 'rejected', 'restarted')),
        comment        TEXT,
        decided_at     TEXT,
        motion_id      TEXT,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX policy_approvals_by_version ON policy_approvals (version_id, round, position);

      CREATE TABLE policy_reviews (
        id          TEXT PRIMARY KEY,
        policy_id   TEXT NOT NULL REFERENCES policies (id) ON DELETE CASCADE,
        reviewed_on TEXT NOT NULL,
        note        TEXT,
        reviewer    TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE policy_assignments (
        id           TEXT PRIMARY KEY,
        policy_id    TEXT NOT NULL REFERENCES policies (id) ON DELETE CASCADE,
        target_kind  TEXT NOT NULL CHECK (target_kind IN ('role', 'department')),
        target_id    TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        UNIQUE (policy_id, target_kind, target_id)
      ) STRICT;

      CREATE TABLE policy_attestations (
        id           TEXT PRIMARY KEY,
        version_id   TEXT NOT NULL REFERENCES policy_versions (id) ON DELETE CASCADE,
        staff_id     TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        attested_on  TEXT NOT NULL,
        method       TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        UNIQUE (version_id, staff_id)
      ) STRICT;
      CREATE INDEX policy_attestations_by_staff ON policy_attestations (staff_id);

      CREATE TABLE standards (
        id          TEXT PRIMARY KEY,
        body        TEXT NOT NULL,
        code        TEXT NOT NULL,
        title       TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        UNIQUE (body, code)
      ) STRICT;

      CREATE TABLE policy_standards (
        id           TEXT PRIMARY KEY,
        policy_id    TEXT NOT NULL REFERENCES policies (id) ON DELETE CASCADE,
        standard_id  TEXT NOT NULL REFERENCES standards (id) ON DELETE CASCADE,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        UNIQUE (policy_id, standard_id)
      ) STRICT;
      CREATE INDEX policy_standards_by_standard ON policy_standards (standard_id);

      CREATE TABLE policy_attachments (
        id             TEXT PRIMARY KEY,
        policy_id      TEXT NOT NULL REFERENCES policies (id) ON DELETE CASCADE,
        attachment_id  TEXT NOT NULL REFERENCES attachments (id),
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        UNIQUE (policy_id, attachment_id)
      ) STRICT;

      -- What the editor holds between saves, written on every pause in typing. Local to this laptop and not in the
      -- change log: a crash loses no keystroke, and the history keeps only the saves a director meant.
      CREATE TABLE policy_autosaves (
        version_id  TEXT PRIMARY KEY REFERENCES policy_versions (id) ON DELETE CASCADE,
        body        TEXT NOT NULL,
        saved_at    TEXT NOT NULL
      ) STRICT;

      -- Full-text index over every version's title and text, reading the text from policy_versions itself.
      CREATE VIRTUAL TABLE policy_search USING fts5(
        title, body, content = 'policy_versions', content_rowid = 'rowid', tokenize = 'porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER policy_versions_search_insert AFTER INSERT ON policy_versions BEGIN
        INSERT INTO policy_search (rowid, title, body) VALUES (new.rowid, new.title, new.body);
      END;
      CREATE TRIGGER policy_versions_search_delete AFTER DELETE ON policy_versions BEGIN
        INSERT INTO policy_search (policy_search, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
      END;
      CREATE TRIGGER policy_versions_search_update AFTER UPDATE OF title, body ON policy_versions BEGIN
        INSERT INTO policy_search (policy_search, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
        INSERT INTO policy_search (rowid, title, body) VALUES (new.rowid, new.title, new.body);
      END;
    `);
  },
};
