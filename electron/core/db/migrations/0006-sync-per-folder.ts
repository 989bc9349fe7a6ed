// Version 6: sync state per shared folder. What a laptop has applied (and written) from each device, and the devices
// it has seen, belong to one folder (the folderId in its format.json): a device's segment numbers mean nothing in
// another folder. Rows from before are the folder this laptop was set up with, if any; the folder whose numbering
// the registers follow is kept in sync_config as 'syncedFolderId'.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 6,
  name: 'sync-per-folder',
  up(db) {
    const folderId = (db.prepare("SELECT value FROM sync_config WHERE key = 'folderId'").pluck().get() as string | undefined) ?? '';
    db.exec(`
      CREATE TABLE sync_segments_by_folder (
        folder_id  TEXT NOT NULL,
        device_id  TEXT NOT NULL,
        seq        INTEGER NOT NULL,
        name       TEXT NOT NULL,
        known      TEXT NOT NULL,
        hlc_min    TEXT,
        hlc_max    TEXT,
        count      INTEGER NOT NULL,
        applied_at TEXT NOT NULL,
        PRIMARY KEY (folder_id, device_id, name)
      ) STRICT;
      CREATE TABLE sync_devices_by_folder (
        folder_id    TEXT NOT NULL,
        device_id    TEXT NOT NULL,
        name         TEXT NOT NULL,
        app_version  TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        applied      TEXT NOT NULL,
        PRIMARY KEY (folder_id, device_id)
      ) STRICT;
    `);
    db.prepare(
      `INSERT INTO sync_segments_by_folder (folder_id, device_id, seq, name, known, hlc_min, hlc_max, count, applied_at)
       SELECT ?, device_id, seq, name, known, hlc_min, hlc_max, count, applied_at FROM sync_segments`,
    ).run(folderId);
    db.prepare(
      `INSERT INTO sync_devices_by_folder (folder_id, device_id, name, app_version, last_seen_at, applied)
       SELECT ?, device_id, name, app_version, last_seen_at, applied FROM sync_devices`,
    ).run(folderId);
    db.exec(`
      DROP TABLE sync_segments;
      DROP TABLE sync_devices;
      ALTER TABLE sync_segments_by_folder RENAME TO sync_segments;
      ALTER TABLE sync_devices_by_folder RENAME TO sync_devices;
      CREATE INDEX sync_segments_by_seq ON sync_segments (folder_id, device_id, seq);
    `);
    if (folderId) {
      db.prepare("INSERT INTO sync_config (key, value) VALUES ('syncedFolderId', ?) ON CONFLICT DO NOTHING").run(folderId);
      // The snapshot counter counts this laptop's segments in that folder.
      db.prepare(
        "INSERT INTO sync_config (key, value) SELECT 'snapshotAtSeq:' || ?, value FROM sync_config WHERE key = 'snapshotAtSeq' ON CONFLICT DO NOTHING",
      ).run(folderId);
    }
    db.prepare("DELETE FROM sync_config WHERE key = 'snapshotAtSeq'").run();
  },
};
