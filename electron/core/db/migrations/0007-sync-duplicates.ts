// Version 7: duplicates merged by sync. A conflict may now hold a value of a record merged into another as a duplicate
// ('duplicate'): SQLite cannot widen a CHECK in place, so the conflicts table is rebuilt with its rows.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 7,
  name: 'sync-duplicates',
  up(db) {
    db.exec(`
      CREATE TABLE sync_conflicts_v7 (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        entity       TEXT NOT NULL,
        record_id    TEXT NOT NULL,
        field        TEXT NOT NULL,
        kind         TEXT NOT NULL CHECK (kind IN ('concurrent', 'deleted', 'resurrected', 'merged', 'duplicate')),
        kept_value   TEXT,
        kept_hlc     TEXT NOT NULL,
        lost_value   TEXT,
        lost_hlc     TEXT NOT NULL,
        detected_at  TEXT NOT NULL,
        resolved_at  TEXT,
        resolution   TEXT,
        UNIQUE (entity, record_id, field, lost_hlc)
      ) STRICT;
      INSERT INTO sync_conflicts_v7 SELECT id, entity, record_id, field, kind, kept_value, kept_hlc, lost_value, lost_hlc, detected_at, resolved_at, resolution FROM sync_conflicts;
      DROP TABLE sync_conflicts;
      ALTER TABLE sync_conflicts_v7 RENAME TO sync_conflicts;
      CREATE INDEX sync_conflicts_open ON sync_conflicts (detected_at) WHERE resolved_at IS NULL;
    `);
  },
};
