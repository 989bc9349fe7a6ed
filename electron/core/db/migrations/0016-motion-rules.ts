// Motion rules: what a vote was held to, and the consent agenda. A motion keeps the threshold it needed (the committee's
// rules may change later; the record must not); a committee may set its own threshold per motion kind; an agenda item
// may sit on the consent agenda, approved with the others by one motion. Columns only: these tables are never rebuilt.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 16,
  name: 'motion-rules',
  up(db) {
    db.exec(`
      ALTER TABLE motions ADD COLUMN threshold TEXT CHECK (threshold IN ('majority', 'two-thirds'));
      ALTER TABLE committees ADD COLUMN motion_thresholds TEXT;
      ALTER TABLE agenda_items ADD COLUMN consent INTEGER NOT NULL DEFAULT 0;
    `);
  },
};
