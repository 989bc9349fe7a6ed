// Version 16 (18 in the plan: migrations may have no gaps, so it is 16 until versions 16 and 17 land): NPDB queries and
// exclusion screening (OIG LEIE and other lists), and the practitioner's date of birth that name matching needs. A list's rows are not kept: only the screening (which file, when, how many rows, who was
// screened) and the rows that matched someone on the roster, with the listed fields a director needs to decide.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 22,
  name: 'screening',
  up(db) {
    db.exec(`
      ALTER TABLE staff ADD COLUMN date_of_birth TEXT;
      -- Set on every active practitioner a screening covered: when they were last checked against an exclusion list.
      ALTER TABLE staff ADD COLUMN last_screened_on TEXT;

      CREATE TABLE exclusion_screenings (
        id             TEXT PRIMARY KEY,
        list_kind      TEXT NOT NULL CHECK (list_kind IN ('leie', 'other')),
        list_name      TEXT NOT NULL,
        file_name      TEXT NOT NULL,
        -- SHA-256 of the file as imported: which monthly file this was, without keeping its 80,000 rows.
        file_sha256    TEXT NOT NULL,
        screened_on    TEXT NOT NULL,
        row_count      INTEGER NOT NULL CHECK (row_count >= 0),
        staff_screened INTEGER NOT NULL CHECK (staff_screened >= 0),
        match_count    INTEGER NOT NULL CHECK (match_count >= 0),
        near_misses    INTEGER NOT NULL DEFAULT 0 CHECK (near_misses >= 0),
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX exclusion_screenings_by_day ON exclusion_screenings (screened_on);

      CREATE TABLE exclusion_matches (
        id              TEXT PRIMARY KEY,
        staff_id        TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        screening_id    TEXT NOT NULL REFERENCES exclusion_screenings (id) ON DELETE CASCADE,
        basis           TEXT NOT NULL CHECK (basis IN ('npi', 'name-dob', 'name-only')),
        -- The listed record, so the same entry found again next month keeps its decision instead of queueing again.
        listed_key      TEXT NOT NULL,
        listed_name     TEXT NOT NULL,
        listed_npi      TEXT,
        listed_dob      TEXT,
        listed_address  TEXT,
        listed_specialty TEXT,
        excl_type       TEXT,
        excl_date       TEXT,
        status          TEXT NOT NULL CHECK (status IN ('possible', 'cleared', 'confirmed')),
        decided_by      TEXT,
        decided_on      TEXT,
        note            TEXT,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        UNIQUE (staff_id, listed_key)
      ) STRICT;
      CREATE INDEX exclusion_matches_by_status ON exclusion_matches (status, staff_id);
      CREATE INDEX exclusion_matches_by_screening ON exclusion_matches (screening_id);

      CREATE TABLE npdb_queries (
        id                  TEXT PRIMARY KEY,
        staff_id            TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        queried_on          TEXT NOT NULL,
        kind                TEXT NOT NULL CHECK (kind IN ('initial', 'renewal', 'continuous-query')),
        result              TEXT NOT NULL CHECK (result IN ('no-report', 'report')),
        report_document_id  TEXT REFERENCES attachments (id),
        note                TEXT,
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX npdb_queries_by_staff ON npdb_queries (staff_id, queried_on);
    `);
  },
};
