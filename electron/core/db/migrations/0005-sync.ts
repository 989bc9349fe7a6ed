// Version 5: sync through a shared folder — the merged value and clock of every field, the segments exported and
// applied, conflicts kept for review, records waiting for a parent, and the devices seen.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 5,
  name: 'sync',
  up(db) {
    db.exec(`
      -- Local to this laptop: the folder, this device's name, the derived key, counters, the last report.
      CREATE TABLE sync_config (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- One register per field (and '_deleted' per record): the value every device agrees on once all files are
      -- delivered. 'segment' names the writer's segment (device/seq), whose knowledge tells a concurrent edit from a
      -- later one. base_value is kept for long text only: the value the writer started from, for three-way merges.
      -- 'also' lists other writers who set the same value without knowing of each other ([hlc, device, seq] JSON):
      -- a later edit that knew none of them must still keep each of their values as a conflict.
      CREATE TABLE sync_state (
        entity     TEXT NOT NULL,
        record_id  TEXT NOT NULL,
        field      TEXT NOT NULL,
        value      TEXT,
        hlc        TEXT NOT NULL,
        device_id  TEXT NOT NULL,
        seq        INTEGER NOT NULL,
        base_value TEXT,
        also       TEXT,
        PRIMARY KEY (entity, record_id, field)
      ) STRICT, WITHOUT ROWID;
      -- Children of a record being deleted are found by the value that points at it.
      CREATE INDEX sync_state_by_value ON sync_state (entity, field, value);

      -- Every segment this laptop exported or applied: its device, sequence and what its writer had seen.
      CREATE TABLE sync_segments (
        device_id  TEXT NOT NULL,
        seq        INTEGER NOT NULL,
        name       TEXT NOT NULL,
        known      TEXT NOT NULL,
        hlc_min    TEXT,
        hlc_max    TEXT,
        count      INTEGER NOT NULL,
        applied_at TEXT NOT NULL,
        PRIMARY KEY (device_id, name)
      ) STRICT;
      CREATE INDEX sync_segments_by_seq ON sync_segments (device_id, seq);

      -- Values that lost a concurrent edit, kept for the director to compare and restore.
      CREATE TABLE sync_conflicts (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        entity       TEXT NOT NULL,
        record_id    TEXT NOT NULL,
        field        TEXT NOT NULL,
        kind         TEXT NOT NULL CHECK (kind IN ('concurrent', 'deleted', 'resurrected', 'merged')),
        kept_value   TEXT,
        kept_hlc     TEXT NOT NULL,
        lost_value   TEXT,
        lost_hlc     TEXT NOT NULL,
        detected_at  TEXT NOT NULL,
        resolved_at  TEXT,
        resolution   TEXT,
        UNIQUE (entity, record_id, field, lost_hlc)
      ) STRICT;
      CREATE INDEX sync_conflicts_open ON sync_conflicts (detected_at) WHERE resolved_at IS NULL;

      -- Records the merged state holds but the tables cannot (a parent deleted elsewhere, a value a constraint refuses).
      CREATE TABLE sync_parked (
        entity    TEXT NOT NULL,
        record_id TEXT NOT NULL,
        reason    TEXT NOT NULL,
        since     TEXT NOT NULL,
        PRIMARY KEY (entity, record_id)
      ) STRICT;

      -- The other laptops, from their presence files.
      CREATE TABLE sync_devices (
        device_id    TEXT PRIMARY KEY,
        name         TEXT NOT NULL,
        app_version  TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        applied      TEXT NOT NULL
      ) STRICT;
    `);
  },
};
