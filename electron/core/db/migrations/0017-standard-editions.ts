// Version 17: standards have editions. A standard names the edition it was last published in (with that edition's
// effective date), and a new edition records which standards it moved or retired, so the crosswalk can show the
// citations that went stale (the Joint Commission's Accreditation 360 of January 2026 moved the National Patient
// Safety Goals and the EC/LS chapters). Standards kept from before have no edition until the director sets one: a
// migration must not invent shared rows that the change log never saw.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 17,
  name: 'standard-editions',
  up(db) {
    db.exec(`
      CREATE TABLE standard_editions (
        id            TEXT PRIMARY KEY,
        body          TEXT NOT NULL,
        name          TEXT NOT NULL,
        effective_on  TEXT NOT NULL,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        UNIQUE (body, name)
      ) STRICT;

      ALTER TABLE standards ADD COLUMN edition_id TEXT REFERENCES standard_editions (id) ON DELETE SET NULL;

      -- A standard moved (to one or more successors) or retired by an edition. Not unique: a split has a row per successor.
      CREATE TABLE standard_changes (
        id            TEXT PRIMARY KEY,
        edition_id    TEXT NOT NULL REFERENCES standard_editions (id) ON DELETE CASCADE,
        standard_id   TEXT NOT NULL REFERENCES standards (id) ON DELETE CASCADE,
        change        TEXT NOT NULL CHECK (change IN ('moved', 'retired')),
        successor_id  TEXT REFERENCES standards (id) ON DELETE SET NULL,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX standard_changes_by_standard ON standard_changes (standard_id);
    `);
  },
};
