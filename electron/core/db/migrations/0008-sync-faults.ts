// Version 8: what finding this laptop's unsent changes and re-sending a damaged segment need. The change log gets an
// index on (device_id, seq), so "this laptop's changes after the last one sent" reads only those rows, not the
// device's whole history; each segment this laptop writes records the change-log range it carried, so a segment
// another laptop reports damaged can be written again with exactly the same changes.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 8,
  name: 'sync-faults',
  up(db) {
    db.exec(`
      CREATE INDEX change_log_by_device_seq ON change_log (device_id, seq);
      -- Own segments only: the change-log rows it carried, after log_after up to log_through (NULL for the others'
      -- segments, and for a segment that carried this laptop's whole merged state).
      ALTER TABLE sync_segments ADD COLUMN log_after INTEGER;
      ALTER TABLE sync_segments ADD COLUMN log_through INTEGER;
    `);
  },
};
