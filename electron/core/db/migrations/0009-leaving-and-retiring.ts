// Version 9: a practitioner's appointment can end (on a date, for a reason) while the record and its history stay; a
// department or role can be retired, kept for the records that name it but offered for no new one.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 9,
  name: 'leaving-and-retiring',
  up(db) {
    db.exec(`
      ALTER TABLE staff ADD COLUMN appointment_ended_on TEXT;
      ALTER TABLE staff ADD COLUMN appointment_end_reason TEXT;
      ALTER TABLE departments ADD COLUMN retired_on TEXT;
      ALTER TABLE roles ADD COLUMN retired_on TEXT;
    `);
  },
};
