// Version 18: privileges have a kind (regular, temporary, disaster, telemedicine) and, for telemedicine, the distant
// site whose credentialing is relied on; an FPPE records the decision that closed it and what it changed.
// Added columns only: privileges and evaluations keep their rows, and existing privileges are regular.
import type { Migration } from '../migration';

export const migration: Migration = {
  version: 18,
  name: 'privilege-kinds',
  up(db) {
    db.exec(`
      ALTER TABLE privileges ADD COLUMN kind TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('regular', 'temporary', 'disaster', 'telemedicine'));
      ALTER TABLE privileges ADD COLUMN distant_site TEXT;
      ALTER TABLE evaluations ADD COLUMN decision TEXT CHECK (decision IN ('confirm', 'extend', 'limit'));
      ALTER TABLE evaluations ADD COLUMN decision_note TEXT;
      -- The due lists read privileges that end on their own by end date.
      CREATE INDEX privileges_ending ON privileges (expires_on) WHERE kind <> 'regular';
    `);
  },
};
